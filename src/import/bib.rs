//! `dossier import bib`: a BibTeX (`.bib`) or CSL-JSON (`.json`) export, as Zotero writes it,
//! into `content/bibliography/imported.yaml`. A work already in the dossier (same DOI, same
//! address, or same title, year and first author) is matched, not added; a key taken by a
//! different work, and an entry the loaders refuse, are skipped.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::matching::Identity;
use super::write::work_yaml;
use crate::error::{Diagnostic, Diagnostics, Error, Location};

/// What `dossier import bib` was asked to do.
#[derive(Debug, Clone)]
pub struct BibImport {
    pub root: PathBuf,
    pub file: PathBuf,
    pub dry_run: bool,
}

/// What it did.
#[derive(Debug, Clone, Default)]
pub struct BibOutcome {
    pub path: PathBuf,
    /// Keys of the works added.
    pub added: Vec<String>,
    /// (key in the file, key of the dossier's work it is).
    pub matched: Vec<(String, String)>,
    /// (key or entry, why).
    pub skipped: Vec<(String, String)>,
    pub written: bool,
}

impl BibOutcome {
    /// A summary for people, one line per entry.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} added, {} matched, {} skipped → {}",
            self.added.len(),
            self.matched.len(),
            self.skipped.len(),
            self.path.display()
        );
        for key in &self.added {
            let _ = writeln!(out, "  added    {key}");
        }
        for (key, existing) in &self.matched {
            let _ = writeln!(
                out,
                "  matched  {key} = {existing} (already in the dossier)"
            );
        }
        for (key, why) in &self.skipped {
            let _ = writeln!(out, "  skipped  {key}: {why}");
        }
        out
    }
}

/// Reads the export and appends its new works to `content/bibliography/imported.yaml`.
pub fn import_bib(job: &BibImport) -> Result<BibOutcome, Error> {
    super::require_dossier(&job.root)?;
    let text = crate::load::files::read_text(&job.file)?;
    let mut problems = Diagnostics::default();
    let works = match format(&job.file, &text) {
        Format::Json => crate::load::works::from_json(&text, &job.file, &mut problems),
        Format::Bibtex => crate::load::bibtex::from_bibtex(&text, &job.file, &mut problems),
        Format::Unknown => {
            return Err(
                Diagnostic::new(Location::file(&job.file), "not a BibTeX or CSL-JSON file")
                    .with_hint("export from Zotero as BibTeX (.bib) or CSL JSON (.json)")
                    .into(),
            )
        }
    };
    let problems = match problems.finish(()) {
        Ok(()) => Vec::new(),
        Err(e) if works.is_empty() => return Err(e),
        Err(e) => e.diagnostics().to_vec(),
    };
    let path = job
        .root
        .join("content")
        .join("bibliography")
        .join("imported.yaml");
    let mut outcome = BibOutcome {
        path: path.clone(),
        ..BibOutcome::default()
    };
    for d in problems {
        outcome.skipped.push((
            format!("{}", d.location),
            format!("unusable entry: {}", d.message),
        ));
    }
    let existing = super::existing_works(&job.root)?;
    let mut known: Vec<(Identity, String)> = existing
        .iter()
        .map(|w| (Identity::of_work(w), w.key.clone()))
        .collect();
    let mut added_yaml = String::new();
    for work in works {
        let id = Identity::of_work(&work);
        if let Some((_, key)) = known.iter().find(|(k, _)| same_work(&id, k)) {
            outcome.matched.push((work.key.clone(), key.clone()));
            continue;
        }
        if let Some(other) = existing.iter().find(|w| w.key == work.key) {
            outcome.skipped.push((
                work.key.clone(),
                format!(
                    "the key is taken by a different work, “{}” ({})",
                    other.title(),
                    other.origin
                ),
            ));
            continue;
        }
        if outcome.added.contains(&work.key) {
            outcome.skipped.push((
                work.key.clone(),
                "the key appears twice in the file, for different works".into(),
            ));
            continue;
        }
        added_yaml.push_str(&work_yaml(
            &work,
            &[format!("Imported from {}", file_name(&job.file))],
        ));
        added_yaml.push('\n');
        known.push((id, work.key.clone()));
        outcome.added.push(work.key);
    }
    if outcome.added.is_empty() || job.dry_run {
        return Ok(outcome);
    }
    let old = if path.exists() {
        crate::load::files::read_text(&path)?
    } else {
        String::new()
    };
    let full = if old.trim().is_empty() {
        format!("# Works imported by `dossier import bib`; CSL-JSON field names.\n\n{added_yaml}")
    } else {
        format!("{}\n\n{added_yaml}", old.trim_end())
    };
    let mut check = Diagnostics::default();
    let _ = crate::load::works::from_yaml(&full, &path, &mut check);
    check.finish(())?;
    let dir = job.root.join("content").join("bibliography");
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write { path: dir, source })?;
    std::fs::write(&path, full).map_err(|source| Error::Write {
        path: path.clone(),
        source,
    })?;
    outcome.written = true;
    Ok(outcome)
}

enum Format {
    Json,
    Bibtex,
    Unknown,
}

fn format(file: &Path, text: &str) -> Format {
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "json" => Format::Json,
        "bib" | "bibtex" | "biblatex" => Format::Bibtex,
        _ => match text.trim_start().chars().next() {
            Some('[') => Format::Json,
            Some('@') | Some('%') => Format::Bibtex,
            _ => Format::Unknown,
        },
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// Same DOI, same address, or the same title, year and first author's family name.
fn same_work(a: &Identity, b: &Identity) -> bool {
    if a.doi.is_some() && a.doi == b.doi {
        return true;
    }
    if a.url.is_some() && a.url == b.url {
        return true;
    }
    !a.title.is_empty()
        && a.title == b.title
        && a.year == b.year
        && a.families.first() == b.families.first()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(title: &str, year: i32, family: &str) -> Identity {
        Identity {
            families: vec![family.into()],
            title: super::super::scan::alnum_fold(title),
            year: Some(year),
            ..Identity::default()
        }
    }

    #[test]
    fn matches_by_title_year_and_first_author() {
        assert!(same_work(
            &id("The End of Alliances", 2007, "menon"),
            &id("The end of alliances.", 2007, "menon")
        ));
        assert!(!same_work(
            &id("The End of Alliances", 2008, "menon"),
            &id("The end of alliances", 2007, "menon")
        ));
        assert!(!same_work(
            &id("The End of Alliances", 2007, "smith"),
            &id("The end of alliances", 2007, "menon")
        ));
    }
}
