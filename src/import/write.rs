//! Output: works as YAML in the dossier's format (CSL field names), notes as Markdown footnotes
//! with Pandoc citations.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use super::reference::Reference;
use super::resolve::{Citation, Part, ResolvedNote};
use crate::error::Location;
use crate::model::{Name, Work, NAME_ROLES};

/// The order of text fields in written works (dates go after `section`).
#[rustfmt::skip]
const FIELD_ORDER: [&str; 17] = [
    "title", "title-short", "container-title", "container-title-short", "collection-title",
    "collection-number", "genre", "publisher", "publisher-place", "event-title", "event-place",
    "volume", "issue", "number", "page", "edition", "section",
];

/// A reference as a work of the bibliography.
pub fn to_work(key: &str, r: &Reference, file: &Path) -> Work {
    let mut text: BTreeMap<String, String> = r.fields.clone();
    // A letter or an interview printed without a title keeps an empty one (its key is no
    // title of it).
    if r.title.is_none() && matches!(r.csl_type.as_str(), "interview" | "personal_communication") {
        text.insert("title".into(), String::new());
    }
    if let Some(title) = &r.title {
        text.insert("title".into(), title.clone());
        if let Some((main, _)) = title.split_once(": ") {
            if main.split_whitespace().count() >= 2 && main.len() + 10 < title.len() {
                text.entry("title-short".into())
                    .or_insert_with(|| main.to_string());
            }
        }
    }
    let mut names = Vec::new();
    if !r.authors.is_empty() {
        names.push(("author".to_string(), r.authors.clone()));
    }
    if !r.editors.is_empty() {
        names.push(("editor".to_string(), r.editors.clone()));
    }
    let mut dates = BTreeMap::new();
    if let Some(d) = r.issued {
        dates.insert("issued".to_string(), d);
    }
    if let Some(d) = r.accessed {
        dates.insert("accessed".to_string(), d);
    }
    Work {
        key: key.to_string(),
        csl_type: r.csl_type.clone(),
        issuing_body: Default::default(),
        names,
        dates,
        text,
        origin: Location::file(file),
    }
}

/// One work as a YAML list item, with comment lines above it.
pub fn work_yaml(work: &Work, comments: &[String]) -> String {
    let mut out = String::new();
    for c in comments {
        for line in c.lines() {
            let _ = writeln!(out, "# {line}");
        }
    }
    let _ = writeln!(out, "- id: {}", scalar(&work.key));
    let _ = writeln!(out, "  type: {}", scalar(&work.csl_type));
    for role in NAME_ROLES {
        let list = work.names_in(role);
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {role}:");
        for name in list {
            match name {
                Name::Person {
                    family,
                    given,
                    particle,
                    suffix,
                } => {
                    let _ = writeln!(out, "    - family: {}", scalar(family));
                    for (k, v) in [
                        ("given", given),
                        ("non-dropping-particle", particle),
                        ("suffix", suffix),
                    ] {
                        if let Some(v) = v {
                            let _ = writeln!(out, "      {k}: {}", scalar(v));
                        }
                    }
                }
                Name::Institution { literal } => {
                    let _ = writeln!(out, "    - literal: {}", scalar(literal));
                }
            }
        }
    }
    let mut written = std::collections::BTreeSet::new();
    for field in FIELD_ORDER {
        if let Some(v) = work.text.get(field) {
            let _ = writeln!(out, "  {field}: {}", scalar(v));
            written.insert(field);
        }
    }
    for (field, date) in &work.dates {
        let _ = writeln!(out, "  {field}: {date}");
    }
    for (field, v) in &work.text {
        if !written.contains(field.as_str()) {
            let _ = writeln!(out, "  {field}: {}", scalar(v));
        }
    }
    out
}

/// A YAML scalar: plain when that reads back as the same string, double-quoted otherwise.
pub fn scalar(text: &str) -> String {
    let plain = !text.is_empty()
        && text.trim() == text
        && !text
            .starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`‘’“”".contains(c) || c.is_ascii_digit())
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.ends_with(':')
        && !text.contains(['\n', '\t', '\\'])
        && !text.chars().any(char::is_control)
        && !matches!(
            text.to_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "null" | "on" | "off" | "y" | "n" | "~"
        );
    if plain {
        text.to_string()
    } else {
        serde_json::to_string(text).unwrap_or_else(|_| format!("\"{}\"", text.replace('"', "'")))
    }
}

/// One note as a Markdown footnote definition.
pub fn note_markdown(note: &ResolvedNote, markdown_input: bool) -> String {
    let mut text = String::new();
    let last = note.parts.len().saturating_sub(1);
    for (i, part) in note.parts.iter().enumerate() {
        match part {
            Part::Prose(p) => {
                // The style closes a note that ends with a citation.
                let ends_after_citation =
                    i == last && i > 0 && p.trim().chars().all(|c| ".;,".contains(c));
                if !ends_after_citation {
                    text.push_str(&if markdown_input {
                        p.clone()
                    } else {
                        escape_markdown(p)
                    });
                }
            }
            Part::Cluster(items) => text.push_str(&cluster(items)),
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("[^{}]: {}", note.number, text)
}

fn cluster(items: &[Citation]) -> String {
    let inner: Vec<String> = items
        .iter()
        .map(|c| match &c.locator {
            Some(l) => format!("@{}, {l}", c.key),
            None => format!("@{}", c.key),
        })
        .collect();
    format!("[{}]", inner.join("; "))
}

/// Plain text made safe as Markdown: brackets, emphasis marks, code and HTML escaped.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '[' | ']' | '*' | '_' | '`' | '<' | '>' | '@' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `my-first-article` → `My first article`.
pub fn title_from_slug(slug: &str) -> String {
    crate::text::capitalise(slug.replace(['-', '_'], " ").trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_quote_what_yaml_would_misread() {
        assert_eq!(scalar("Routledge"), "Routledge");
        assert_eq!(
            scalar("Emerging multipolarity: why care?"),
            "\"Emerging multipolarity: why care?\""
        );
        assert_eq!(scalar("102"), "\"102\"");
        assert_eq!(scalar("‘Alignment’"), "\"‘Alignment’\"");
        assert_eq!(scalar("no"), "\"no\"");
        for s in ["a: b", "#x", "- y", "\"q\"", "x\ny", "@key", "yes"] {
            let back: String = serde_yaml::from_str(&scalar(s)).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn notes_end_without_a_full_stop_after_a_citation() {
        let note = ResolvedNote {
            number: 2,
            parts: vec![
                Part::Prose("See ".into()),
                Part::Cluster(vec![
                    Citation {
                        key: "a2000".into(),
                        locator: Some("48".into()),
                    },
                    Citation {
                        key: "b2001".into(),
                        locator: None,
                    },
                ]),
                Part::Prose(".".into()),
            ],
        };
        assert_eq!(
            note_markdown(&note, false),
            "[^2]: See [@a2000, 48; @b2001]"
        );
        assert_eq!(escape_markdown("a [b] *c*"), "a \\[b\\] \\*c\\*");
        assert_eq!(title_from_slug("my-first-article"), "My first article");
    }
}
