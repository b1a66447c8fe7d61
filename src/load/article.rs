//! Articles: front matter, body, and numbered notes with their citations.

use std::path::Path;

use crate::cite::{self, Cluster};
use crate::error::{Diagnostic, Diagnostics, LineMap, Location};
use crate::model::{Article, ArticleMeta, Note};

pub fn load(text: &str, file: &Path, slug: &str, out: &mut Diagnostics) -> Option<Article> {
    let split = out.take(super::frontmatter::split(text, file))?;
    let meta: ArticleMeta = out.take(
        crate::yaml::parse(split.front_matter, file, split.front_matter_line)
            .map(|d: ArticleMeta| d)
            .map_err(|d| d.with_source(text)),
    )?;
    let meta_location = Location::new(file, split.front_matter_line, 0);
    if meta.title.trim().is_empty() {
        out.push(
            Diagnostic::new(meta_location.clone(), "the article has no `title`")
                .with_hint("add `title: …` to the front matter"),
        );
    }
    for (name, date) in [("date", &meta.date), ("updated", &meta.updated)] {
        if let Some(Err(m)) = date.as_ref().map(|d| d.parse()) {
            let line = crate::yaml::key_line(text, 1, 1, split.body_line, name).unwrap_or(1);
            out.push(
                Diagnostic::new(Location::new(file, line, 0), format!("`{name}`: {m}"))
                    .with_source(text),
            );
        }
    }
    if let Some(url) = &meta.url {
        if !crate::text::is_safe_url(url) {
            out.push(Diagnostic::new(
                meta_location,
                format!("unsafe URL `{url}`"),
            ));
        }
    }
    let (body, definitions) = split_notes(split.body, split.body_line);
    let mut notes = Vec::new();
    let mut next_free = definitions
        .iter()
        .filter_map(|d| d.label.parse::<u32>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    let mut seen = std::collections::BTreeMap::new();
    for def in &definitions {
        let number = match def.label.parse::<u32>() {
            Ok(n) => n,
            Err(_) => {
                next_free += 1;
                next_free - 1
            }
        };
        if let Some(first) = seen.insert(def.label.clone(), def.line) {
            out.push(
                Diagnostic::new(
                    Location::new(file, def.line, 1),
                    format!(
                        "note [^{}] is defined twice (first on line {first})",
                        def.label
                    ),
                )
                .with_hint("give each note its own number")
                .with_source(text),
            );
            continue;
        }
        let lines = LineMap {
            first_line: def.line,
            starts: def.line_starts.clone(),
            shifts: def.shifts.clone(),
        };
        let (markdown, clusters) = extract(&def.text, &lines, file, text, out);
        notes.push(Note {
            number,
            markdown,
            clusters,
            origin: Location::new(file, def.line, 1),
        });
    }
    notes.sort_by_key(|n| n.number);
    let body_lines = LineMap::of_text(&body, split.body_line);
    let (mut body, body_clusters) = extract(&body, &body_lines, file, text, out);
    // Pulldown-cmark recognises `[^label]` only when the label is defined: define every
    // note again, empty, at the end; rendering skips the definitions.
    for def in &definitions {
        body.push_str(&format!("\n\n[^{}]: .\n", def.label));
    }
    Some(Article {
        slug: slug.to_string(),
        meta,
        body,
        body_clusters,
        notes,
        origin: Location::new(file, 1, 0),
    })
}

/// Cuts the citations out of `markdown` and places each in its file (line and column).
fn extract(
    markdown: &str,
    lines: &LineMap,
    file: &Path,
    file_text: &str,
    out: &mut Diagnostics,
) -> (String, Vec<Cluster>) {
    match cite::extract(markdown) {
        Ok(mut e) => {
            for item in e.clusters.iter_mut().flat_map(|c| c.items.iter_mut()) {
                (item.line, item.column) = lines.position(markdown, item.offset);
            }
            (e.markdown, e.clusters)
        }
        Err(errors) => {
            for e in errors {
                let (line, column) = lines.position(markdown, e.offset);
                out.push(
                    Diagnostic::new(Location::new(file, line, column), e.message)
                        .with_hint(e.hint)
                        .with_source(file_text),
                );
            }
            (markdown.to_string(), Vec::new())
        }
    }
}

/// One `[^label]: …` definition.
#[derive(Debug, Clone)]
pub struct Definition {
    pub label: String,
    pub text: String,
    /// File line of the definition's first line.
    pub line: usize,
    /// Offsets in `text` at which each following file line starts.
    line_starts: Vec<usize>,
    /// Per line, the characters of the file line before the note's text.
    shifts: Vec<usize>,
}

/// Cuts the footnote definitions out of a body; continuation lines are indented. Each cut
/// line leaves an empty line behind, so that the body keeps the file's line numbers.
pub fn split_notes(body: &str, first_line: usize) -> (String, Vec<Definition>) {
    let mut rest = String::with_capacity(body.len());
    let mut definitions: Vec<Definition> = Vec::new();
    let mut current: Option<Definition> = None;
    let mut pending_blank = 0;
    let mut in_fence = false;
    for (i, line) in body.lines().enumerate() {
        let number = first_line + i;
        let fence = line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~");
        if current.is_none() {
            if fence {
                in_fence = !in_fence;
            }
            if !in_fence {
                if let Some(def) = definition_start(line, number) {
                    current = Some(def);
                    rest.push('\n');
                    continue;
                }
            }
            rest.push_str(line);
            rest.push('\n');
            continue;
        }
        let def = current.as_mut().expect("checked above");
        if line.trim().is_empty() {
            pending_blank += 1;
            continue;
        }
        let indented = line.starts_with("    ") || line.starts_with('\t');
        if indented {
            for _ in 0..pending_blank {
                def.line_starts.push(def.text.len());
                def.shifts.push(0);
                def.text.push('\n');
                rest.push('\n');
            }
            rest.push('\n');
            pending_blank = 0;
            def.line_starts.push(def.text.len() + 1);
            def.shifts.push(if line.starts_with('\t') { 1 } else { 4 });
            def.text.push('\n');
            let dedented = line
                .strip_prefix("    ")
                .or_else(|| line.strip_prefix('\t'))
                .unwrap_or(line);
            def.text.push_str(dedented);
            continue;
        }
        definitions.push(current.take().expect("checked above"));
        for _ in 0..pending_blank {
            rest.push('\n');
        }
        pending_blank = 0;
        if let Some(def) = definition_start(line, number) {
            current = Some(def);
            rest.push('\n');
        } else {
            rest.push_str(line);
            rest.push('\n');
        }
    }
    if let Some(def) = current {
        definitions.push(def);
    }
    for _ in 0..pending_blank {
        rest.push('\n');
    }
    (rest, definitions)
}

fn definition_start(line: &str, number: usize) -> Option<Definition> {
    let after = line.strip_prefix("[^")?;
    let close = after.find("]:")?;
    let label = &after[..close];
    if label.is_empty() || label.contains(char::is_whitespace) || label.contains(']') {
        return None;
    }
    let text = after[close + 2..].trim_start();
    Some(Definition {
        label: label.to_string(),
        text: text.to_string(),
        line: number,
        line_starts: Vec::new(),
        shifts: vec![line.chars().count() - text.chars().count()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_cut_out_with_continuations() {
        let body = "Intro[^1].\n\n[^1]: First [@a].\n    More of one.\n\n[^2]: Second.\n\nAfter.\n";
        let (rest, defs) = split_notes(body, 10);
        assert_eq!(defs.len(), 2);
        assert_eq!(defs[0].text, "First [@a].\nMore of one.");
        assert_eq!(defs[0].line, 12);
        let map = LineMap {
            first_line: 12,
            starts: defs[0].line_starts.clone(),
            shifts: defs[0].shifts.clone(),
        };
        assert_eq!(map.line_of(14), 13);
        // "First [@a]." follows "[^1]: ", so its `@` is in column 14.
        assert_eq!(map.position(&defs[0].text, 7), (12, 14));
        assert_eq!(map.position(&defs[0].text, 14), (13, 7));
        assert_eq!(defs[1].label, "2");
        assert!(rest.contains("Intro[^1]."));
        assert!(rest.contains("After."));
        assert!(!rest.contains("Second"));
        assert_eq!(
            rest.lines().count(),
            body.lines().count(),
            "the body keeps its line numbers"
        );
        assert_eq!(rest.lines().nth(7), Some("After."));
    }
}
