//! Author lists as notes print them: "A and B", "A, B, and C", "A et al.", "Family, Given",
//! institutions ("NATO", "Ministry of Foreign Affairs of Japan") and editors ("eds.").

pub use super::institutions::parse_institution;
use crate::model::Name;

/// The names before a title, and what was said about them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NameList {
    pub names: Vec<Name>,
    /// "et al.": more authors than the note names.
    pub et_al: bool,
    /// "eds.": the names are editors.
    pub editors: bool,
    /// Judgement calls worth a look, for the report.
    pub unsure: Vec<String>,
    /// `A with B`: the names from this position on are co-authors "with" whom the first wrote;
    /// a short form may print the first names alone.
    pub with_from: Option<usize>,
}

/// Lower-case particles that belong to a family name ("van der Berg", "de Gaulle").
#[rustfmt::skip]
const PARTICLES: [&str; 25] = [
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le", "dos",
    "das", "do", "ter", "ten", "zu", "bin", "ibn", "al", "el", "y", "te",
];

/// Capitalised words that start sentences or titles, never names.
#[rustfmt::skip]
const NOT_NAMES: [&str; 56] = [
    "the", "a", "an", "in", "on", "for", "see", "also", "and", "but", "this", "that", "these",
    "those", "ibid", "cf", "furthermore", "however", "additionally", "moreover", "indeed", "note",
    "compare", "there", "it", "its", "as", "at", "by", "from", "with", "of", "to", "thus", "hence",
    "while", "when", "where", "which", "who", "what", "why", "how", "some", "many", "most",
    "other", "others", "such", "both", "each", "for", "recent", "on", "our", "after",
];

/// The articles, prepositions and conjunctions a title in headline case keeps in lower case.
pub fn is_minor_word(word: &str) -> bool {
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
        "with", "from", "into", "over", "under", "against", "as", "via", "per", "vs.", "v.",
    ]
    .contains(&word.trim_end_matches([',', ':', ';']))
}

/// `G.`, `H.D.P.`, `J.-P.`: an initial.
pub fn is_initial(word: &str) -> bool {
    word.ends_with('.')
        && word.chars().count() <= 6
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-')
}

/// A word that may be part of a person's name.
pub fn is_name_word(word: &str) -> bool {
    // "al-Bīrūnī", "el-Sayed": an Arabic article joined to the name.
    let word = ["al-", "el-", "ad-", "as-", "an-", "ash-", "az-"]
        .iter()
        .find_map(|a| word.strip_prefix(a))
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .unwrap_or(word);
    // "d’Estaing", "dell’Acqua", "l’Hospital": an elided particle joined to the name.
    let word = elided_particle_joined(word).unwrap_or(word);
    let Some(first) = word.chars().next() else {
        return false;
    };
    first.is_uppercase()
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\''))
        && !NOT_NAMES.contains(&word.to_lowercase().as_str())
        && word.chars().count() >= 2
}

/// The name after an elided lower-case particle of one to four letters and an apostrophe
/// (`d’Estaing` gives `Estaing`), if the word is printed so.
fn elided_particle_joined(word: &str) -> Option<&str> {
    let (particle, rest) = word.split_once(['’', '\''])?;
    let short = (1..=4).contains(&particle.chars().count());
    (short && particle.chars().all(char::is_lowercase) && rest.starts_with(char::is_uppercase))
        .then_some(rest)
}

/// An elided article printed as a word of its own, an apostrophe and one lower-case letter
/// (the Dutch `’t` of "van ’t Hoff"): a particle.
fn is_elided_article(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('’' | '\''))
        && chars.next().is_some_and(char::is_lowercase)
        && chars.next().is_none()
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '&')
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(f) => f
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word.to_lowercase().as_str()) || is_elided_article(word)
}

/// A particle however it is capitalised ("von", "De", "te", "Ó"): for comparing family names
/// with and without it ("Humboldt" for "von Humboldt").
pub fn is_any_particle(word: &str) -> bool {
    is_particle(word) || is_capital_particle(word)
}

/// One person's name, in natural order ("Stephen G. Brooks", "Jaap De Wilde"), or family name
/// first where the name shows it ("TANAKA Hiroshi", "Lee Haye-ah"). A single word is a family
/// name alone (short forms). Returns the name and a remark when the split is a guess.
pub fn parse_person(text: &str) -> Option<(Name, Option<String>)> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    let mut suffix = None;
    if words.len() > 2 {
        if let Some(last) = words.last() {
            if ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"].contains(last) {
                suffix = Some(last.to_string());
                words.pop();
            }
        }
    }
    // "de Onis", "te Heesen", "Ó Gráda": particles may lead a family name printed alone.
    let particles_lead = words.len() >= 2
        && (is_particle(words[0])
            || words[..words.len() - 1]
                .iter()
                .all(|w| is_particle(w) || is_capital_particle(w)));
    for (i, w) in words.iter().enumerate() {
        let particle_ok =
            (i > 0 || particles_lead) && i + 1 < words.len() && (is_particle(w) || *w == "Ó");
        if !(is_name_word(w) || is_initial(w) || particle_ok) {
            return None;
        }
    }
    let person = |family: String, given: Vec<&str>| Name::Person {
        family,
        given: (!given.is_empty()).then(|| given.join(" ")),
        particle: None,
        suffix: suffix.clone(),
    };
    if words.len() == 1 {
        return (!is_initial(words[0])).then(|| (person(words[0].to_string(), vec![]), None));
    }
    let last = words.len() - 1;
    // A family name in capitals, before or after the given names.
    let caps: Vec<usize> = (0..words.len())
        .filter(|i| is_all_caps(words[*i]))
        .collect();
    if caps.len() == 1 && (caps[0] == 0 || caps[0] == last) {
        let i = caps[0];
        let given: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, w)| *w)
            .collect();
        let note = format!(
            "“{}”: family name {} (in capitals)",
            text.trim(),
            title_case(words[i])
        );
        return Some((person(title_case(words[i]), given), Some(note)));
    }
    // A romanised East Asian given name with a lower-case syllable ("Haye-ah") after the family name.
    if words.len() == 2 && !words[0].contains('-') && korean_given(words[1]) {
        let note = format!("“{}”: family name first ({})", text.trim(), words[0]);
        return Some((person(words[0].to_string(), vec![words[1]]), Some(note)));
    }
    if super::pinyin::order(&words) == Some(super::pinyin::Order::FamilyFirst) {
        let note = format!(
            "“{}”: family name first ({}, by its Pinyin syllables)",
            text.trim(),
            words[0]
        );
        return Some((person(words[0].to_string(), vec![words[1]]), Some(note)));
    }
    if words[last].ends_with('.') || is_initial(words[last]) {
        return None;
    }
    // "De la Cruz", "Van der Berg" alone (a short form): particles and a family name, no given
    // name; "de la Cruz Pérez": a lower-case particle opens a family name printed alone.
    if words[..last]
        .iter()
        .all(|w| is_particle(w) || is_capital_particle(w))
        || is_particle(words[0])
    {
        return Some((person(words.join(" "), vec![]), None));
    }
    // Four words or more, none an initial or a particle: one given name and a family name of
    // several words, as Iberian and compound names print ("Alena Vysotskaya Guedes Vieira").
    if words.len() >= 4 && !words.iter().any(|w| is_initial(w) || is_particle(w)) {
        let note = format!(
            "“{}”: family name taken as {} (could be {})",
            text.trim(),
            words[1..].join(" "),
            words[last]
        );
        return Some((person(words[1..].join(" "), vec![words[0]]), Some(note)));
    }
    // "María de la Cruz Pérez", "José Ortega y Gasset": a lower-case particle inside a name
    // opens its family name (the "y" that joins two family names, the one before it).
    if let Some(i) = (1..last).find(|&i| is_particle(words[i])) {
        let start = if words[i] == "y" { i - 1 } else { i };
        if start >= 1 && words[start..].iter().filter(|w| !is_particle(w)).count() >= 2 {
            let family = words[start..].join(" ");
            let note = format!(
                "“{}”: family name taken as {family} (particles open it)",
                text.trim()
            );
            return Some((person(family, words[..start].to_vec()), Some(note)));
        }
    }
    let mut start = last;
    while start > 1 && (is_particle(words[start - 1]) || is_capital_particle(words[start - 1])) {
        start -= 1;
    }
    let family = words[start..].join(" ");
    let given = words[..start].to_vec();
    let note =
        (given.len() >= 2 && !given.iter().any(|g| is_initial(g)) && start == last).then(|| {
            format!(
                "“{}”: family name taken as {} (could be {})",
                text.trim(),
                family,
                words[start - 1..].join(" ")
            )
        });
    Some((person(family, given), note))
}

fn is_capital_particle(word: &str) -> bool {
    [
        "De", "Le", "La", "Van", "Von", "Di", "Da", "Du", "Del", "Della", "Des", "Dos", "Ter",
        "El", "Al", "Te", "Ó", "Ní", "Mac",
    ]
    .contains(&word)
}

fn korean_given(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(a, b)| !a.is_empty() && b.starts_with(|c: char| c.is_lowercase()))
}

/// A list of authors or editors. `allow_family_only` accepts names of one word
/// ("Aronsson and Swaney"), as short forms print them.
pub fn parse_name_list(text: &str, allow_family_only: bool) -> Option<NameList> {
    let mut list = NameList::default();
    let mut t = text.trim().trim_end_matches([',', ';', ':']).trim();
    for marker in [
        ", eds.",
        " (eds.)",
        " (eds)",
        ", eds",
        " eds.",
        ", ed.",
        " (ed.)",
        ", editors",
        " (Eds.)",
        ", Eds.",
        // Spanish and Portuguese compilers, coordinators, organisers of a volume.
        ", comps.",
        ", comp.",
        " (comps.)",
        " (comp.)",
        ", coords.",
        ", coord.",
        " (coords.)",
        " (coord.)",
        ", orgs.",
        ", org.",
        " (orgs.)",
        " (org.)",
    ] {
        if let Some(rest) = strip_suffix_ci(t, marker) {
            t = rest.trim().trim_end_matches(',').trim();
            list.editors = true;
            break;
        }
    }
    for marker in [", et al.", " et al.", " et al", ", et al"] {
        if let Some(rest) = t.strip_suffix(marker) {
            t = rest.trim();
            list.et_al = true;
            break;
        }
    }
    // A full stop closing the list, unless it ends an initial.
    if t.ends_with('.') && !t.split_whitespace().last().is_some_and(is_initial) {
        t = t[..t.len() - 1].trim_end();
    }
    if t.is_empty() {
        return None;
    }
    // "X (XI) and ICF": two institutions, when both halves are one, at whichever "and" cuts
    // them so ("European Commission and High Representative … for Foreign Affairs and
    // Security Policy").
    // An "and" after an adjective joins two adjectives of one name ("Committee for Scientific
    // and Technical Research"), not two institutions.
    let pair = t.match_indices(" and ").find_map(|(k, sep)| {
        if t[..k].split_whitespace().last().is_some_and(adjective_like) {
            return None;
        }
        Some([
            parse_institution(&t[..k])?,
            parse_institution(&t[k + sep.len()..])?,
        ])
    });
    if let Some(both) = pair {
        list.names.extend(both);
        return Some(list);
    }
    if let Some(institution) = parse_institution(t) {
        list.names.push(institution);
        return Some(list);
    }
    let pieces = split_names(t);
    if pieces.is_empty() {
        return None;
    }
    let one_word = |p: &str| p.split_whitespace().count() == 1;
    let given_like = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        !words.is_empty()
            && words.len() <= 3
            && words.iter().all(|w| is_name_word(w) || is_initial(w))
    };
    let mut start = 0;
    // "Family, Given" for the first name, the rest in natural order.
    if pieces.len() >= 2
        && (one_word(pieces[0].0) || pieces[0].0.starts_with(|c: char| c.is_lowercase()))
        && !pieces[1].1
        && given_like(pieces[1].0)
        && (pieces.len() == 2 || pieces[2..].iter().all(|p| !one_word(p.0)))
        && parse_institution(pieces[0].0).is_none()
    {
        let family_ok = pieces[0]
            .0
            .split_whitespace()
            .all(|w| is_name_word(w) || is_particle(w));
        if family_ok {
            list.names.push(Name::Person {
                family: pieces[0].0.to_string(),
                given: Some(pieces[1].0.to_string()),
                particle: None,
                suffix: None,
            });
            start = 2;
        }
    }
    for (piece, _) in &pieces[start..] {
        if let Some(institution) = parse_institution(piece) {
            list.names.push(institution);
            continue;
        }
        // After an institution comes its document's title, not a person.
        if list.names.first().is_some_and(Name::is_institution) {
            return None;
        }
        // `Ana Ruiz (Special Envoy for Rivers)`: a person's office after the name is no name.
        let (piece, role) = match piece.split_once(" (") {
            Some((name, rest))
                if rest.ends_with(')')
                    && rest.starts_with(char::is_uppercase)
                    && rest.split_whitespace().count() >= 2
                    && !rest.contains(|c: char| c.is_ascii_digit()) =>
            {
                (name, Some(&rest[..rest.len() - 1]))
            }
            _ => (*piece, None),
        };
        let (name, note) = parse_person(piece)?;
        if let Some(role) = role {
            list.unsure
                .push(format!("“{piece}”: “{role}” read as an office, not a name"));
        }
        if one_word(piece) && !allow_family_only && !matches!(name, Name::Institution { .. }) {
            return None;
        }
        list.names.extend([name]);
        list.unsure.extend(note);
    }
    super::pinyin::list_order(&mut list, &pieces[start..]);
    if let Some((i, _)) = with_co_author(t) {
        list.with_from = parse_name_list(&t[..i], true).map(|before| before.names.len());
    }
    Some(list)
}

/// A capitalised English word with an adjective's ending ("Economic", "Technical",
/// "Monetary", "Legislative", "Various", "Canadian", "Northern"), as in the coordinated
/// adjectives of an institution's name.
fn adjective_like(word: &str) -> bool {
    let w = word.to_lowercase();
    w.chars().count() >= 5
        && word.starts_with(char::is_uppercase)
        && ["ic", "al", "ary", "ive", "ous", "ian", "ern"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// Splits "A, B, and C" / "A and B" / "A & B" into names, each marked when "and" led it.
fn split_names(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for piece in text.split(", ") {
        let mut rest = piece.trim();
        let mut after_and = false;
        for lead in ["and ", "& "] {
            if let Some(r) = rest.strip_prefix(lead) {
                rest = r.trim();
                after_and = true;
            }
        }
        let mut parts = split_on_and(rest);
        if let Some(first) = parts.first_mut() {
            first.1 |= after_and;
        }
        out.extend(parts.drain(..).filter(|(p, _)| !p.is_empty()));
    }
    out
}

fn split_on_and(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut after_and = false;
    loop {
        let cut = [" and ", " & "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
            .chain(with_co_author(rest))
            .min();
        match cut {
            Some((i, len)) => {
                out.push((rest[..i].trim(), after_and));
                rest = &rest[i + len..];
                after_and = true;
            }
            None => {
                out.push((rest.trim(), after_and));
                return out;
            }
        }
    }
}

/// `Ana Ruiz Soto with Pedro Lima`: a co-author "with" whom a book was written (a testimony, a
/// memoir). Only between two full names: "with" inside a title ("Living with Rivers") joins
/// single words.
fn with_co_author(text: &str) -> Option<(usize, usize)> {
    let i = text.find(" with ")?;
    let before = &text[..i];
    let after = &text[i + " with ".len()..];
    let after = after.split(" and ").next().unwrap_or(after);
    let full = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        words.len() >= 2
            && words
                .iter()
                .all(|w| is_name_word(w) || is_initial(w) || is_particle(w))
    };
    (full(before) && full(after)).then_some((i, " with ".len()))
}

fn strip_suffix_ci<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(suffix)).then(|| &text[..cut])
}

/// Folded family names (or institution names) for matching works.
pub fn families(names: &[Name]) -> Vec<String> {
    names
        .iter()
        .map(|n| match n {
            Name::Person {
                family, particle, ..
            } => super::scan::alnum_fold(&format!("{}{family}", particle.as_deref().unwrap_or(""))),
            Name::Institution { literal } => super::scan::alnum_fold(literal),
        })
        .collect()
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
