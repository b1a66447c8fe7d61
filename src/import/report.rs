//! The review report of an import: every merge, every field it was unsure of, every note it
//! could not parse, each with its note number.

use std::fmt::Write;

/// What a report entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Text that could not be read as references; kept as prose.
    Unparsed,
    /// A judgement call worth a look.
    Unsure,
    /// Two references read as one work (Ibid., short form, repeat).
    Merge,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// 0 for remarks about the whole input.
    pub note: u32,
    pub kind: Kind,
    pub text: String,
}

/// Figures for the report's head.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub source: String,
    pub article: String,
    pub bibliography: String,
    pub notes: usize,
    pub citations: usize,
    pub new_works: usize,
    pub reused_citations: usize,
    pub notes_without_references: Vec<u32>,
}

/// The report as text.
pub fn render(summary: &Summary, entries: &[Entry]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "dossier import notes: {}", summary.source);
    let _ = writeln!(out, "  article:      {}", summary.article);
    let _ = writeln!(out, "  bibliography: {}", summary.bibliography);
    let _ = writeln!(
        out,
        "  {} notes, {} citations, {} new works, {} citations of works already in the dossier",
        summary.notes, summary.citations, summary.new_works, summary.reused_citations
    );
    let sections = [
        (
            Kind::Unparsed,
            "Not parsed (kept as text; add citations by hand)",
        ),
        (Kind::Unsure, "Unsure (check these fields)"),
        (Kind::Merge, "Merged (one work, several references)"),
    ];
    for (kind, heading) in sections {
        let mut lines: Vec<&Entry> = entries.iter().filter(|e| e.kind == kind).collect();
        lines.sort_by_key(|e| e.note);
        let _ = writeln!(out, "\n{heading}: {}", lines.len());
        for e in lines {
            if e.note == 0 {
                let _ = writeln!(out, "  input: {}", e.text);
            } else {
                let _ = writeln!(out, "  note {}: {}", e.note, e.text);
            }
        }
    }
    if !summary.notes_without_references.is_empty() {
        let list: Vec<String> = summary
            .notes_without_references
            .iter()
            .map(u32::to_string)
            .collect();
        let _ = writeln!(
            out,
            "\nNotes without any reference (prose only): {}",
            list.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_list_entries_by_note() {
        let entries = vec![
            Entry {
                note: 26,
                kind: Kind::Merge,
                text: "Ibid.".into(),
            },
            Entry {
                note: 3,
                kind: Kind::Merge,
                text: "repeat".into(),
            },
            Entry {
                note: 9,
                kind: Kind::Unsure,
                text: "page".into(),
            },
        ];
        let text = render(&Summary::default(), &entries);
        let three = text.find("note 3: repeat").unwrap();
        let twenty_six = text.find("note 26: Ibid.").unwrap();
        assert!(three < twenty_six);
        assert!(text.contains("Not parsed (kept as text; add citations by hand): 0"));
    }
}
