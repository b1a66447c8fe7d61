//! What Chicago prints between a book's title and its parenthesis: `trans. A`, `translated by
//! A`, `5 vols.`, `10th ed.`, `rev. ed.`, and a document's bare number (`A/RES/70/1`,
//! `COM(2021) 66 final`; see [`super::codes`]). Each ends the title and belongs to the reference.

use super::tail::Tail;

/// One such detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// Translators add no name to the work (the oracle's and CSL-M's usual reading of notes).
    Translated,
    Volumes(String),
    Edition(String),
    Number(String),
}

impl Detail {
    pub fn apply(self, t: &mut Tail) {
        match self {
            Detail::Translated => {}
            Detail::Volumes(n) => t.volumes = Some(n),
            Detail::Edition(e) => t.edition = Some(e),
            Detail::Number(n) => t.number = Some(n),
        }
    }
}

/// The detail at the start of `text` and the bytes it takes.
pub fn detail_at(text: &str) -> Option<(Detail, usize)> {
    for lead in [
        "trans. ",
        "translated by ",
        "Translated by ",
        // Spanish, Portuguese, French.
        "trad. de ",
        "trad. ",
        "traducción de ",
        "tradução de ",
        "traduit par ",
    ] {
        if let Some(after) = text.strip_prefix(lead) {
            // The translators run to the next comma or parenthesis.
            let end = after.find([',', '(', ';']).unwrap_or(after.len());
            return Some((
                Detail::Translated,
                lead.len() + after[..end].trim_end().len(),
            ));
        }
    }
    if text.starts_with("rev. ed.") {
        return Some((Detail::Edition("rev.".into()), "rev. ed.".len()));
    }
    let word_end = text.find(char::is_whitespace).unwrap_or(text.len());
    let word = &text[..word_end];
    let next = text[word_end..].trim_start();
    let next_len = text.len() - next.len();
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        if next.starts_with("vols.") && digits.len() == word.len() {
            return Some((Detail::Volumes(digits), next_len + "vols.".len()));
        }
        let ordinal = ["st", "nd", "rd", "th"].contains(&&word[digits.len()..]);
        if ordinal && next.starts_with("ed.") {
            return Some((Detail::Edition(digits), next_len + "ed.".len()));
        }
    }
    super::codes::code_at(text).map(|len| (Detail::Number(text[..len].to_string()), len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translators_volumes_editions_and_numbers() {
        let (d, len) = detail_at("trans. E. C. Otté, 5 vols. (London").unwrap();
        assert_eq!((d, len), (Detail::Translated, "trans. E. C. Otté".len()));
        assert_eq!(
            detail_at("5 vols. (London").unwrap(),
            (Detail::Volumes("5".into()), 7)
        );
        assert_eq!(
            detail_at("10th ed., 2 vols.").unwrap(),
            (Detail::Edition("10".into()), 8)
        );
        assert_eq!(
            detail_at("A/RES/70/1 (October").unwrap(),
            (Detail::Number("A/RES/70/1".into()), 10)
        );
        assert!(detail_at("12/03/2019").is_none());
        assert!(detail_at("5 people").is_none());
    }
}
