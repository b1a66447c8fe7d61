//! The citation parser: finds `[… @key …]` clusters outside code.

use super::locator::split_locator;
use super::{CiteItem, Cluster};

/// Placeholders are private-use characters: Markdown passes them through untouched.
pub const PLACEHOLDER_START: char = '\u{E000}';
pub const PLACEHOLDER_END: char = '\u{E001}';

/// The placeholder of cluster `index`.
pub fn placeholder(index: usize) -> String {
    format!("{PLACEHOLDER_START}{index}{PLACEHOLDER_END}")
}

/// A text with its clusters cut out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub markdown: String,
    pub clusters: Vec<Cluster>,
}

/// A malformed citation, at a byte offset of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
    pub hint: String,
}

/// Finds every citation cluster of `text`.
pub fn extract(text: &str) -> Result<Extracted, Vec<SyntaxError>> {
    let mut markdown = String::with_capacity(text.len());
    let mut clusters = Vec::new();
    let mut errors = Vec::new();
    let code = code_ranges(text);
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = code.iter().find(|r| r.0 == i).map(|r| r.1) {
            i = end;
            continue;
        }
        let escaped = i > 0 && bytes[i - 1] == b'\\';
        if bytes[i] != b'[' || escaped || bytes.get(i + 1) == Some(&b'^') {
            i += 1;
            continue;
        }
        match scan_bracket(text, i, &code) {
            Bracket::Cluster { end, content_start } => {
                let content = &text[content_start..end];
                match parse_cluster(content, content_start) {
                    Ok(mut items) if !items.is_empty() => {
                        let after = &text[end + 1..];
                        let is_link = after.starts_with('(') || after.starts_with('[');
                        if is_link {
                            i = end + 1;
                            continue;
                        }
                        for item in &mut items {
                            item.prefix = item.prefix.trim().to_string();
                        }
                        markdown.push_str(&text[copied..i]);
                        markdown.push_str(&placeholder(clusters.len()));
                        clusters.push(Cluster {
                            items,
                            ends_note: after.trim().is_empty(),
                        });
                        copied = end + 1;
                        i = end + 1;
                    }
                    Ok(_) => i = end + 1,
                    Err(e) => {
                        errors.push(e);
                        i = end + 1;
                    }
                }
            }
            Bracket::Unclosed => {
                errors.push(SyntaxError {
                    offset: i,
                    message: "citation bracket `[` is never closed".into(),
                    hint: "close the citation with `]` before the end of the paragraph".into(),
                });
                i += 1;
            }
            Bracket::NotCitation => i += 1,
        }
    }
    markdown.push_str(&text[copied..]);
    if errors.is_empty() {
        Ok(Extracted { markdown, clusters })
    } else {
        Err(errors)
    }
}

enum Bracket {
    Cluster { content_start: usize, end: usize },
    Unclosed,
    NotCitation,
}

/// Looks at the bracket opening at `start`: a citation holds an `@key` before its `]`.
fn scan_bracket(text: &str, start: usize, code: &[(usize, usize)]) -> Bracket {
    let bytes = text.as_bytes();
    let mut j = start + 1;
    let mut has_key = false;
    while j < bytes.len() {
        if code.iter().any(|r| r.0 == j) {
            return Bracket::NotCitation;
        }
        match bytes[j] {
            b']' => {
                return if has_key {
                    Bracket::Cluster {
                        content_start: start + 1,
                        end: j,
                    }
                } else {
                    Bracket::NotCitation
                };
            }
            b'[' => {
                return if has_key {
                    Bracket::Unclosed
                } else {
                    Bracket::NotCitation
                }
            }
            b'\n'
                if text[j + 1..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with('\n') =>
            {
                return if has_key {
                    Bracket::Unclosed
                } else {
                    Bracket::NotCitation
                };
            }
            b'@' if starts_key(text, j) => has_key = true,
            _ => {}
        }
        j += 1;
    }
    if has_key {
        Bracket::Unclosed
    } else {
        Bracket::NotCitation
    }
}

/// An `@` that begins a key: at the start, after space, `;`, `-` or `[`, followed by a key character.
fn starts_key(text: &str, at: usize) -> bool {
    let before_ok = text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '[' | ';' | '-'));
    let after_ok = text[at + 1..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '{');
    before_ok && after_ok
}

fn parse_cluster(content: &str, base: usize) -> Result<Vec<CiteItem>, SyntaxError> {
    let mut items = Vec::new();
    let mut offset = 0;
    for part in content.split(';') {
        let part_start = base + offset;
        offset += part.len() + 1;
        if part.trim().is_empty() {
            return Err(SyntaxError {
                offset: part_start,
                message: "empty item in citation".into(),
                hint: "separate cited works with one `;`, as in `[@a; @b]`".into(),
            });
        }
        let at = part
            .char_indices()
            .find(|(i, c)| *c == '@' && starts_key(part, *i))
            .map(|(i, _)| i);
        let Some(at) = at else {
            return Err(SyntaxError {
                offset: part_start,
                message: format!("`{}` in a citation names no work", part.trim()),
                hint: "each `;`-separated item of a citation needs an `@key`".into(),
            });
        };
        let mut prefix = part[..at].to_string();
        if prefix.ends_with('-') {
            prefix.pop();
        }
        let (key, rest) = read_key(&part[at + 1..]);
        if key.is_empty() {
            return Err(SyntaxError {
                offset: part_start + at,
                message: "`@` without a citation key".into(),
                hint: "write the work's key right after `@`".into(),
            });
        }
        let rest = rest.trim_start();
        let (locator, suffix) = match rest.strip_prefix(',') {
            Some(after_comma) => split_locator(after_comma),
            None => (None, rest.trim().to_string()),
        };
        items.push(CiteItem {
            key,
            prefix,
            locator,
            suffix,
            offset: part_start + at,
            line: 0,
            column: 0,
        });
    }
    Ok(items)
}

/// Reads a Pandoc key: alphanumerics and `_`, with internal punctuation `:.#$%&-+?<>~/`,
/// or anything inside `{…}`.
fn read_key(text: &str) -> (String, &str) {
    if let Some(inner) = text.strip_prefix('{') {
        if let Some(close) = inner.find('}') {
            return (inner[..close].to_string(), &inner[close + 1..]);
        }
    }
    let mut end = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, (i, c)) in chars.iter().enumerate() {
        let internal = ":.#$%&-+?<>~/".contains(*c);
        if c.is_alphanumeric() || *c == '_' {
            end = i + c.len_utf8();
        } else if internal {
            let next_ok = chars
                .get(n + 1)
                .is_some_and(|(_, d)| d.is_alphanumeric() || *d == '_');
            if !next_ok {
                break;
            }
        } else {
            break;
        }
    }
    (text[..end].to_string(), &text[end..])
}

/// Byte ranges of fenced code blocks and inline code spans, which hold no citations.
fn code_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut fence: Option<(usize, String)> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(' ');
        let marker: String = trimmed
            .chars()
            .take_while(|c| *c == '`' || *c == '~')
            .collect();
        let is_fence = marker.len() >= 3 && line.len() - trimmed.len() <= 3;
        match &fence {
            Some((start, open)) if is_fence && marker.starts_with(open.as_str()) => {
                ranges.push((*start, line_start + line.len()));
                fence = None;
            }
            Some(_) => {}
            None if is_fence => fence = Some((line_start, marker)),
            None => inline_code(line, line_start, &mut ranges),
        }
        line_start += line.len();
    }
    if let Some((start, _)) = fence {
        ranges.push((start, text.len()));
    }
    ranges
}

fn inline_code(line: &str, base: usize, ranges: &mut Vec<(usize, usize)>) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|b| **b == b'`').count();
        let ticks = &line[i..i + run];
        match line[i + run..].find(ticks) {
            Some(close) => {
                let end = i + run + close + run;
                ranges.push((base + i, base + end));
                i = end;
            }
            None => i += run,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::LocatorLabel;

    fn keys(text: &str) -> Vec<Vec<String>> {
        extract(text)
            .unwrap()
            .clusters
            .iter()
            .map(|c| c.items.iter().map(|i| i.key.clone()).collect())
            .collect()
    }

    #[test]
    fn single_and_multiple_items() {
        assert_eq!(keys("[@a]"), vec![vec!["a"]]);
        assert_eq!(
            keys("x [see @a, 33–35; @b, chap. 1] y"),
            vec![vec!["a", "b"]]
        );
        assert_eq!(keys("[@a] and [@b]"), vec![vec!["a"], vec!["b"]]);
    }

    #[test]
    fn prefix_locator_suffix() {
        let e = extract("[see @wilkins2012, pp. 53–76 and passim]").unwrap();
        let item = &e.clusters[0].items[0];
        assert_eq!(item.prefix, "see");
        assert_eq!(item.key, "wilkins2012");
        let locator = item.locator.as_ref().unwrap();
        assert_eq!(locator.label, LocatorLabel::Page);
        assert_eq!(locator.value, "53–76");
        assert_eq!(item.suffix, "and passim");
    }

    #[test]
    fn keys_stop_before_trailing_punctuation() {
        assert_eq!(keys("[@nato:2022.]"), vec![vec!["nato:2022"]]);
    }

    #[test]
    fn placeholders_replace_clusters_and_end_of_note_is_seen() {
        let e = extract("Text [@a]. More [@b]").unwrap();
        assert_eq!(
            e.markdown,
            format!("Text {}. More {}", placeholder(0), placeholder(1))
        );
        assert!(!e.clusters[0].ends_note);
        assert!(e.clusters[1].ends_note);
    }

    #[test]
    fn not_citations() {
        assert!(keys("[a link](http://x) [^1] mail me@example.org [plain]").is_empty());
        assert!(keys("`[@code]` and\n```\n[@fenced]\n```\n").is_empty());
        assert!(keys(r"\[@escaped]").is_empty());
    }

    #[test]
    fn unclosed_bracket_is_an_error() {
        let errors = extract("See [@a, 12 and more.\n\nNext").unwrap_err();
        assert_eq!(errors[0].offset, 4);
    }

    #[test]
    fn item_without_key_is_an_error() {
        assert!(extract("[@a; and b]").is_err());
    }
}
