//! Institutions as authors or publishers: acronyms ("NATO"), news agencies ("Reuters"), and
//! capitalised phrases with a word such as Ministry, Institute or Government.

use crate::model::Name;

/// Words that make a capitalised phrase an institution.
#[rustfmt::skip]
const INSTITUTION_WORDS: [&str; 68] = [
    "ministry", "ministère", "ministerio", "ministerium", "department", "government",
    "gouvernement", "office", "institute", "institut", "institution", "agency", "organization",
    "organisation", "council", "commission", "committee", "association", "society", "foundation",
    "fund", "center", "centre", "university", "college", "bank", "bureau", "service", "authority",
    "parliament", "assembly", "congress", "senate", "court", "secretariat", "union", "league",
    "forum", "network", "programme", "program", "board", "administration", "trust", "academy",
    "archives", "library", "museum", "observatory", "federation", "embassy", "cabinet", "nations",
    "house", "survey", "inc", "ltd", "corporation", "group", "international", "watch",
    "commissioner", "rapporteur", "tribunal", "protectorate", "colony", "territory", "dominion",
];

/// The same words in Spanish and Portuguese, without their accents (`Confederación`,
/// `Comissão`): the names of unions, corporations and commissions in Latin American notes.
#[rustfmt::skip]
const IBERIAN_INSTITUTION_WORDS: [&str; 37] = [
    "confederacion", "confederacao", "federacion", "federacao", "corporacion", "corporacao",
    "comision", "comissao", "comite", "asociacion", "associacao", "sociedad", "sociedade",
    "fundacion", "fundacao", "instituto", "universidad", "universidade", "consejo", "conselho",
    "secretaria", "oficina", "departamento", "gobierno", "governo", "banco", "biblioteca",
    "archivo", "arquivo", "museo", "congreso", "senado", "corte", "junta", "sindicato",
    "confederation", "empresa",
];

/// Nouns that name documents, not bodies: a phrase they head is a title.
#[rustfmt::skip]
const DOCUMENT_NOUNS: [&str; 14] = [
    "treaty", "convention", "protocol", "agreement", "charter", "declaration", "statute",
    "version", "regulation", "directive", "resolution", "constitution", "covenant", "accord",
];

/// Whether a word (any case) is a noun naming a document (`Convention`, `Treaty`).
pub fn is_document_noun(word: &str) -> bool {
    DOCUMENT_NOUNS.contains(&word.to_lowercase().as_str())
}

/// News agencies and outlets that sign pieces.
#[rustfmt::skip]
const AGENCIES: [&str; 12] = [
    "reuters", "bloomberg", "afp", "ap", "aap", "xinhua", "kyodo", "yonhap", "tass", "ansa", "efe",
    "dpa",
];

/// Endings of compound institution nouns.
const COMPOUND_ENDINGS: [&str; 7] = [
    "bibliothek",
    "archiv",
    "ministerium",
    "institut",
    "amt",
    "museum",
    "gericht",
];

/// Endings of compound institution nouns that also end family names ("Fairbank", "Eubank"):
/// they make an institution only after a longer first element ("Bundesbank",
/// "Landeszentralbank", "Notenbank").
const LONG_COMPOUND_ENDINGS: [&str; 1] = ["bank"];

/// Whether a word (lower case) is a compound noun that names a body: `Bundesarchiv`,
/// `Staatsbibliothek`, `Bundesverfassungsgericht`, `Bundesbank`. `min_head` is the least length
/// of the compound's first element.
fn compound_institution_word(bare: &str, min_head: usize) -> bool {
    let head = |e: &str, least: usize| {
        bare.ends_with(e) && bare.chars().count() >= e.chars().count() + least
    };
    COMPOUND_ENDINGS.iter().any(|e| head(e, min_head))
        || LONG_COMPOUND_ENDINGS
            .iter()
            .any(|e| head(e, min_head.max(5)))
}

pub fn is_acronym(w: &str) -> bool {
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    // `BnF`, `DfE`, `CoE`, `StAL`, `ASPo`: an acronym with small letters ends in a capital or
    // opens with two (family names with inner capitals, "McCain", "DeVos", do neither).
    let mixed = upper >= 2
        && w.chars().count() <= 6
        && w.chars().all(char::is_alphabetic)
        && w.starts_with(char::is_uppercase)
        && (w.ends_with(char::is_uppercase) || w.chars().nth(1).is_some_and(char::is_uppercase));
    mixed
        || (w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().count() <= 10
            && w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&'))
}

/// A connecting word of an institution's name (`of`, `de`, `für`).
pub fn is_connector(w: &str) -> bool {
    CONNECTORS.contains(&w)
}

/// `Bibliothèque nationale de France`, `Archivio centrale dello Stato`: a French, Italian,
/// Spanish or Portuguese body's name in sentence case, opened by an institution's noun, whose
/// other lower-case words are adjectives (`nationale`, `centrale`, `municipal`, `publique`).
fn sentence_case_body(words: &[&str]) -> bool {
    const HEADS: [&str; 22] = [
        "bibliotheque",
        "archives",
        "archivio",
        "musee",
        "banque",
        "banca",
        "universite",
        "universita",
        "istituto",
        "institut",
        "societe",
        "societa",
        "academie",
        "accademia",
        "conseil",
        "consiglio",
        "ministere",
        "ministero",
        "biblioteca",
        "archivo",
        "museo",
        "instituto",
    ];
    const ADJECTIVE_ENDINGS: [&str; 12] = [
        "ale", "ales", "al", "aux", "ique", "iques", "ico", "ica", "ici", "iche", "ese", "aria",
    ];
    let Some(first) = words.first() else {
        return false;
    };
    let head = crate::text::fold(first).to_lowercase();
    words.len() >= 2
        && words.len() <= 8
        && first.starts_with(char::is_uppercase)
        && HEADS.contains(&head.as_str())
        && words[1..].iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.starts_with(char::is_uppercase)
                || CONNECTORS.contains(&bare)
                || ["dello", "della", "di", "d’", "d'", "degli", "delle", "des"].contains(&bare)
                || ADJECTIVE_ENDINGS.iter().any(|e| bare.ends_with(e))
        })
        && words[1..]
            .iter()
            .any(|w| w.starts_with(char::is_lowercase) && !CONNECTORS.contains(w))
}

#[rustfmt::skip]
const CONNECTORS: [&str; 30] = [
    "of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "et", "für", "&", "zu",
    "against", "del", "los", "las", "y", "e", "do", "da", "dos", "das", "em", "en", "para", "al",
    "el",
];

/// Whether `acronym` is spelt by the first letters of the capitalised words of `name`, each
/// giving one letter or more (`NIPORT`: National Institute of POpulation Research and
/// Training), a word in capitals giving itself (`UNHCS`: UN High Commissioner for Sailors):
/// then "Name (ACRONYM)" is an institution whatever its words.
pub fn spells(acronym: &str, name: &str) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| {
            crate::text::fold(w)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect()
        })
        .collect();
    let letters: String = crate::text::fold(acronym)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    fn rest(letters: &str, words: &[String]) -> bool {
        let Some((word, others)) = words.split_first() else {
            return letters.is_empty();
        };
        (1..=word.len().min(letters.len())).any(|k| {
            word.is_char_boundary(k)
                && letters.is_char_boundary(k)
                && letters[..k] == word[..k]
                && rest(&letters[k..], others)
        })
    }
    words.len() >= 2 && rest(&letters, &words)
}

/// An institution: an acronym, a news agency, or a capitalised phrase with a word such as
/// Ministry, Institute or Government. "Official website of X" is X.
pub fn parse_institution(text: &str) -> Option<Name> {
    let t = text.trim().trim_end_matches(['.', ',']).trim();
    // `Harbour Health Board (hereafter HHB)`: the short name a note gives the body is no part
    // of its name (later notes may sign with it: an acronym of the name's words).
    if let Some(open) = t.rfind(" (").filter(|_| t.ends_with(')')) {
        let inner = &t[open + 2..t.len() - 1];
        if inner.to_lowercase().starts_with("here")
            && super::tail::defined_short_title(inner).is_some()
        {
            return parse_institution(&t[..open]);
        }
    }
    // `National Institute of … (NIPORT)`: the name, then its acronym in parentheses.
    if let Some(open) = t.rfind(" (").filter(|_| t.ends_with(')')) {
        let acronym = &t[open + 2..t.len() - 1];
        let named = parse_institution(&t[..open]).is_some() || spells(acronym, &t[..open]);
        // `Office of Rail Regulation (Orr)`-like short names in mixed case, spelt by the
        // name's words (`Ofwat`, `Ofsted`), are acronyms too.
        let spelt_word = acronym.chars().all(char::is_alphabetic)
            && acronym.starts_with(char::is_uppercase)
            && acronym.chars().count() >= 3
            && spells(acronym, &t[..open]);
        return ((is_acronym(acronym) || spelt_word) && named).then(|| Name::Institution {
            literal: t.to_string(),
        });
    }
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
        // A compound noun naming a body stands alone (`Bundesverfassungsgericht, Urteil …`).
        let lower = w.to_lowercase();
        let compound = w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && compound_institution_word(&lower, 4);
        return (is_acronym(w) || AGENCIES.contains(&lower.as_str()) || compound)
            .then(institution)
            .flatten();
    }
    // An institution's name has no colon, parenthesis or quotation mark (a title has), nor a
    // document's number (`Directive 2011/95/EU of the Council …` is a title).
    if words.is_empty() || words.len() > 12 || t.contains([':', '(', '“', '"', '?']) {
        return None;
    }
    if words
        .iter()
        .any(|w| w.contains(['/', '_']) && w.contains(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // `Guidelines on Rivers No. 4` is a numbered document; `UNRB, Guidelines on Rivers` is an
    // institution and a title.
    let numbered = words.windows(2).any(|w| {
        matches!(w[0], "No." | "no." | "Nr." | "No")
            && w[1].starts_with(|c: char| c.is_ascii_digit())
    });
    if numbered {
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
        INSTITUTION_WORDS.contains(&bare.as_str())
            || IBERIAN_INSTITUTION_WORDS.contains(&crate::text::fold(&bare).as_str())
            || AGENCIES.contains(&bare.as_str())
            // German compounds: "Staatsbibliothek", "Bundesarchiv", "Umweltbundesamt".
            || compound_institution_word(&bare, 1)
    });
    // `Consolidated Version of the Treaty on …`, `Charter of the Lake Union`: a document's
    // name, when a document's noun and no institution's word heads it (before its first
    // connector); `North Atlantic Treaty Organization` is headed by both and stays a body.
    let head: Vec<String> = words
        .iter()
        .take_while(|w| !CONNECTORS.contains(w))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let headed_by_keyword = head.iter().any(|w| INSTITUTION_WORDS.contains(&w.as_str()));
    let document = !headed_by_keyword && head.iter().any(|w| DOCUMENT_NOUNS.contains(&w.as_str()));
    (((capitalised && keyword && !document) || sentence_case_body(&words)) && words[0] != "See")
        .then(institution)
        .flatten()
}
