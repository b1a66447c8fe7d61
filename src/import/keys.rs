//! Citation keys for imported works: first author's family name (or an institution's initials,
//! or the outlet), year, first significant word of the title; lower-case ASCII; unique.

use std::collections::BTreeSet;

use super::reference::Reference;
use crate::model::Name;

#[rustfmt::skip]
const STOPWORDS: [&str; 28] = [
    "a", "an", "the", "of", "on", "in", "and", "to", "for", "at", "by", "with", "from", "is",
    "are", "la", "le", "les", "l", "el", "los", "las", "der", "die", "das", "de", "du", "des",
];

/// `Wæver` → `waever`, `Le Corre` → `lecorre`.
fn ascii_word(text: &str) -> String {
    crate::text::slugify(text).replace('-', "")
}

/// `Ministry of Foreign Affairs of Japan` → `mfaj`; `NATO` → `nato`.
fn institution_word(literal: &str) -> String {
    let words: Vec<&str> = literal.split_whitespace().collect();
    if words.len() == 1 {
        return ascii_word(literal);
    }
    let initials: String = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    ascii_word(&initials)
}

fn creator_word(r: &Reference) -> String {
    match r.creators().first() {
        Some(Name::Person { family, .. }) => ascii_word(family),
        Some(Name::Institution { literal }) => institution_word(literal),
        None => {
            let outlet = ["container-title", "publisher"]
                .iter()
                .find_map(|f| r.field(f));
            match outlet {
                Some(o) if o.split_whitespace().count() == 1 => ascii_word(o),
                Some(o) => institution_word(o),
                None => String::new(),
            }
        }
    }
}

fn title_word(r: &Reference, skip: &str) -> String {
    let title = r.title.as_deref().unwrap_or("");
    title
        .split(|c: char| c.is_whitespace() || c == '–' || c == '-' || c == '/')
        .map(|w| {
            ascii_word(
                w.trim_end_matches(['’', '\'', ',', '.', ':'])
                    .trim_end_matches("’s")
                    .trim_end_matches("'s"),
            )
        })
        .find(|w| {
            !w.is_empty()
                && !STOPWORDS.contains(&w.as_str())
                && w != skip
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .unwrap_or_default()
}

/// The key of `r`, unique among `taken` (which it joins).
pub fn assign_key(r: &Reference, taken: &mut BTreeSet<String>) -> String {
    let who = creator_word(r);
    let year = r.issued.map(|d| d.year.to_string()).unwrap_or_default();
    let word = title_word(r, &who);
    let mut base: String = format!("{who}{year}{word}").chars().take(40).collect();
    if base.is_empty() || !base.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        base = format!("work{base}");
    }
    let mut key = base.clone();
    let mut suffix = b'b';
    while taken.contains(&key) {
        key = if suffix <= b'z' {
            format!("{base}{}", suffix as char)
        } else {
            format!("{base}{}", suffix as usize)
        };
        suffix = suffix.saturating_add(1);
    }
    taken.insert(key.clone());
    key
}

#[cfg(test)]
mod tests {
    use super::super::reference::parse_reference;
    use super::*;

    fn key(text: &str, taken: &mut BTreeSet<String>) -> String {
        assign_key(&parse_reference(text, false).unwrap().reference, taken)
    }

    #[test]
    fn family_year_word_unique_ascii() {
        let mut taken = BTreeSet::new();
        assert_eq!(
            key(
                "Rajan Menon, The end of alliances (New York: Oxford University Press, 2007).",
                &mut taken
            ),
            "menon2007end"
        );
        assert_eq!(
            key(
                "Rajan Menon, The end of alliances (New York: Oxford University Press, 2007).",
                &mut taken
            ),
            "menon2007endb"
        );
        assert_eq!(
            key(
                "Philippe Le Corre, Wæver’s Europe (Paris: Seuil, 2016).",
                &mut taken
            ),
            "lecorre2016waever"
        );
        assert_eq!(key("Ministry of Foreign Affairs of Japan, National Security Strategy, December 16, 2022, https://www.mofa.go.jp/a", &mut taken), "mfaj2022national");
        assert_eq!(key("“Factbox: Moscow-Beijing partnership,” Reuters, 4 February 2022, https://www.reuters.com/a", &mut taken), "reuters2022factbox");
    }
}
