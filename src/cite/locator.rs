//! Locators: the part of a citation that points into a work (`48`, `pp. 33–35`, `chap. 1`).

/// What a locator counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocatorLabel {
    Page,
    Chapter,
    Issue,
    Section,
    Volume,
    Paragraph,
    Figure,
    Note,
    Line,
    Column,
    Table,
    Part,
    /// A leaf of a manuscript or an archive's volume (`fol. 14v`).
    Folio,
    /// An article of a law, a treaty or a regulation (`art. 4`).
    Article,
}

/// Written labels and what they mean; the longest match wins.
const LABELS: [(&str, LocatorLabel); 33] = [
    ("pp.", LocatorLabel::Page),
    ("p.", LocatorLabel::Page),
    ("pages", LocatorLabel::Page),
    ("page", LocatorLabel::Page),
    ("chap.", LocatorLabel::Chapter),
    ("ch.", LocatorLabel::Chapter),
    ("chapter", LocatorLabel::Chapter),
    ("no.", LocatorLabel::Issue),
    ("number", LocatorLabel::Issue),
    ("sec.", LocatorLabel::Section),
    ("section", LocatorLabel::Section),
    ("§", LocatorLabel::Section),
    ("vol.", LocatorLabel::Volume),
    ("volume", LocatorLabel::Volume),
    ("para.", LocatorLabel::Paragraph),
    ("¶", LocatorLabel::Paragraph),
    ("fig.", LocatorLabel::Figure),
    ("figure", LocatorLabel::Figure),
    ("n.", LocatorLabel::Note),
    ("nn.", LocatorLabel::Note),
    ("note", LocatorLabel::Note),
    ("l.", LocatorLabel::Line),
    ("line", LocatorLabel::Line),
    ("col.", LocatorLabel::Column),
    ("tbl.", LocatorLabel::Table),
    ("table", LocatorLabel::Table),
    ("pt.", LocatorLabel::Part),
    ("fol.", LocatorLabel::Folio),
    ("fols.", LocatorLabel::Folio),
    ("folio", LocatorLabel::Folio),
    ("art.", LocatorLabel::Article),
    ("arts.", LocatorLabel::Article),
    ("article", LocatorLabel::Article),
];

/// `chap. 1` is `Locator { label: Chapter, value: "1" }`; a bare `48` is a page.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locator {
    pub label: LocatorLabel,
    pub value: String,
}

/// Splits the text after `@key,` into a locator and the suffix prose after it.
pub fn split_locator(text: &str) -> (Option<Locator>, String) {
    let text = text.trim();
    let (label, rest) = match_label(text);
    let mut value_end = 0;
    let mut tokens = rest.split_inclusive(char::is_whitespace).peekable();
    let mut consumed = 0;
    while let Some(token) = tokens.next() {
        let word = token.trim();
        if word.is_empty() || !is_locator_word(word) {
            break;
        }
        consumed += token.len();
        value_end = consumed - (token.len() - token.trim_end().len());
        // A value ends at a word that does not end in a list separator (`33, 40`).
        if !word.ends_with(',') && !matches!(tokens.peek().map(|t| t.trim()), Some("-" | "–")) {
            break;
        }
    }
    let value = rest[..value_end].trim().trim_end_matches(',').to_string();
    if value.is_empty() {
        return (None, text.to_string());
    }
    let suffix = rest[value_end..].trim().to_string();
    (
        Some(Locator {
            label: label.unwrap_or(LocatorLabel::Page),
            value,
        }),
        suffix,
    )
}

fn match_label(text: &str) -> (Option<LocatorLabel>, &str) {
    let lower = text.to_lowercase();
    LABELS
        .iter()
        .filter(|(written, _)| {
            lower.starts_with(written)
                && lower[written.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_whitespace() || c.is_ascii_digit())
        })
        .max_by_key(|(written, _)| written.len())
        .map(|(written, label)| (Some(*label), text[written.len()..].trim_start()))
        .unwrap_or((None, text))
}

/// `48`, `33–35`, `xii`, `4-21,`, `i–iii`: numbers, roman numerals and ranges.
fn is_locator_word(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    if word.is_empty() {
        return false;
    }
    // `33(1)`, `1A(2)(b)`: a provision and its sub-provisions in parentheses.
    let provision = |part: &str| {
        let (head, subs) = part.split_at(part.find('(').unwrap_or(part.len()));
        head.starts_with(|c: char| c.is_ascii_digit())
            && head.chars().all(|c| c.is_ascii_alphanumeric())
            && !subs.is_empty()
            && subs
                .strip_prefix('(')
                .and_then(|s| s.strip_suffix(')'))
                .is_some_and(|inner| {
                    inner
                        .split(")(")
                        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
                })
    };
    let is_part = |part: &str| {
        !part.is_empty()
            && (part.chars().all(|c| c.is_ascii_digit())
                || part.chars().all(|c| "ivxlcdm".contains(c))
                || part.chars().all(|c| "IVXLCDM".contains(c))
                || (part.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'))
                || provision(part))
    };
    word.split(['-', '–', '—', ':'])
        .all(|p| p.is_empty() || is_part(p))
        && word.chars().any(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (Option<(LocatorLabel, String)>, String) {
        let (l, s) = split_locator(text);
        (l.map(|l| (l.label, l.value)), s)
    }

    #[test]
    fn bare_number_is_a_page() {
        assert_eq!(
            split("48"),
            (Some((LocatorLabel::Page, "48".into())), "".into())
        );
    }

    #[test]
    fn labelled_ranges_and_suffixes() {
        assert_eq!(
            split("pp. 33–35"),
            (Some((LocatorLabel::Page, "33–35".into())), "".into())
        );
        assert_eq!(
            split("chap. 1"),
            (Some((LocatorLabel::Chapter, "1".into())), "".into())
        );
        assert_eq!(
            split("no. 2"),
            (Some((LocatorLabel::Issue, "2".into())), "".into())
        );
        assert_eq!(
            split("12 and passim"),
            (Some((LocatorLabel::Page, "12".into())), "and passim".into())
        );
        assert_eq!(
            split("33, 40"),
            (Some((LocatorLabel::Page, "33, 40".into())), "".into())
        );
        // A manuscript's leaf, recto or verso.
        assert_eq!(
            split("fol. 14v"),
            (Some((LocatorLabel::Folio, "14v".into())), "".into())
        );
        assert_eq!(
            split("art. 4"),
            (Some((LocatorLabel::Article, "4".into())), "".into())
        );
    }

    #[test]
    fn prose_without_locator_is_suffix() {
        assert_eq!(split("emphasis added"), (None, "emphasis added".into()));
    }

    #[test]
    fn provisions_with_sub_provisions() {
        assert_eq!(
            split("art. 12(3)"),
            (Some((LocatorLabel::Article, "12(3)".into())), "".into())
        );
        assert_eq!(
            split("sec. 4B(2)(c), as amended"),
            (
                Some((LocatorLabel::Section, "4B(2)(c)".into())),
                "as amended".into()
            )
        );
        assert_eq!(split("art. (3)"), (None, "art. (3)".into()));
    }
}
