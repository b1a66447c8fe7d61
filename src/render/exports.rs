//! The bibliography as CSL-JSON, BibTeX and RIS.

use biblatex::{Chunk, Entry, EntryType, Spanned};

use super::{OutputFile, Prepared};
use crate::csl::to_csl_json;
use crate::model::{Name, Work};

/// One work in every export format, computed once per build (and kept by `serve`).
#[derive(Debug, Clone)]
pub struct WorkExports {
    pub bibtex: String,
    pub ris: String,
    pub json: serde_json::Value,
}

pub fn work_exports(work: &Work) -> WorkExports {
    WorkExports {
        bibtex: bibtex(work),
        ris: ris(work),
        json: to_csl_json(work),
    }
}

/// The work page's download links: each export as a `data:` URL. Made only for the pages
/// that are rendered (percent-encoding three texts per work costs more than the rest of a
/// page that is not).
pub fn downloads(key: &str, exports: &WorkExports) -> Vec<Download> {
    let pretty = serde_json::to_string_pretty(&[&exports.json]).expect("JSON values serialize");
    [
        (
            "BibTeX",
            "bib",
            "application/x-bibtex",
            format!("{}\n", exports.bibtex),
        ),
        (
            "RIS",
            "ris",
            "application/x-research-info-systems",
            exports.ris.clone(),
        ),
        (
            "CSL-JSON",
            "json",
            "application/vnd.citationstyles.csl+json",
            pretty,
        ),
    ]
    .into_iter()
    .map(|(title, extension, mime, text)| {
        let mut url = format!("data:{mime};charset=utf-8,");
        url.extend(percent_encoding::utf8_percent_encode(
            &text,
            percent_encoding::NON_ALPHANUMERIC,
        ));
        Download {
            title,
            file_name: format!("{key}.{extension}"),
            url,
        }
    })
    .collect()
}

pub(super) fn files(p: &Prepared) -> Vec<OutputFile> {
    let json: Vec<&serde_json::Value> = p.exports.iter().map(|e| &e.json).collect();
    vec![
        OutputFile {
            path: "bibliography.json".into(),
            bytes: serde_json::to_vec_pretty(&json)
                .expect("JSON values serialize")
                .into(),
        },
        OutputFile {
            path: "bibliography.bib".into(),
            bytes: p
                .exports
                .iter()
                .map(|e| e.bibtex.as_str())
                .collect::<Vec<_>>()
                .join("\n\n")
                .into_bytes()
                .into(),
        },
        OutputFile {
            path: "bibliography.ris".into(),
            bytes: p
                .exports
                .iter()
                .map(|e| e.ris.as_str())
                .collect::<String>()
                .into_bytes()
                .into(),
        },
    ]
}

fn chunks(text: &str) -> Vec<Spanned<Chunk>> {
    vec![Spanned::zero(Chunk::Normal(text.to_string()))]
}

/// Titles in braces: BibTeX styles and readers (pandoc among them) would otherwise change
/// their capitals ("NATO" to "nato").
fn verbatim(text: &str) -> Vec<Spanned<Chunk>> {
    vec![Spanned::zero(Chunk::Verbatim(text.to_string()))]
}

fn bibtex_names(names: &[Name]) -> Vec<Spanned<Chunk>> {
    let mut out = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push(Spanned::zero(Chunk::Normal(" and ".into())));
        }
        match name {
            Name::Institution { literal } => {
                out.push(Spanned::zero(Chunk::Verbatim(literal.clone())))
            }
            Name::Person {
                family,
                given,
                particle,
                suffix,
            } => {
                let mut s = String::new();
                if let Some(p) = particle {
                    s.push_str(p);
                    s.push(' ');
                }
                s.push_str(family);
                if let Some(x) = suffix {
                    s.push_str(", ");
                    s.push_str(x);
                }
                if let Some(g) = given {
                    s.push_str(", ");
                    s.push_str(g);
                }
                out.push(Spanned::zero(Chunk::Normal(s)));
            }
        }
    }
    out
}

/// A download link of a work's page: the work alone in one format, as a `data:` URL, so a
/// dossier of thousands of works does not write thousands more files.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Download {
    pub title: &'static str,
    pub file_name: String,
    pub url: String,
}

/// One work as a BibTeX entry.
pub fn bibtex(work: &Work) -> String {
    let entry_type = match work.csl_type.as_str() {
        "article-journal" | "article-magazine" | "article-newspaper" => EntryType::Article,
        "book" => EntryType::Book,
        "chapter" => EntryType::InCollection,
        "report" => EntryType::TechReport,
        "thesis" => EntryType::PhdThesis,
        "paper-conference" => EntryType::InProceedings,
        _ => EntryType::Misc,
    };
    let mut entry = Entry::new(work.key.clone(), entry_type);
    for (role, field) in [("author", "author"), ("editor", "editor")] {
        let names = work.names_in(role);
        if !names.is_empty() {
            entry.set(field, bibtex_names(names));
        }
    }
    let container = match work.csl_type.as_str() {
        "chapter" | "paper-conference" => "booktitle",
        "article-journal" | "article-magazine" | "article-newspaper" => "journal",
        _ => "howpublished",
    };
    let fields = [
        ("title", "title"),
        ("container-title", container),
        ("collection-title", "series"),
        (
            "publisher",
            if work.csl_type == "report" {
                "institution"
            } else {
                "publisher"
            },
        ),
        ("publisher-place", "address"),
        ("volume", "volume"),
        ("issue", "number"),
        ("page", "pages"),
        ("edition", "edition"),
        ("URL", "url"),
        ("DOI", "doi"),
        ("ISBN", "isbn"),
        ("note", "note"),
        ("genre", "type"),
    ];
    for (csl, bib) in fields {
        if let Some(v) = work.field(csl) {
            let value = match bib {
                "title" | "booktitle" | "journal" | "series" | "howpublished" | "institution"
                | "publisher" => verbatim(v),
                "pages" => chunks(&v.replace(['–', '—'], "--")),
                _ => chunks(v),
            };
            entry.set(bib, value);
        }
    }
    if let Some(date) = work.issued() {
        entry.set("year", chunks(&date.year.to_string()));
        if let Some(m) = date.month {
            const MONTHS: [&str; 12] = [
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            ];
            entry.set("month", chunks(MONTHS[m as usize - 1]));
        }
    }
    entry
        .to_bibtex_string()
        .unwrap_or_else(|_| entry.to_biblatex_string())
}

/// One work as an RIS record.
pub fn ris(work: &Work) -> String {
    let ty = match work.csl_type.as_str() {
        "article-journal" => "JOUR",
        "article-magazine" => "MGZN",
        "article-newspaper" => "NEWS",
        "book" => "BOOK",
        "chapter" => "CHAP",
        "report" => "RPRT",
        "webpage" | "post" | "post-weblog" => "ELEC",
        "speech" => "SOUND",
        "thesis" => "THES",
        "paper-conference" => "CPAPER",
        _ => "GEN",
    };
    let mut out = format!("TY  - {ty}\r\nID  - {}\r\n", work.key);
    let mut line = |tag: &str, value: &str| {
        for v in value.lines().filter(|l| !l.trim().is_empty()) {
            out.push_str(&format!("{tag}  - {}\r\n", v.trim()));
        }
    };
    for name in work.names_in("author") {
        line("AU", &ris_name(name));
    }
    for name in work.names_in("editor") {
        line("ED", &ris_name(name));
    }
    let container_tag = if work.csl_type == "chapter" {
        "T2"
    } else {
        "JO"
    };
    let pairs = [
        ("title", "TI"),
        ("container-title", container_tag),
        ("collection-title", "T3"),
        ("publisher", "PB"),
        ("publisher-place", "CY"),
        ("volume", "VL"),
        ("issue", "IS"),
        ("URL", "UR"),
        ("DOI", "DO"),
        ("ISBN", "SN"),
        ("abstract", "AB"),
    ];
    for (csl, tag) in pairs {
        if let Some(v) = work.field(csl) {
            line(tag, v);
        }
    }
    if let Some(pages) = work.field("page") {
        let mut parts = pages.splitn(2, ['-', '–', '—']);
        if let Some(sp) = parts.next() {
            line("SP", sp);
        }
        if let Some(ep) = parts.next() {
            line("EP", ep);
        }
    }
    if let Some(date) = work.issued() {
        line("PY", &date.year.to_string());
        let da = format!(
            "{}/{}/{}/",
            date.year,
            date.month.map(|m| format!("{m:02}")).unwrap_or_default(),
            date.day.map(|d| format!("{d:02}")).unwrap_or_default()
        );
        line("DA", &da);
    }
    out.push_str("ER  - \r\n\r\n");
    out
}

fn ris_name(name: &Name) -> String {
    match name {
        Name::Institution { literal } => literal.clone(),
        Name::Person { given: Some(g), .. } => {
            format!("{}, {g}", name.sort_key().split(", ").next().unwrap_or(""))
        }
        Name::Person { .. } => name.sort_key(),
    }
}
