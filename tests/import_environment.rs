//! A second set of notes, in environmental history (tests/data/import/), for the cases the
//! seed lacks: Ibid. with and without a locator, short forms of two works with the same title
//! by different authors, diacritics, particles ("van der Berg", "Le Corre"), family names
//! first ("TANAKA Hiroshi", "Martínez-Alier, Juan", "Liu Ts’ui-jung"), edited volumes and
//! their chapters, a repeated full reference, references embedded in prose.

mod common;
mod import_support;

use std::collections::BTreeMap;

use common::*;
use dossier::model::Name;
use import_support::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Oracle {
    works: BTreeMap<String, serde::de::IgnoredAny>,
    locators: BTreeMap<u32, Vec<Option<String>>>,
}

fn oracle() -> Oracle {
    serde_yaml::from_str(&read(
        repo().join("tests/data/import/environmental-history-expected.yaml"),
    ))
    .unwrap()
}

fn imported() -> Imported {
    let notes = read(repo().join("tests/data/import/environmental-history-notes.txt"));
    Imported::new(&notes, "notes.txt", "environment")
}

/// The key of the imported work with this title whose first name has this family name.
fn key(i: &Imported, title: &str, family: &str) -> String {
    i.works()
        .into_iter()
        .find(|w| {
            w.title() == title
                && w.creators().next().is_some_and(|(_, n)| match n {
                    Name::Person { family: f, .. } => f == family,
                    Name::Institution { literal } => literal == family,
                })
        })
        .map(|w| w.key)
        .unwrap_or_else(|| panic!("no work “{title}” by {family}"))
}

fn person(family: &str, given: &str) -> Name {
    Name::Person {
        family: family.into(),
        given: Some(given.into()),
        particle: None,
        suffix: None,
    }
}

fn cite(key: &str, locator: Option<&str>) -> (String, Option<String>) {
    (key.to_string(), locator.map(str::to_string))
}

/// The figures of this set are printed and asserted by `tests/import.rs`; here, the exact
/// locators of every note.
#[test]
fn every_locator_of_the_oracle() {
    let i = imported();
    let o = oracle();
    let notes = i.notes();
    for (n, expected) in &o.locators {
        let got: Vec<Option<String>> = notes[n].iter().map(|(_, l)| l.clone()).collect();
        assert_eq!(&got, expected, "locators of note {n}");
    }
    assert_eq!(i.works().len(), o.works.len());
}

#[test]
fn ibid_without_a_locator_cites_the_work_of_the_note_before() {
    let i = imported();
    let notes = i.notes();
    let cronon = key(
        &i,
        "Nature’s Metropolis: Chicago and the Great West",
        "Cronon",
    );
    assert_eq!(notes[&2], vec![cite(&cronon, None)]);
    let white = key(&i, "The Nationalization of Nature", "White");
    assert_eq!(notes[&22], vec![cite(&white, None)]);
}

#[test]
fn ibid_with_a_locator_keeps_the_page_on_the_citation_not_the_work() {
    let i = imported();
    let notes = i.notes();
    let cronon = key(
        &i,
        "Nature’s Metropolis: Chicago and the Great West",
        "Cronon",
    );
    assert_eq!(notes[&3], vec![cite(&cronon, Some("97"))]);
    let elvin = key(
        &i,
        "Sediments of Time: Environment and Society in Chinese History",
        "Elvin",
    );
    assert_eq!(notes[&14], vec![cite(&elvin, Some("112"))]);
    assert_eq!(
        i.work(&cronon).field("page"),
        None,
        "a pinpoint is not the work's extent"
    );
    assert!(
        i.report().contains("note 3: “Ibid., 97” →"),
        "{}",
        i.report()
    );
}

#[test]
fn short_forms_of_two_works_with_the_same_title_by_different_authors() {
    let i = imported();
    let notes = i.notes();
    let worster = key(&i, "The Dust Bowl", "Worster");
    let sutter = key(&i, "The Dust Bowl", "Sutter");
    assert_ne!(worster, sutter);
    assert_eq!(notes[&9], vec![cite(&worster, None)]);
    assert_eq!(notes[&10], vec![cite(&sutter, None)]);
    assert_eq!(notes[&11], vec![cite(&worster, Some("15"))]);
    assert_eq!(notes[&12], vec![cite(&sutter, Some("4"))]);
}

#[test]
fn names_with_diacritics_are_kept_and_keys_are_ascii() {
    let i = imported();
    let angstrom = key(&i, "Arktiska landskap", "Ångström");
    assert_eq!(angstrom, "angstrom2011arktiska");
    assert_eq!(
        i.work(&angstrom).names_in("author"),
        &[person("Ångström", "Zoë")]
    );
    let notes = i.notes();
    assert_eq!(
        notes[&19][0],
        cite(&angstrom, Some("80")),
        "the short form “Ångström, …” matches"
    );
    let chapter = i.work(&key(
        &i,
        "Forêts et pouvoir dans la France moderne",
        "Le Corre",
    ));
    assert_eq!(chapter.names_in("author"), &[person("Le Corre", "Élodie")]);
    assert!(chapter.key.is_ascii());
}

#[test]
fn multi_word_family_names_keep_their_particles() {
    let i = imported();
    let dikes = i.work(&key(
        &i,
        "Dikes, Polders and the Dutch State",
        "van der Berg",
    ));
    assert_eq!(dikes.names_in("author"), &[person("van der Berg", "Anna")]);
    assert!(dikes.key.starts_with("vanderberg2008"), "{}", dikes.key);
    let forests = i.work(&key(
        &i,
        "Forêts et pouvoir dans la France moderne",
        "Le Corre",
    ));
    assert!(forests.key.starts_with("lecorre2015"), "{}", forests.key);
}

#[test]
fn family_names_first_in_capitals_inverted_or_romanised() {
    let i = imported();
    let rice = i.work(&key(&i, "Rice, Water and the Meiji State", "Tanaka"));
    assert_eq!(rice.names_in("author"), &[person("Tanaka", "Hiroshi")]);
    let poor = i.work(&key(
        &i,
        "The Environmentalism of the Poor: A Study of Ecological Conflicts and Valuation",
        "Martínez-Alier",
    ));
    assert_eq!(poor.names_in("author"), &[person("Martínez-Alier", "Juan")]);
    let sediments = i.work(&key(
        &i,
        "Sediments of Time: Environment and Society in Chinese History",
        "Elvin",
    ));
    assert_eq!(sediments.names_in("editor")[1], person("Liu", "Ts’ui-jung"));
    let report = i.report();
    assert!(
        report.contains("note 7: “TANAKA Hiroshi”: family name Tanaka"),
        "{report}"
    );
}

#[test]
fn edited_volumes_and_their_chapters() {
    let i = imported();
    let sediments = i.work(&key(
        &i,
        "Sediments of Time: Environment and Society in Chinese History",
        "Elvin",
    ));
    assert_eq!(sediments.csl_type, "book");
    assert!(sediments.names_in("author").is_empty());
    assert_eq!(
        sediments.names_in("editor"),
        &[person("Elvin", "Mark"), person("Liu", "Ts’ui-jung")]
    );
    // "in Book, ed. A and B (Place: Publisher, Year), pages"
    let forests = i.work(&key(
        &i,
        "Forêts et pouvoir dans la France moderne",
        "Le Corre",
    ));
    assert_eq!(forests.csl_type, "chapter");
    assert_eq!(
        forests.field("container-title"),
        Some("Histoire des forêts européennes")
    );
    assert_eq!(
        forests.names_in("editor"),
        &[person("Müller", "Jürgen"), person("Ångström", "Zoë")]
    );
    assert_eq!(forests.field("publisher"), Some("Éditions de la Sorbonne"));
    assert_eq!(forests.field("page"), Some("45–67"));
    // "in A and B (eds.), Book (Place: Publisher, Year), pages"
    let parks = i.work(&key(
        &i,
        "Conservation and Wildlife Management in South African National Parks",
        "Carruthers",
    ));
    assert_eq!(parks.csl_type, "chapter");
    assert_eq!(
        parks.field("container-title"),
        Some("Ecology and Empire: Environmental History of Settler Societies")
    );
    assert_eq!(
        parks.names_in("editor"),
        &[person("Griffiths", "Tom"), person("Robin", "Libby")]
    );
    // "in Book (Place: Publisher, Year), pages", no editors
    let chapter = i.work(&key(&i, "The Dust Bowl", "Worster"));
    assert_eq!(chapter.csl_type, "chapter");
    assert_eq!(chapter.field("page"), Some("12–30"));
}

#[test]
fn a_repeated_full_reference_and_a_short_title_without_its_article_are_one_work() {
    let i = imported();
    let notes = i.notes();
    assert_eq!(
        notes[&24][0].0, notes[&5][1].0,
        "note 24 repeats note 5's second reference"
    );
    let poor = key(
        &i,
        "The Environmentalism of the Poor: A Study of Ecological Conflicts and Valuation",
        "Martínez-Alier",
    );
    assert_eq!(notes[&19][1], cite(&poor, Some("45")));
    assert!(i.report().contains("note 24:"), "{}", i.report());
}

#[test]
fn references_embedded_in_prose_keep_the_prose_around_them() {
    let i = imported();
    let text = i.note_text(17);
    let worster = key(&i, "Dust Bowl: The Southern Plains in the 1930s", "Worster");
    let cunfer = key(
        &i,
        "On the Great Plains: Agriculture and Environment",
        "Cunfer",
    );
    assert_eq!(
        text,
        format!("On the Dust Bowl as a national story, compare [@{worster}] with the regional view of [@{cunfer}, 143]")
    );
    let book = i.work(&key(&i, "Silent Spring", "Carson"));
    assert_eq!(book.csl_type, "book");
    assert_eq!(i.notes()[&16], vec![cite(&book.key, Some("chap. 3"))]);
}
