//! Institutions as authors or publishers: acronyms ("NATO"), news agencies ("Reuters"), and
//! capitalised phrases with a word such as Ministry, Institute or Government.

use crate::model::Name;

/// Words that make a capitalised phrase an institution.
#[rustfmt::skip]
const INSTITUTION_WORDS: [&str; 58] = [
    "ministry", "ministère", "ministerio", "ministerium", "department", "government",
    "gouvernement", "office", "institute", "institut", "institution", "agency", "organization",
    "organisation", "council", "commission", "committee", "association", "society", "foundation",
    "fund", "center", "centre", "university", "college", "bank", "bureau", "service", "authority",
    "parliament", "assembly", "congress", "senate", "court", "secretariat", "union", "league",
    "forum", "network", "programme", "program", "board", "administration", "trust", "academy",
    "archives", "library", "museum", "observatory", "federation", "embassy", "cabinet", "nations",
    "house", "survey", "inc", "ltd", "corporation",
];

/// News agencies and outlets that sign pieces.
#[rustfmt::skip]
const AGENCIES: [&str; 12] = [
    "reuters", "bloomberg", "afp", "ap", "aap", "xinhua", "kyodo", "yonhap", "tass", "ansa", "efe",
    "dpa",
];

#[rustfmt::skip]
const CONNECTORS: [&str; 14] = [
    "of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "et", "für", "&",
];

/// An institution: an acronym, a news agency, or a capitalised phrase with a word such as
/// Ministry, Institute or Government. "Official website of X" is X.
pub fn parse_institution(text: &str) -> Option<Name> {
    let t = text.trim().trim_end_matches(['.', ',']).trim();
    let lower = t.to_lowercase();
    let t = match lower.strip_prefix("official website of the ") {
        Some(_) => &t["official website of the ".len()..],
        None => t,
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    let institution = || {
        Some(Name::Institution {
            literal: t.to_string(),
        })
    };
    if words.len() == 1 {
        let w = words[0];
        let is_acronym = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().count() <= 10
            && w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&');
        return (is_acronym || AGENCIES.contains(&w.to_lowercase().as_str()))
            .then(institution)
            .flatten();
    }
    // An institution's name has no colon, parenthesis or quotation mark (a title has).
    if words.is_empty() || words.len() > 12 || t.contains([':', '(', '“', '"', '?']) {
        return None;
    }
    let capitalised = words.iter().all(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        bare.is_empty()
            || bare.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || CONNECTORS.contains(&bare)
    });
    let keyword = words.iter().any(|w| {
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        INSTITUTION_WORDS.contains(&bare.as_str()) || AGENCIES.contains(&bare.as_str())
    });
    (capitalised && keyword && words[0] != "See")
        .then(institution)
        .flatten()
}
