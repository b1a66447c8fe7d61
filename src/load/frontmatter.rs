//! Splitting `---` YAML front matter from a Markdown body.

use std::path::Path;

use crate::error::{Diagnostic, Location};

/// A file split into its front matter and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub front_matter: &'a str,
    /// Line number (1-based) of the front matter's first line.
    pub front_matter_line: usize,
    pub body: &'a str,
    /// Line number (1-based) of the body's first line.
    pub body_line: usize,
}

/// Splits `text` (LF line ends) at its `---` fences.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| (text == "---").then_some(""))
    else {
        return Err(Diagnostic::new(
            Location::new(file, 1, 1),
            "missing front matter: the file must start with a `---` line",
        )
        .with_hint("start the file with `---`, the YAML metadata (at least `title:`), and `---`")
        .with_source(text));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let front_matter = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(Split {
                front_matter,
                front_matter_line: 2,
                body,
                body_line: 3 + front_matter.matches('\n').count(),
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::new(
        Location::new(file, 1, 1),
        "front matter is never closed: no second `---` line",
    )
    .with_hint("end the YAML metadata with a line holding only `---`")
    .with_source(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let s = split("---\ntitle: A\n---\nBody\n", Path::new("a.md")).unwrap();
        assert_eq!(s.front_matter, "title: A\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(split("---\ntitle: A\nBody\n", Path::new("a.md")).is_err());
        assert!(split("title: A\n", Path::new("a.md")).is_err());
    }
}
