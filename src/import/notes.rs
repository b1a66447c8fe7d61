//! Numbered notes as copied from a journal page or a Word document: `1. …`, `1 …`, `[1] …`,
//! `1) …`, `[^1]: …`; one note per paragraph or per line, wrapped lines joined.

/// One note of the input, its text on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawNote {
    pub number: u32,
    pub text: String,
    /// Line of the input where the note starts (1-based).
    pub line: usize,
}

/// The notes of `text`, and remarks about what was skipped.
pub fn split_notes(text: &str) -> (Vec<RawNote>, Vec<String>) {
    let text = crate::text::normalize(text)
        .replace(['\u{a0}', '\u{2009}', '\u{202f}'], " ")
        .replace('\u{ad}', "")
        .replace('\t', " ");
    let mut notes: Vec<RawNote> = Vec::new();
    let mut remarks = Vec::new();
    let mut skipped_before = 0;
    let mut blank_before = true;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let expected = notes.last().map(|last| last.number + 1);
        let marker = note_marker(trimmed).filter(|(number, _)| match expected {
            None => true,
            Some(e) => *number == e || (blank_before && *number > e && *number <= e + 5),
        });
        match (marker, notes.last_mut()) {
            (Some((number, rest)), _) => {
                if let Some(e) = expected.filter(|e| number > *e) {
                    remarks.push(format!(
                        "notes {e}–{} are missing before note {number} (line {})",
                        number - 1,
                        n + 1
                    ));
                }
                notes.push(RawNote {
                    number,
                    text: rest.to_string(),
                    line: n + 1,
                });
            }
            (None, Some(note)) => {
                if !note.text.is_empty() {
                    note.text.push(' ');
                }
                note.text.push_str(trimmed);
            }
            (None, None) => skipped_before += 1,
        }
        blank_before = false;
    }
    if skipped_before > 0 {
        remarks.push(format!(
            "{skipped_before} line(s) before the first numbered note were skipped"
        ));
    }
    for note in &mut notes {
        note.text = note
            .text
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
    (notes, remarks)
}

/// `12. text`, `12 text`, `[12] text`, `12) text`, `[^12]: text` → (12, text).
fn note_marker(line: &str) -> Option<(u32, &str)> {
    let (digits, rest) = if let Some(r) = line.strip_prefix("[^") {
        let close = r.find("]:")?;
        (&r[..close], &r[close + 2..])
    } else if let Some(r) = line.strip_prefix('[') {
        let close = r.find(']')?;
        (&r[..close], &r[close + 1..])
    } else {
        let end = line
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(line.len());
        let rest = &line[end..];
        let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
        if !rest.starts_with(' ') {
            return None;
        }
        (&line[..end], rest)
    };
    if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let number: u32 = digits.parse().ok()?;
    let rest = rest.trim();
    (number > 0 && !rest.is_empty()).then_some((number, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_forms_and_wrapped_lines() {
        let (notes, remarks) = split_notes("Notes\n\n1. First note\nwrapped here.\n\n2 Second.\n[3] Third.\n4) Fourth.\n[^5]: Fifth.\n");
        let texts: Vec<(u32, &str)> = notes.iter().map(|n| (n.number, n.text.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                (1, "First note wrapped here."),
                (2, "Second."),
                (3, "Third."),
                (4, "Fourth."),
                (5, "Fifth.")
            ]
        );
        assert_eq!(notes[1].line, 6);
        assert_eq!(remarks.len(), 1, "{remarks:?}");
    }

    #[test]
    fn a_number_that_is_not_the_next_note_continues_the_note() {
        let (notes, _) = split_notes("1. Published in\n2019 by the press.\n2. Next.\n");
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[0].text, "Published in 2019 by the press.");
        let (notes, remarks) = split_notes("1. One.\n\n3. Three.\n");
        assert_eq!(notes.len(), 2);
        assert!(remarks[0].contains("notes 2–2 are missing"));
    }

    #[test]
    fn odd_input_gives_no_notes_without_panicking() {
        for text in [
            "",
            "\u{feff}",
            "[",
            "[^",
            "1.",
            "99999999999 x",
            "[1",
            "\r\n\r\n",
        ] {
            let _ = split_notes(text);
        }
    }
}
