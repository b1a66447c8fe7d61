//! `dossier import`: numbered notes copied from an article into Markdown notes with Pandoc
//! citations and a bibliography ([`import_notes`]); BibTeX or CSL-JSON exports into the
//! dossier's bibliography ([`import_bib`]).
//!
//! Notes go through these stages: [`notes`] splits the numbered notes, [`segment`] splits
//! each note into prose and references, [`reference`] (with [`byline`], [`plain_title`], [`names`], [`pinyin`], [`iberian`], [`institutions`],
//! [`tail`], [`numbers`], [`codes`], [`book_details`], [`genre`], [`classify`]) reads one reference into CSL fields, [`resolve`] gives each work
//! one key (Ibid., short forms, repeats; [`matching`], [`rereading`], [`volumes`], [`keys`]), and [`write`] and
//! [`report`] produce the files.

pub mod bib;
pub mod book_details;
pub mod byline;
pub mod cases;
pub mod classify;
pub mod codes;
pub mod dates;
pub mod genre;
pub mod iberian;
pub mod institutions;
pub mod keys;
pub mod matching;
pub mod names;
pub mod notes;
pub mod numbers;
pub mod pinyin;
pub mod plain_title;
pub mod reference;
pub mod report;
pub mod rereading;
pub mod resolve;
#[cfg(test)]
mod resolve_tests;
mod run;
pub mod scan;
pub mod segment;
pub mod tail;
pub mod volumes;
pub mod write;

use std::path::Path;

pub use bib::{import_bib, BibImport, BibOutcome};
pub use run::{import_notes, NotesImport, NotesOutcome};

use crate::error::{Diagnostics, Error};
use crate::model::Work;

/// Every work of the dossier's bibliography folder, as `dossier build` reads them.
pub fn existing_works(root: &Path) -> Result<Vec<Work>, Error> {
    let dir = root.join("content").join("bibliography");
    let mut out = Diagnostics::default();
    let mut works = Vec::new();
    for path in crate::load::files::list(&dir, &["yaml", "yml", "json", "bib"])? {
        let text = match crate::load::files::read_text(&path) {
            Ok(t) => t,
            Err(e) => {
                out.absorb(e)?;
                continue;
            }
        };
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        works.extend(match extension.as_str() {
            "json" => crate::load::works::from_json(&text, &path, &mut out),
            "bib" => crate::load::bibtex::from_bibtex(&text, &path, &mut out),
            _ => crate::load::works::from_yaml(&text, &path, &mut out),
        });
    }
    out.finish(works)
}

/// An import needs a dossier folder to write into.
fn require_dossier(root: &Path) -> Result<(), Error> {
    if root.is_dir() {
        return Ok(());
    }
    Err(crate::error::Diagnostic::new(
        crate::error::Location::file(root),
        "there is no dossier folder here",
    )
    .with_hint(format!("create one with `dossier init {}`", root.display()))
    .into())
}
