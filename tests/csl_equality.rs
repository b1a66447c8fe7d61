//! Formatting shortcuts change no byte (issue 14). Every work of the flagship, the fixtures
//! and a generated corpus is formatted in `chicago-notes`, `apa`, `ieee` and a test style that
//! prints every position differently (`tests/fixtures/positions.csl`), as a first
//! note, a short note (subsequent), an ibid, an ibid with another locator, with no locator,
//! a page and a page range, and as a bibliography entry:
//! - by dossier's vendored, patched hayagriva and by the unpatched release
//!   (`hayagriva-upstream`), both through a driver over the shortest sequence of citations
//!   that puts the cite in its position: identical rendered trees (their `Debug` text);
//! - by dossier's engine, which renders the cite alone in the place the sequence gives it
//!   (`hayagriva::citation_at`) and the bibliography entry without the cite before it
//!   (`hayagriva::bibliography_item_at`), and by that upstream sequence: identical trees;
//! - by dossier's stand-in path (one formatting per shape, real locator put back) and by
//!   exact formatting with the real locator: identical HTML.

mod common;

use std::path::Path;

use dossier::cite::{Locator, LocatorLabel};
use dossier::csl::{fill_stand_in, stand_in_for, Engine};
use dossier::model::{Date, Name, Work};
use dossier::resolve::Position;
use hayagriva::citationberg::json::Item;
use rayon::prelude::*;

/// Three bundled styles, and a note style that prints every position differently (Chicago
/// notes prints ibid positions as short notes).
const STYLES: [&str; 4] = [
    "chicago-notes",
    "apa",
    "ieee",
    "tests/fixtures/positions.csl",
];
const POSITIONS: [Position; 4] = [
    Position::First,
    Position::Subsequent,
    Position::Ibid,
    Position::IbidWithLocator,
];

fn locators() -> Vec<Option<Locator>> {
    let page = |value: &str| Locator {
        label: LocatorLabel::Page,
        value: value.into(),
    };
    vec![None, Some(page("12")), Some(page("33–35"))]
}

/// Formats one cite and one bibliography entry with the hayagriva crate `$h`, as
/// `dossier::csl::Engine` does (the same sequence of citations puts the last one in the
/// wanted position), and returns the rendered trees as `Debug` text.
macro_rules! reference_forms {
    ($h:ident, $engine:expr, $item:expr, $position:expr, $locator:expr) => {{
        use $h::{
            BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, LocatorPayload,
            SpecificLocator,
        };
        let (style, cite_style, locales, interposed) = $engine.parts();
        let locale = Some(hayagriva::citationberg::LocaleCode("en-US".into()));
        let located = $locator.map(|l: &Locator| {
            SpecificLocator(
                hayagriva::citationberg::taxonomy::Locator::Page,
                LocatorPayload::Str(&l.value),
            )
        });
        let item: &Item = $item;
        let this = CitationItem::with_locator(item, located.clone());
        let sequence = match $position {
            Position::First => vec![this],
            Position::Ibid => vec![CitationItem::with_locator(item, located.clone()), this],
            Position::IbidWithLocator => vec![CitationItem::with_entry(item), this],
            Position::Subsequent => vec![
                CitationItem::with_entry(item),
                CitationItem::with_entry(interposed),
                this,
            ],
        };
        let mut driver = BibliographyDriver::new();
        for (n, cite) in sequence.into_iter().enumerate() {
            driver.citation(CitationRequest::new(
                vec![cite],
                cite_style,
                locale.clone(),
                locales,
                Some(n + 1),
            ));
        }
        let cites = driver.finish(BibliographyRequest::new(
            cite_style,
            locale.clone(),
            locales,
        ));
        let mut driver = BibliographyDriver::new();
        driver.citation(CitationRequest::new(
            vec![CitationItem::with_entry(item)],
            style,
            locale.clone(),
            locales,
            None,
        ));
        let entry = driver.finish(BibliographyRequest::new(style, locale, locales));
        (
            format!("{:?}", cites.citations.last().map(|c| &c.citation)),
            format!("{:?}", entry.bibliography.map(|b| b.items)),
        )
    }};
}

fn load_works(root: &Path) -> Vec<Work> {
    let config = dossier::config::Config::default();
    dossier::load::load(root, &config)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .works
}

/// Works of every shape the generator below knows: types × names (none, one to four people,
/// an institution, editors) × fields present, titles with acronyms, questions and quotes.
fn generated_works(n: usize) -> Vec<Work> {
    const TYPES: [&str; 9] = [
        "book",
        "chapter",
        "article-journal",
        "article-newspaper",
        "report",
        "webpage",
        "thesis",
        "paper-conference",
        "article-magazine",
    ];
    const TITLES: [&str; 5] = [
        "Alliances and Partnerships in the Indo-Pacific",
        "Why NATO Endures?",
        "The “Hub and Spokes” System Revisited",
        "McDonald’s Road to Brussels: A History",
        "on strategic hedging",
    ];
    const FAMILIES: [&str; 6] = [
        "Nadkarni",
        "Wilkins",
        "van der Berg",
        "Åberg",
        "O’Neil",
        "Li",
    ];
    (0..n)
        .map(|i| {
            let csl_type = TYPES[i % TYPES.len()];
            let person = |k: usize| Name::Person {
                family: FAMILIES[(i + k) % FAMILIES.len()].into(),
                given: (k % 3 != 2).then(|| ["Vidya", "Thomas S.", "Jean-Luc"][k % 3].into()),
                particle: None,
                suffix: (i % 17 == 0 && k == 0).then(|| "Jr.".into()),
            };
            let mut names = Vec::new();
            match i % 7 {
                0 => {}
                1 => names.push((
                    "author".into(),
                    vec![Name::Institution {
                        literal: "North Atlantic Treaty Organization".into(),
                    }],
                )),
                k => names.push(("author".into(), (0..k - 1).map(person).collect())),
            }
            if i % 5 == 0 {
                names.push(("editor".into(), vec![person(3), person(4)]));
            }
            let mut text = std::collections::BTreeMap::new();
            text.insert("title".to_string(), TITLES[i % TITLES.len()].to_string());
            let mut put = |field: &str, value: String, when: bool| {
                if when {
                    text.insert(field.to_string(), value);
                }
            };
            put("title-short", "Alliances".into(), i % 4 == 0);
            put(
                "container-title",
                ["Survival", "The Washington Quarterly", "Foreign Affairs"][i % 3].into(),
                !matches!(csl_type, "book" | "report" | "thesis") || i % 6 == 0,
            );
            put("volume", format!("{}", 10 + i % 40), i % 3 != 1);
            put("issue", format!("{}", 1 + i % 4), i % 2 == 0);
            put("page", format!("{}–{}", 50 + i, 70 + i), i % 3 == 0);
            put("publisher", "Oxford University Press".into(), i % 2 == 1);
            put("publisher-place", "Oxford".into(), i % 4 == 1);
            put("URL", format!("https://example.org/w/{i}"), i % 3 == 2);
            put("DOI", format!("10.1000/xyz{i}"), i % 5 == 3);
            put("edition", "2".into(), i % 11 == 0);
            let mut dates = std::collections::BTreeMap::new();
            if i % 13 != 0 {
                let month = (i % 2 == 0).then_some(1 + (i % 12) as u8);
                dates.insert(
                    "issued".to_string(),
                    Date {
                        year: 1990 + (i % 34) as i32,
                        month,
                        day: month.and(Some(1 + (i % 28) as u8)),
                    },
                );
            }
            if csl_type == "webpage" {
                dates.insert(
                    "accessed".into(),
                    Date {
                        year: 2024,
                        month: Some(3),
                        day: Some(15),
                    },
                );
            }
            Work {
                key: format!("gen{i}"),
                csl_type: csl_type.into(),
                issuing_body: Default::default(),
                names,
                dates,
                text,
                origin: dossier::error::Location::file(Path::new("generated")),
            }
        })
        .collect()
}

fn corpus() -> Vec<Item> {
    let mut works = load_works(&common::repo());
    works.extend(load_works(&common::repo().join("tests/fixtures/basic")));
    works.extend(generated_works(120));
    dossier::csl::items(&works)
}

#[test]
fn patched_hayagriva_formats_like_the_release() {
    let items = corpus();
    for style in STYLES {
        let engine = Engine::new(style, "en-US", &common::repo()).unwrap();
        let differences: Vec<String> = items
            .par_iter()
            .flat_map_iter(|item| {
                let engine = &engine;
                POSITIONS.into_iter().flat_map(move |position| {
                    locators().into_iter().filter_map(move |locator| {
                        let ours =
                            reference_forms!(hayagriva, engine, item, position, locator.as_ref());
                        let upstream = reference_forms!(
                            hayagriva_upstream,
                            engine,
                            item,
                            position,
                            locator.as_ref()
                        );
                        let direct = (
                            format!("{:?}", Some(engine.cite_tree(item, position, locator.as_ref()))),
                            format!("{:?}", engine.entry_tree(item).map(|i| vec![i])),
                        );
                        (ours != upstream || direct != upstream).then(|| {
                            format!(
                                "{style} {:?} {position:?} {locator:?}:\n  ours     {ours:?}\n  direct   {direct:?}\n  upstream {upstream:?}",
                                item.id()
                            )
                        })
                    })
                })
            })
            .collect();
        assert!(
            differences.is_empty(),
            "{} differences, first: {}",
            differences.len(),
            differences[0]
        );
    }
}

#[test]
fn stand_in_locators_give_the_exact_forms() {
    let items = corpus();
    let located: Vec<Locator> = [
        "12",
        "33–35",
        "4, 7",
        "xii",
        "12n3",
        "200-1",
        "200–210",
        "1496–1504",
        "321–28",
        "4 & 7",
    ]
    .iter()
    .map(|v| Locator {
        label: LocatorLabel::Page,
        value: v.to_string(),
    })
    .collect();
    for style in STYLES {
        let engine = Engine::new(style, "en-US", &common::repo()).unwrap();
        let (mut filled, mut fallbacks) = (0, 0);
        let results: Vec<(bool, Option<String>)> = items
            .par_iter()
            .flat_map_iter(|item| {
                let engine = &engine;
                let located = &located;
                POSITIONS.into_iter().flat_map(move |position| {
                    located.iter().map(move |locator| {
                        let shape = engine.cite(item, position, Some(&stand_in_for(locator)));
                        let Some(fast) = fill_stand_in(&shape, locator) else {
                            return (false, None);
                        };
                        let exact = engine.cite(item, position, Some(locator));
                        let wrong = (fast != exact).then(|| {
                            format!(
                                "{style} {:?} {position:?} {}:\n  stand-in {fast}\n  exact    {exact}",
                                item.id(),
                                locator.value
                            )
                        });
                        (true, wrong)
                    })
                })
            })
            .collect();
        let mut wrong = Vec::new();
        for (used, difference) in results {
            if used {
                filled += 1;
            } else {
                fallbacks += 1;
            }
            wrong.extend(difference);
        }
        assert!(
            wrong.is_empty(),
            "{} differences, first: {}",
            wrong.len(),
            wrong[0]
        );
        assert!(
            filled > fallbacks,
            "{style}: the stand-in path is the common one"
        );
    }
}
