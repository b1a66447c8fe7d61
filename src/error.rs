//! Typed errors of the library and their rendering for people.

use std::fmt;
use std::path::{Path, PathBuf};

/// A place in a source file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: PathBuf,
    /// 1-based; 0 when the whole file is meant.
    pub line: usize,
    /// 1-based; 0 when the whole line is meant.
    pub column: usize,
}

impl Location {
    pub fn new(file: &Path, line: usize, column: usize) -> Self {
        Location {
            file: file.to_path_buf(),
            line,
            column,
        }
    }

    pub fn file(file: &Path) -> Self {
        Location::new(file, 0, 0)
    }

    /// The location of byte `offset` of `text`, which starts at line `first_line` of the file.
    pub fn at_offset(file: &Path, text: &str, offset: usize, first_line: usize) -> Self {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = first_line + before.matches('\n').count();
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        Location::new(file, line, column)
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        Ok(())
    }
}

/// Maps byte offsets of an extracted text back to lines of its file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineMap {
    pub first_line: usize,
    /// Offsets at which each following line starts.
    pub starts: Vec<usize>,
    /// Per line (the first, then each of `starts`), how many characters of the file line
    /// precede the extracted text (a note's `[^3]: ` or its continuation indent).
    pub shifts: Vec<usize>,
}

impl LineMap {
    pub fn of_text(text: &str, first_line: usize) -> Self {
        let starts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
        let shifts = vec![0; starts.len() + 1];
        LineMap {
            first_line,
            starts,
            shifts,
        }
    }

    pub fn line_of(&self, offset: usize) -> usize {
        self.first_line + self.starts.partition_point(|s| *s <= offset)
    }

    /// File line and column (1-based) of byte `offset` of `text`, the extracted text.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let index = self.starts.partition_point(|s| *s <= offset);
        let line_start = if index == 0 {
            0
        } else {
            self.starts[index - 1]
        };
        let end = floor_char_boundary(text, offset.min(text.len()));
        let start = floor_char_boundary(text, line_start.min(end));
        let column =
            text[start..end].chars().count() + self.shifts.get(index).copied().unwrap_or(0) + 1;
        (self.first_line + index, column)
    }
}

/// Whether a problem stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    #[default]
    Error,
    /// Worth a look (`dossier check`), but the site builds.
    Warning,
}

/// One problem in the user's input, with where it is and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Location,
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// The offending source line, shown under the message.
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            location,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::new(location, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Attaches the line of `file_text` that the location points at.
    pub fn with_source(mut self, file_text: &str) -> Self {
        if self.location.line > 0 {
            self.source_line = file_text
                .lines()
                .nth(self.location.line - 1)
                .map(|l| l.trim_end_matches('\r').to_string());
        }
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        write!(f, "  --> {}", self.location)?;
        if let Some(line) = &self.source_line {
            let number = self.location.line.to_string();
            let pad = " ".repeat(number.len());
            write!(f, "\n{pad} |\n{number} | {line}")?;
            if self.location.column > 0 {
                let shown: String = line.chars().take(self.location.column - 1).collect();
                let indent: String = shown
                    .chars()
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n{pad} | {indent}^")?;
            }
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  = help: {hint}")?;
        }
        Ok(())
    }
}

/// Everything that can stop a build.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in the content, config or theme, reported together.
    #[error("{}", render_all(.0))]
    Content(Vec<Diagnostic>),
    #[error("cannot read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    pub fn one(diagnostic: Diagnostic) -> Self {
        Error::Content(vec![diagnostic])
    }

    /// Attaches to each diagnostic the source line it points at, read from its file.
    pub fn with_sources(self) -> Error {
        match self {
            Error::Content(mut all) => {
                for d in &mut all {
                    if d.source_line.is_none() && d.location.line > 0 {
                        if let Ok(text) = std::fs::read_to_string(&d.location.file) {
                            *d = d.clone().with_source(&crate::text::normalize(&text));
                        }
                    }
                }
                Error::Content(all)
            }
            other => other,
        }
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Content(all) => all,
            _ => &[],
        }
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::one(d)
    }
}

/// At most this many diagnostics are printed; the rest are counted.
const SHOWN: usize = 20;

fn render_all(all: &[Diagnostic]) -> String {
    let mut out: Vec<String> = all.iter().take(SHOWN).map(|d| d.to_string()).collect();
    if all.len() > SHOWN {
        out.push(format!("… and {} more errors", all.len() - SHOWN));
    }
    if all.len() > 1 {
        out.push(format!("{} errors", all.len()));
    }
    out.join("\n\n")
}

/// Collects diagnostics so that one build reports all of them.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Keeps the value or records the error.
    pub fn take<T>(&mut self, result: Result<T, Diagnostic>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(d) => {
                self.0.push(d);
                None
            }
        }
    }

    pub fn absorb(&mut self, error: Error) -> Result<(), Error> {
        match error {
            Error::Content(all) => {
                self.0.extend(all);
                Ok(())
            }
            other => Err(other),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Takes over what another collector recorded.
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    /// `Ok(value)` when nothing was recorded.
    pub fn finish<T>(mut self, value: T) -> Result<T, Error> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            self.0.sort_by(|a, b| a.location.cmp(&b.location));
            self.0.dedup();
            Err(Error::Content(self.0))
        }
    }
}
