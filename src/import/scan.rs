//! Low-level scanning of note text: splitting outside quotes and brackets, quoted titles,
//! words. Every offset is a byte offset on a character boundary.

/// Quotation marks that open a quoted title.
pub const OPENING_QUOTES: [char; 4] = ['“', '"', '«', '„'];

/// Byte ranges of `text` cut at `separator` where it stands outside parentheses, brackets and
/// double quotes. Unbalanced quotes or brackets are ignored rather than swallowing the rest.
pub fn split_top_level(text: &str, separator: char) -> Vec<(usize, usize)> {
    let strict = split_with(text, separator, true);
    if strict.1 {
        strict.0
    } else {
        split_with(text, separator, false).0
    }
}

fn split_with(text: &str, separator: char, track_quotes: bool) -> (Vec<(usize, usize)>, bool) {
    let mut parts = Vec::new();
    let (mut parens, mut quotes, mut ascii_open) = (0usize, 0usize, false);
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => parens += 1,
            ')' | ']' => parens = parens.saturating_sub(1),
            '“' | '«' | '„' if track_quotes => quotes += 1,
            '”' | '»' if track_quotes => quotes = quotes.saturating_sub(1),
            '"' if track_quotes => ascii_open = !ascii_open,
            _ if c == separator && parens == 0 && quotes == 0 && !ascii_open => {
                parts.push((start, i));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push((start, text.len()));
    (parts, parens == 0 && quotes == 0 && !ascii_open)
}

/// A quoted title: where its text starts and ends, and where the closing mark ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted {
    /// The opening mark (including a stray closing mark before it, as in `”“Title`).
    pub open: usize,
    pub text_start: usize,
    pub text_end: usize,
    /// Just after the closing mark.
    pub end: usize,
}

/// The first quoted title at or after `from`, outside parentheses.
pub fn next_quoted(text: &str, from: usize) -> Option<Quoted> {
    let mut parens = 0usize;
    for (i, c) in text[from..].char_indices().map(|(i, c)| (i + from, c)) {
        match c {
            '(' => parens += 1,
            ')' => parens = parens.saturating_sub(1),
            _ if parens > 0 => {}
            _ if OPENING_QUOTES.contains(&c) && opens_here(text, i) => {
                let closer = match c {
                    '"' => '"',
                    '«' => '»',
                    '„' => '“',
                    _ => '”',
                };
                return Some(quoted_from(text, i, i + c.len_utf8(), c, closer));
            }
            // A stray closing mark right before an opening one (`”“Title”`, `”‘Title.”`):
            // the pair opens the title; a `‘` stays in it only if a `’` closes it.
            '”' if text[i + c.len_utf8()..].starts_with(['“', '‘']) => {
                let after = i + c.len_utf8();
                // A title that begins with a quotation keeps its opening mark.
                let keep = text[after..].starts_with('“') || has_matching_single(text, after);
                let inner = if keep {
                    after
                } else {
                    after + '‘'.len_utf8()
                };
                return Some(quoted_from(text, i, inner, '“', '”'));
            }
            _ => {}
        }
    }
    None
}

fn opens_here(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | ',' | ';' | ':' | '—' | '–'))
        && text[i..].chars().nth(1).is_some_and(|n| !n.is_whitespace())
}

/// Whether the single quote at `at` is closed by a `’` that is not an apostrophe.
fn has_matching_single(text: &str, at: usize) -> bool {
    let rest = &text[at + '‘'.len_utf8()..];
    let end = rest.find('”').unwrap_or(rest.len());
    rest[..end]
        .match_indices('’')
        .any(|(i, _)| !rest[i + '’'.len_utf8()..].starts_with(char::is_alphabetic))
}

/// The quotation whose text begins at `inner`. A closing mark followed by a lower-case word
/// is taken for a quotation inside the title when a later closing mark ends it properly;
/// without one, the first closing mark ends the title. An unclosed quotation runs to the end.
fn quoted_from(text: &str, open: usize, inner: usize, opener: char, closer: char) -> Quoted {
    let mut depth = 0usize;
    let mut first = None;
    for (j, c) in text[inner..].char_indices().map(|(j, c)| (j + inner, c)) {
        if c == opener && opener != closer && opens_here(text, j) {
            depth += 1;
            continue;
        }
        if c != closer {
            continue;
        }
        if opener == closer && opens_here(text, j) && j > inner {
            continue;
        }
        if depth > 0 {
            depth -= 1;
            continue;
        }
        let end = j + c.len_utf8();
        let q = Quoted {
            open,
            text_start: inner,
            text_end: j,
            end,
        };
        if ends_title(&text[end..]) {
            return q;
        }
        first.get_or_insert(q);
    }
    first.unwrap_or(Quoted {
        open,
        text_start: inner,
        text_end: text.len(),
        end: text.len(),
    })
}

/// What follows a title's closing mark: the end, a capital or digit (the container, a year),
/// a bracket, `in`, a URL or a genre ("press release").
fn ends_title(after: &str) -> bool {
    let rest = after.trim_start_matches([',', '.', ';', ':', '?', '!', ' ', '\u{a0}']);
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if first.is_uppercase() || first.is_ascii_digit() || "([“\"‘*_<".contains(first) {
        return true;
    }
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(
        word.as_str(),
        "in" | "http" | "https" | "www" | "press" | "event" | "accessed" | "ed" | "eds" | "edited"
    )
}

/// An italic title in Markdown, `*Title*` or `_Title_`, at or after `from`.
pub fn next_italic(text: &str, from: usize) -> Option<Quoted> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let c = bytes[i];
        if (c == b'*' || c == b'_')
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes
                .get(i + 1)
                .is_some_and(|n| !n.is_ascii_whitespace() && *n != c)
        {
            if let Some(len) = text[i + 1..].find(c as char) {
                let close = i + 1 + len;
                let after_ok = bytes
                    .get(close + 1)
                    .is_none_or(|n| !n.is_ascii_alphanumeric());
                if after_ok && len > 0 {
                    return Some(Quoted {
                        open: i,
                        text_start: i + 1,
                        text_end: close,
                        end: close + 1,
                    });
                }
            }
        }
        i += 1;
    }
    None
}

/// The offset just after the parenthesis that closes the one opening at `open`.
pub fn closing_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(open + i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whitespace-separated words with their byte ranges.
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// `text` without the separators a reference part may end with.
pub fn trim_separators(text: &str) -> &str {
    text.trim()
        .trim_end_matches([',', ';', ':', ' '])
        .trim_start_matches([',', ';', ':', ' '])
        .trim()
}

/// Folded, letters and digits only: for comparing titles and names whatever their punctuation.
pub fn alnum_fold(text: &str) -> String {
    crate::text::fold(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The words of `text`, folded, for comparing short titles word by word.
pub fn fold_words(text: &str) -> Vec<String> {
    crate::text::fold(&text.replace(['’', '\'', '‘'], ""))
        .split(' ')
        // Punctuation is typography, not a word: `Arithmetic,’` is `arithmetic`.
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A URL at the start of `text`: its length, trailing punctuation excluded.
pub fn url_len(text: &str) -> Option<usize> {
    let lower = text.get(..12).unwrap_or(text).to_ascii_lowercase();
    let angle = text.starts_with('<');
    let body = if angle { &text[1..] } else { text };
    let lower_body = if angle {
        lower.get(1..).unwrap_or("")
    } else {
        lower.as_str()
    };
    if !(lower_body.starts_with("http://")
        || lower_body.starts_with("https://")
        || lower_body.starts_with("www."))
    {
        return None;
    }
    let mut end = body
        .find(|c: char| c.is_whitespace() || c == '>')
        .unwrap_or(body.len());
    while end > 0 && body[..end].ends_with(['.', ',', ';', ')', ']', '”', '"', '’']) {
        let last = body[..end].chars().next_back().map_or(1, char::len_utf8);
        // Keep a closing parenthesis that closes one inside the URL.
        if body[..end].ends_with(')')
            && body[..end].matches('(').count() >= body[..end].matches(')').count()
        {
            break;
        }
        end -= last;
    }
    let consumed = end + usize::from(angle) + usize::from(angle && body[end..].starts_with('>'));
    (end > 8).then_some(consumed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str, sep: char) -> Vec<&str> {
        split_top_level(text, sep)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn splits_outside_quotes_and_parentheses() {
        assert_eq!(
            parts("A, “x; y,” B (C; D); E", ';'),
            vec!["A, “x; y,” B (C; D)", " E"]
        );
        // An unbalanced quote does not swallow the rest.
        assert_eq!(parts("“open; b", ';').len(), 2);
    }

    #[test]
    fn finds_quoted_titles_with_stray_marks() {
        let text = "T. W., ”“Alignment,” not ‘alliance’–the paradigm.” Review 38";
        let q = next_quoted(text, 0).unwrap();
        assert_eq!(
            &text[q.text_start..q.text_end],
            "“Alignment,” not ‘alliance’–the paradigm."
        );
        let text = "A. M., ”‘Diplomacy in a World.” UI Paper 10";
        let q = next_quoted(text, 0).unwrap();
        assert_eq!(&text[q.text_start..q.text_end], "Diplomacy in a World.");
        let text = "J. M., ”‘A very different challenge’? NATO.” Politics 59";
        let q = next_quoted(text, 0).unwrap();
        assert_eq!(
            &text[q.text_start..q.text_end],
            "‘A very different challenge’? NATO."
        );
    }

    #[test]
    fn finds_italics_and_urls() {
        let q = next_italic("Smith, *A Book* (2000)", 0).unwrap();
        assert_eq!(q.text_start, 8);
        assert_eq!(url_len("https://x.org/a_b. Next"), Some(17));
        assert_eq!(url_len("<https://x.org/a>, b"), Some(17));
        assert_eq!(url_len("htt"), None);
    }
}
