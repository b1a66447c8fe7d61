//! Spanish and Portuguese names: a person of three words in natural order ("Jorge Rojas
//! Flores") whose work has a title in Spanish or Portuguese bears two family names, the
//! father's and the mother's, as Iberian and Latin American names do ("Rojas Flores"), unless
//! its names join their two family names with a hyphen ("Puig-Samper"; "Luis Rivera-Ortiz
//! and Ana Lucía Pérez": the list's other names follow that convention).

use super::reference::Reference;
use crate::model::Name;

/// Articles, prepositions and conjunctions of Spanish and Portuguese (none an English word).
#[rustfmt::skip]
const IBERIAN_WORDS: [&str; 31] = [
    "de", "del", "la", "las", "los", "el", "y", "en", "con", "por", "para", "sobre", "entre",
    "desde", "hasta", "e", "do", "da", "dos", "das", "os", "em", "na", "nos", "nas", "um", "uma",
    "com", "pelo", "pela", "ao",
];

/// Articles, prepositions and conjunctions of English.
#[rustfmt::skip]
const ENGLISH_WORDS: [&str; 12] = [
    "the", "of", "and", "in", "on", "for", "to", "an", "with", "from", "by", "at",
];

/// Whether a title reads as Spanish or Portuguese: two of their small words or more, and none
/// of English ("La dictadura de Ibáñez y los sindicatos", not "Labor in Latin America").
pub fn reads_iberian(title: &str) -> bool {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    count(&IBERIAN_WORDS) >= 2 && count(&ENGLISH_WORDS) == 0
}

/// In a reference whose title reads as Spanish or Portuguese, a person read as two given names
/// and one family name ("Jorge Rojas" / "Flores") gets the last given name back in the family
/// name ("Jorge" / "Rojas Flores"); the report says so.
pub fn join_family_names(r: &mut Reference) {
    if !r.title.as_deref().is_some_and(reads_iberian) {
        return;
    }
    let hyphenated = r
        .authors
        .iter()
        .chain(&r.editors)
        .any(|n| matches!(n, Name::Person { family, .. } if family.contains('-')));
    if hyphenated {
        return;
    }
    let mut remarks = Vec::new();
    for name in r.authors.iter_mut().chain(r.editors.iter_mut()) {
        let Name::Person {
            family,
            given: Some(given),
            particle: None,
            suffix: None,
        } = name
        else {
            continue;
        };
        let words: Vec<&str> = given.split_whitespace().collect();
        let plain = |w: &str| super::names::is_name_word(w) && !super::names::is_any_particle(w);
        if words.len() != 2 || family.contains(' ') || !words.iter().all(|w| plain(w)) {
            continue;
        }
        let printed = format!("{given} {family}");
        let joined = format!("{} {family}", words[1]);
        remarks.push((
            printed.clone(),
            format!(
                "“{printed}”: family name taken as {joined} (a Spanish or Portuguese title: two family names; could be {family})"
            ),
        ));
        *family = joined;
        *given = words[0].to_string();
    }
    for (printed, remark) in remarks {
        // The guess made without the title's language gives way to this one.
        r.unsure
            .retain(|u| !u.starts_with(&format!("“{printed}”: family name taken as")));
        r.unsure.push(remark);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_spanish_or_portuguese() {
        assert!(reads_iberian(
            "Los pescadores de Valparaíso y sus cofradías"
        ));
        assert!(reads_iberian("A greve dos estivadores em Santos"));
        assert!(!reads_iberian("Harbour Workers of the Southern Cone"));
        assert!(!reads_iberian("Valparaíso"));
    }

    #[test]
    fn three_words_with_an_iberian_title_are_one_given_and_two_family_names() {
        let mut r = Reference {
            authors: vec![Name::Person {
                family: "Lucero".into(),
                given: Some("Tomás Arce".into()),
                particle: None,
                suffix: None,
            }],
            title: Some("Las cofradías de pescadores en el puerto de Talcahuano".into()),
            unsure: vec![
                "“Tomás Arce Lucero”: family name taken as Lucero (could be Arce Lucero)".into(),
            ],
            ..Reference::default()
        };
        join_family_names(&mut r);
        assert_eq!(
            r.authors[0],
            Name::Person {
                family: "Arce Lucero".into(),
                given: Some("Tomás".into()),
                particle: None,
                suffix: None,
            }
        );
        assert_eq!(r.unsure.len(), 1);
        assert!(r.unsure[0].contains("could be Lucero"), "{:?}", r.unsure);
        // Names whose family names are joined by a hyphen: the others have one.
        let mut hyphens = Reference {
            authors: vec![
                Name::Person {
                    family: "Soto-Vidal".into(),
                    given: Some("Raúl".into()),
                    particle: None,
                    suffix: None,
                },
                Name::Person {
                    family: "Lucero".into(),
                    given: Some("Tomás Arce".into()),
                    particle: None,
                    suffix: None,
                },
            ],
            ..r.clone()
        };
        join_family_names(&mut hyphens);
        assert!(matches!(&hyphens.authors[1], Name::Person { family, .. } if family == "Lucero"));
        // An English title keeps the middle name a given name.
        let mut english = Reference {
            title: Some("Fishermen and the State in Southern Chile".into()),
            ..r.clone()
        };
        english.authors[0] = Name::Person {
            family: "Lucero".into(),
            given: Some("Tomás Arce".into()),
            particle: None,
            suffix: None,
        };
        join_family_names(&mut english);
        assert!(matches!(&english.authors[0], Name::Person { family, .. } if family == "Lucero"));
    }
}
