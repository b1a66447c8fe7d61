//! Small text utilities shared by the stages.

use unicode_normalization::UnicodeNormalization;

/// Strips a byte-order mark and turns CRLF and CR line ends into LF.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// A name or title folded for matching: NFKD, no combining marks, lower case,
/// punctuation dropped, single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '.' || c == ',' {
            space = true;
        }
    }
    out
}

/// The text with its first letter in upper case.
pub fn capitalise(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A URL slug: ASCII, lower case, hyphens.
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// Escapes a URL for an `href`, keeping its reserved characters.
pub fn escape_href(url: &str) -> String {
    let mut out = String::with_capacity(url.len() + 8);
    let _ = pulldown_cmark_escape::escape_href(&mut out, url);
    out
}

/// Whether a URL from the content is safe to link: http(s), mailto, or relative.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.find(':') {
        None => true,
        Some(i) => {
            let scheme = &lower[..i];
            // A colon after a slash, `?` or `#` is not a scheme separator.
            if scheme.contains(['/', '?', '#']) {
                return true;
            }
            matches!(scheme, "http" | "https" | "mailto")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_and_punctuation() {
        assert_eq!(fold("Gorana Grgić"), fold("GORANA  grgic"));
        assert_eq!(fold("Simón, Luis"), "simon luis");
        assert_eq!(fold("Ole Wæver"), "ole wæver");
    }

    #[test]
    fn unsafe_schemes_are_refused() {
        assert!(is_safe_url("https://nato.int/x"));
        assert!(is_safe_url("/sources/a/"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url(" JavaScript:alert(1)"));
        assert!(!is_safe_url("data:text/html,x"));
    }

    #[test]
    fn normalize_strips_bom_and_crlf() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc"), "a\nb\nc");
    }
}
