//! The one place that parses YAML, so that a switch from the archived `serde_yaml` to a
//! maintained fork is a one-line change.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, Location};

/// Parses `text`, which starts at line `first_line` of `file`, into `T`.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    serde_yaml::from_str(text).map_err(|e| diagnostic(&e, text, file, first_line))
}

/// Converts an already-parsed value (for errors, `line` is where it starts).
pub fn convert<T: DeserializeOwned>(
    value: serde_yaml::Value,
    file: &Path,
    line: usize,
) -> Result<T, Diagnostic> {
    serde_yaml::from_value(value)
        .map_err(|e| Diagnostic::new(Location::new(file, line, 0), clean_message(&e)))
}

pub use serde_yaml::Value;

fn diagnostic(e: &serde_yaml::Error, text: &str, file: &Path, first_line: usize) -> Diagnostic {
    let message = clean_message(e);
    match e.location() {
        Some(at) => {
            let location = Location::new(file, first_line + at.line() - 1, at.column());
            let line = text.lines().nth(at.line() - 1).unwrap_or("").to_string();
            let mut d = Diagnostic::new(location, format!("invalid YAML: {message}"))
                .with_hint("check the indentation and quoting of this line; a value holding `: ` or starting with `@`, `*` or `&` needs quotes");
            d.source_line = Some(line);
            d
        }
        None => Diagnostic::new(
            Location::new(file, first_line, 0),
            format!("invalid YAML: {message}"),
        ),
    }
}

/// serde_yaml appends " at line X column Y"; the location is shown separately.
fn clean_message(e: &serde_yaml::Error) -> String {
    let text = e.to_string();
    match text.find(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The 1-based line numbers at which the items of a top-level block list start
/// (`- ` at column 0), so that errors can point at the item.
pub fn list_item_lines(text: &str, first_line: usize) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| *l == "-" || l.starts_with("- "))
        .map(|(i, _)| first_line + i)
        .collect()
}

/// The line of `key:` inside the lines `[from, to)` of `text` (1-based, relative to `first_line`).
pub fn key_line(text: &str, first_line: usize, from: usize, to: usize, key: &str) -> Option<usize> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (first_line + i, l))
        .filter(|(n, _)| *n >= from && *n < to)
        .find(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim_start();
            t.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|(n, _)| n)
}
