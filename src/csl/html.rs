//! hayagriva's formatted output to HTML of our own: escaped text, `<i>`/`<b>` instead of
//! inline styles (pages need no `style` attributes), and links left out because the
//! whole citation links to the work's page.

use hayagriva::citationberg::{FontStyle, FontVariant, FontWeight, VerticalAlign};
use hayagriva::{ElemChild, ElemChildren, Formatting};

use crate::text::escape_html;

/// Writes formatted output as HTML; `protected` words get back the capitals that the
/// style's title case took from them (hayagriva turns "NATO’s" into "Nato’s").
pub fn to_html(children: &ElemChildren, protected: &[String]) -> String {
    let mut out = String::new();
    write_children(children, protected, &mut out);
    out
}

fn write_children(children: &ElemChildren, protected: &[String], out: &mut String) {
    for child in &children.0 {
        match child {
            ElemChild::Text(t) => {
                write_formatted(&restore_case(&t.text, protected), &t.formatting, out)
            }
            ElemChild::Link { text, .. } => {
                write_formatted(&restore_case(&text.text, protected), &text.formatting, out)
            }
            ElemChild::Markup(m) => out.push_str(&escape_html(m)),
            ElemChild::Elem(e) => write_children(&e.children, protected, out),
            ElemChild::Transparent { .. } => {}
        }
    }
}

/// The words of `texts` whose capitals are not just an initial: acronyms (`NATO`, `IP4`)
/// and names like `McDonald`.
pub fn protected_words<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut words: Vec<String> = texts
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().skip(1).any(char::is_uppercase))
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    words
}

fn restore_case(text: &str, protected: &[String]) -> String {
    if protected.is_empty() {
        return text.to_string();
    }
    // URLs and DOIs keep their case as written.
    text.split_inclusive(char::is_whitespace)
        .map(|token| {
            let looks_like_link =
                token.contains("://") || token.contains("www.") || token.starts_with("10.");
            if looks_like_link {
                token.to_string()
            } else {
                restore_words(token, protected)
            }
        })
        .collect()
}

fn restore_words(text: &str, protected: &[String]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match protected
            .iter()
            .find(|p| p.to_lowercase() == word.to_lowercase())
        {
            Some(p) => out.push_str(p),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn write_formatted(text: &str, f: &Formatting, out: &mut String) {
    let mut close = Vec::new();
    let mut open = |tag: &'static str, out: &mut String| {
        out.push_str(tag);
        close.push(tag);
    };
    if f.font_style == FontStyle::Italic {
        open("<i>", out);
    }
    if f.font_weight == FontWeight::Bold {
        open("<b>", out);
    }
    if f.font_variant == FontVariant::SmallCaps {
        open("<span class=\"sc\">", out);
    }
    match f.vertical_align {
        VerticalAlign::Sup => open("<sup>", out),
        VerticalAlign::Sub => open("<sub>", out),
        _ => {}
    }
    out.push_str(&escape_html(text));
    for tag in close.iter().rev() {
        out.push_str(match *tag {
            "<i>" => "</i>",
            "<b>" => "</b>",
            "<sup>" => "</sup>",
            "<sub>" => "</sub>",
            _ => "</span>",
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_get_their_capitals_back() {
        let words =
            protected_words(["Global NATO", "NATO’s partners and the IP4", "McDonald"].into_iter());
        assert_eq!(words, ["IP4", "McDonald", "NATO"]);
        assert_eq!(
            restore_case("Global Nato, Nato’s Ip4 Mcdonald nation", &words),
            "Global NATO, NATO’s IP4 McDonald nation"
        );
        assert_eq!(
            restore_case("at https://www.nato.int/x.", &words),
            "at https://www.nato.int/x."
        );
    }
}
