//! `dossier import notes`: read the notes, resolve them, check the result loads, write the
//! article, append the works, write the report. Nothing is overwritten without `force`;
//! `dry_run` writes nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::report::{self, Entry, Kind, Summary};
use super::resolve::{resolve, Part};
use super::segment::{split_note, Piece};
use super::write::{note_markdown, title_from_slug, to_work, work_yaml};
use crate::error::{Diagnostic, Diagnostics, Error, Location};

/// What `dossier import notes` was asked to do.
#[derive(Debug, Clone)]
pub struct NotesImport {
    /// The dossier's folder.
    pub root: PathBuf,
    /// The notes, as plain text or Markdown.
    pub file: PathBuf,
    /// The article's slug: `content/articles/<slug>.md`, `content/bibliography/<slug>.yaml`.
    pub article: String,
    pub dry_run: bool,
    pub force: bool,
}

/// What an import produced (and wrote, unless it was a dry run).
#[derive(Debug, Clone)]
pub struct NotesOutcome {
    pub article_path: PathBuf,
    pub bibliography_path: PathBuf,
    pub report_path: PathBuf,
    /// The whole article file.
    pub article: String,
    /// The works appended to the bibliography file.
    pub works_yaml: String,
    pub report: String,
    pub notes: usize,
    pub new_works: usize,
    pub written: bool,
}

/// Imports numbered notes into an article and its bibliography.
pub fn import_notes(job: &NotesImport) -> Result<NotesOutcome, Error> {
    let slug = job.article.as_str();
    if slug.is_empty() || crate::text::slugify(slug) != slug {
        return Err(Diagnostic::new(
            Location::file(&job.file),
            format!("`{slug}` is not a usable article slug"),
        )
        .with_hint(format!(
            "use lower-case letters, digits and hyphens, e.g. `{}`",
            crate::text::slugify(slug).trim_matches('-')
        ))
        .into());
    }
    super::require_dossier(&job.root)?;
    let content = job.root.join("content");
    let article_path = content.join("articles").join(format!("{slug}.md"));
    let bibliography_path = content.join("bibliography").join(format!("{slug}.yaml"));
    let report_path = content.join(format!(".import-{slug}-report.txt"));

    let input = crate::load::files::read_text(&job.file)?;
    let (raw_notes, remarks) = super::notes::split_notes(&input);
    if raw_notes.is_empty() {
        return Err(
            Diagnostic::new(Location::file(&job.file), "no numbered notes found")
                .with_hint("each note starts with its number: `1. …`, `1 …`, `[1] …` or `1) …`")
                .into(),
        );
    }
    let existing = super::existing_works(&job.root)?;
    let markdown = matches!(
        job.file
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("md" | "markdown")
    );
    let mut without_references = Vec::new();
    let notes: Vec<(u32, Vec<Piece>)> = raw_notes
        .iter()
        .map(|n| {
            let pieces = split_note(&n.text, markdown);
            if !pieces.iter().any(|p| matches!(p, Piece::Reference(..))) {
                without_references.push(n.number);
            }
            (n.number, pieces)
        })
        .collect();
    let mut resolved = resolve(notes, &existing);
    resolved
        .entries
        .extend(remarks.into_iter().map(|text| Entry {
            note: 0,
            kind: Kind::Unsure,
            text,
        }));
    for n in &without_references {
        if let Some(raw) = raw_notes.iter().find(|r| r.number == *n) {
            if looks_bibliographic(&raw.text) {
                resolved.entries.push(Entry {
                    note: *n,
                    kind: Kind::Unparsed,
                    text: "no reference could be read in this note; kept as text".into(),
                });
            }
        }
    }

    let article = article_text(&article_path, slug, &resolved.notes, markdown)?;
    let (works_yaml, full_bibliography) = bibliography_text(&bibliography_path, &resolved.works)?;
    validate(
        &article,
        &article_path,
        &full_bibliography,
        &bibliography_path,
    )?;

    let citations = resolved
        .notes
        .iter()
        .flat_map(|n| &n.parts)
        .map(|p| match p {
            Part::Cluster(c) => c.len(),
            Part::Prose(_) => 0,
        })
        .sum();
    let summary = Summary {
        source: job.file.display().to_string(),
        article: article_path.display().to_string(),
        bibliography: bibliography_path.display().to_string(),
        notes: resolved.notes.len(),
        citations,
        new_works: resolved.works.len(),
        reused_citations: resolved.reused,
        notes_without_references: without_references,
    };
    let mut report = report::render(&summary, &resolved.entries);
    let mut outcome = NotesOutcome {
        article_path,
        bibliography_path,
        report_path,
        article,
        works_yaml,
        report: String::new(),
        notes: resolved.notes.len(),
        new_works: resolved.works.len(),
        written: false,
    };
    let blocking: Vec<&PathBuf> = [&outcome.article_path, &outcome.report_path]
        .into_iter()
        .filter(|p| p.exists())
        .collect();
    if job.dry_run {
        for p in &blocking {
            let _ = writeln!(
                report,
                "\n{} exists: the import would need --force",
                p.display()
            );
        }
        outcome.report = report;
        return Ok(outcome);
    }
    if !job.force && !blocking.is_empty() {
        let mut all = Diagnostics::default();
        for p in blocking {
            all.push(Diagnostic::new(Location::file(p), "this file exists; the import does not overwrite it")
                .with_hint("pass --force to replace it (the bibliography is only appended to), or choose another --article"));
        }
        return all.finish(outcome);
    }
    for dir in [content.join("articles"), content.join("bibliography")] {
        std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
    }
    write(&outcome.article_path, &outcome.article)?;
    write(&outcome.bibliography_path, &full_bibliography)?;
    write(&outcome.report_path, &report)?;
    outcome.report = report;
    outcome.written = true;
    Ok(outcome)
}

fn write(path: &Path, text: &str) -> Result<(), Error> {
    std::fs::write(path, text).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// A note with a year, a quotation or an address probably holds a reference.
fn looks_bibliographic(text: &str) -> bool {
    text.contains("http")
        || text.contains('“')
        || text
            .split_whitespace()
            .any(|w| super::dates::year_of(w.trim_matches(|c: char| !c.is_ascii_digit())).is_some())
}

/// The article: its existing front matter and body (when it exists), then the notes.
fn article_text(
    path: &Path,
    slug: &str,
    notes: &[super::resolve::ResolvedNote],
    markdown: bool,
) -> Result<String, Error> {
    let head = if path.exists() {
        let old = crate::load::files::read_text(path)?;
        let cut = old
            .match_indices("\n[^")
            .map(|(i, _)| i + 1)
            .find(|&i| {
                old[i..]
                    .split_once("]:")
                    .is_some_and(|(label, _)| label[2..].chars().all(|c| c.is_ascii_digit()))
            })
            .unwrap_or(old.len());
        format!("{}\n\n", old[..cut].trim_end())
    } else {
        let title = title_from_slug(slug);
        format!("---\ntitle: {}\n---\n\n", super::write::scalar(&title))
    };
    let body: Vec<String> = notes.iter().map(|n| note_markdown(n, markdown)).collect();
    Ok(format!("{head}{}\n", body.join("\n\n")))
}

/// The works to append, and the whole bibliography file after appending.
fn bibliography_text(
    path: &Path,
    works: &[super::resolve::ImportedWork],
) -> Result<(String, String), Error> {
    let old = if path.exists() {
        crate::load::files::read_text(path)?
    } else {
        String::new()
    };
    let mut new = String::new();
    for w in works {
        let notes: Vec<String> = w.notes.iter().map(u32::to_string).collect();
        let label = if notes.len() == 1 { "Note" } else { "Notes" };
        let work = to_work(&w.key, &w.reference, path);
        new.push_str(&work_yaml(
            &work,
            &[format!("{label} {}", notes.join(", "))],
        ));
        new.push('\n');
    }
    let full = if old.trim().is_empty() {
        format!("# Works imported by `dossier import notes`; CSL-JSON field names.\n\n{new}")
    } else if new.is_empty() {
        old
    } else {
        format!("{}\n\n{new}", old.trim_end())
    };
    Ok((new, full))
}

/// The files must load as `dossier build` reads them.
fn validate(
    article: &str,
    article_path: &Path,
    bibliography: &str,
    bibliography_path: &Path,
) -> Result<(), Error> {
    let mut out = Diagnostics::default();
    let _ = crate::load::works::from_yaml(bibliography, bibliography_path, &mut out);
    for (n, line) in article.lines().enumerate() {
        if line.starts_with("[^") {
            if let Err(errors) = crate::cite::extract(line) {
                for e in errors {
                    out.push(Diagnostic::new(
                        Location::new(article_path, n + 1, e.offset + 1),
                        format!("the import wrote a bad citation: {}", e.message),
                    ));
                }
            }
        }
    }
    out.finish(())
}
