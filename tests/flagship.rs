//! The repository's own dossier, built from the seed article, checked against a reading of
//! the seed (tests/data/flagship-expected.yaml, written note by note from the seed).

mod common;

use std::collections::BTreeMap;

use common::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    notes: BTreeMap<u32, Vec<String>>,
    locators: BTreeMap<u32, BTreeMap<String, String>>,
    titles: BTreeMap<String, String>,
    counts: Counts,
}

#[derive(Deserialize)]
struct Counts {
    notes: usize,
    works: usize,
    people: usize,
    institutions: usize,
}

fn expected() -> Expected {
    serde_yaml::from_str(&read(repo().join("tests/data/flagship-expected.yaml"))).unwrap()
}

const ARTICLE: &str = "articles/redefining-natos-indo-pacific-partnerships/index.html";

/// The repository's dossier, built once per test run into a folder under `target/`.
struct Built(std::path::PathBuf);

impl Built {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

fn built() -> &'static Built {
    static BUILT: std::sync::OnceLock<Built> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let out = repo().join("target/test-flagship-output");
        let run = build_into(&repo(), &out, &[]);
        assert!(
            run.stderr.is_empty(),
            "the flagship build warned: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        Built(out)
    })
}

#[test]
fn every_note_of_the_seed_links_exactly_its_works() {
    let expected = expected();
    let out = built();
    let page = read(out.path().join(ARTICLE));
    for n in 1..=72u32 {
        let note = element_by_id(&page, "li", &format!("note-{n}"))
            .unwrap_or_else(|| panic!("note {n} missing"));
        let keys = source_keys(note, "/");
        assert_eq!(keys, expected.notes[&n], "note {n} links the wrong works");
    }
    assert!(element_by_id(&page, "li", "note-73").is_none());
    assert_eq!(expected.notes.len(), expected.counts.notes);
}

#[test]
fn the_hard_notes_read_like_the_seed() {
    let out = built();
    let page = read(out.path().join(ARTICLE));
    let note = |n: u32| text(element_by_id(&page, "li", &format!("note-{n}")).unwrap());
    // Note 2 keeps its prose around nine citations.
    let two = note(2);
    assert!(
        two.contains("There is a vibrant debate among international relations scholars"),
        "{two}"
    );
    assert!(two.contains("it agrees with the basic diagnosis"), "{two}");
    // Note 19 keeps its locator; notes 25, 26 (Ibid.) and 29 use the short form.
    assert!(
        note(19).contains("Nadkarni, Strategic Partnerships in Asia, 48."),
        "{}",
        note(19)
    );
    for n in [25, 26, 29] {
        assert!(
            note(n).contains("Aronsson and Swaney, Priorities for NATO Partnerships"),
            "note {n}: {}",
            note(n)
        );
    }
    // Title case keeps acronyms: "NATO’s", never "Nato’s".
    assert!(
        !text(&page).contains("Nato"),
        "an acronym lost its capitals"
    );
    assert!(note(32).contains("“Global NATO,”"), "{}", note(32));
    // The first citation of a work is full.
    assert!(
        note(21).contains("Washington, D.C.")
            || note(21).contains("National Defense University Press"),
        "{}",
        note(21)
    );
}

#[test]
fn locators_stay_on_the_citation() {
    let expected = expected();
    let out = built();
    let page = read(out.path().join(ARTICLE));
    for (n, by_key) in &expected.locators {
        let t = text(element_by_id(&page, "li", &format!("note-{n}")).unwrap());
        for value in by_key.values() {
            assert!(
                t.contains(value.as_str()),
                "note {n} lost its locator {value}: {t}"
            );
        }
    }
}

#[test]
fn a_page_for_every_work_and_author_with_the_seed_counts() {
    let expected = expected();
    let out = built();
    let sources: Vec<_> = std::fs::read_dir(out.path().join("sources"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    assert_eq!(sources.len(), expected.counts.works);
    for (key, title) in &expected.titles {
        let page = read(out.path().join(format!("sources/{key}/index.html")));
        let title = title.replace('&', "&amp;");
        let first_words: String = title
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text(&page).contains(&first_words.replace("&amp;", "&")),
            "source page of {key} lacks its title {title}"
        );
    }
    let root = repo();
    let config = dossier::config::Config::load(&root, None).unwrap();
    let loaded = dossier::load::load(&root, &config).unwrap();
    let graph = dossier::resolve::resolve(loaded, config).unwrap();
    let institutions = graph.authors.iter().filter(|a| a.is_institution()).count();
    assert_eq!(institutions, expected.counts.institutions);
    assert_eq!(graph.authors.len() - institutions, expected.counts.people);
    let authors: Vec<_> = std::fs::read_dir(out.path().join("authors"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    assert_eq!(authors.len(), graph.authors.len());
}

/// Chicago treats the body that issued a government document as its author: each has a page
/// that lists what it issued, and NATO, author of some works and issuer of others, has one.
#[test]
fn every_person_and_institution_behind_a_work_has_a_page_issuing_bodies_included() {
    let out = built();
    let root = repo();
    let config = dossier::config::Config::load(&root, None).unwrap();
    let graph =
        dossier::resolve::resolve(dossier::load::load(&root, &config).unwrap(), config).unwrap();
    for (w, work) in graph.works.iter().enumerate() {
        let mut behind: Vec<String> = work.creators().map(|(_, n)| n.display()).collect();
        behind.extend(work.issuer().map(|n| n.display()));
        behind.dedup();
        assert_eq!(
            graph.authors_of[w].len(),
            behind.len(),
            "{}: {behind:?}",
            work.key
        );
        for (a, _) in &graph.authors_of[w] {
            let page = read(
                out.path()
                    .join(format!("authors/{}/index.html", graph.authors[*a].slug)),
            );
            let source = format!("/sources/{}/", work.key);
            assert!(
                hrefs(&page).contains(&source),
                "{} does not link {source}",
                graph.authors[*a].slug
            );
        }
    }
    let white_house = read(out.path().join("authors/the-white-house/index.html"));
    let t = text(&white_house);
    assert!(t.contains("Documents issued (1)"), "{t}");
    assert!(hrefs(&white_house).contains(&"/sources/us2017nss/".to_string()));
    let nato = text(&read(out.path().join("authors/nato/index.html")));
    assert!(
        nato.contains("Works cited (") && nato.contains("Documents issued (1)"),
        "{nato}"
    );
    let source = read(out.path().join("sources/us2017nss/index.html"));
    assert!(
        text(&source).contains("Issued by The White House"),
        "{}",
        text(&source)
    );
    // The notes print the body as the publisher, as the seed does.
    let article = text(&read(out.path().join(ARTICLE)));
    assert!(
        article.contains("(Washington, DC: The White House, 2017)")
            || article.contains("The White House, 2017"),
        "the note of the NSS changed"
    );
}

#[test]
fn grgic_contributor_and_cited_author_share_one_page() {
    let out = built();
    let page = read(out.path().join("authors/gorana-grgic/index.html"));
    let t = text(&page);
    assert!(
        t.contains("Senior Researcher with the Swiss and Euro-Atlantic Security team"),
        "profile missing"
    );
    let links = hrefs(&page);
    assert!(
        links.iter().any(|l| l == "/sources/grgic2021partners/"),
        "her cited work is missing"
    );
    assert!(
        links
            .iter()
            .any(|l| l == "/articles/redefining-natos-indo-pacific-partnerships/"),
        "her article is missing"
    );
    assert!(links
        .iter()
        .any(|l| l == "/articles/redefining-natos-indo-pacific-partnerships/#note-24"));
    let grgic_pages = std::fs::read_dir(out.path().join("authors"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("gorana"))
        .count();
    assert_eq!(grgic_pages, 1);
}

#[test]
fn work_cited_in_several_notes_lists_them_all() {
    let out = built();
    let page = read(out.path().join("sources/aronsson2022/index.html"));
    let links = hrefs(&page);
    for n in [21, 25, 26, 29] {
        let url = format!("/articles/redefining-natos-indo-pacific-partnerships/#note-{n}");
        assert!(links.contains(&url), "aronsson2022 does not list note {n}");
    }
}

#[test]
fn timeline_runs_from_2010_to_2022_and_links_both_ways() {
    let out = built();
    let page = read(out.path().join("timeline/index.html"));
    let years: Vec<i32> = page
        .match_indices("<time datetime=")
        .map(|(i, _)| page[i + 15..].trim_start_matches('"')[..4].parse().unwrap())
        .collect();
    assert!(
        years.windows(2).all(|w| w[0] <= w[1]),
        "events out of order: {years:?}"
    );
    assert_eq!(years.first(), Some(&2010));
    assert!(years.contains(&2022) && years.contains(&2023));
    let links = hrefs(&page);
    assert!(links.iter().any(|l| l == "/sources/nato2010concept/"));
    assert!(links.iter().any(|l| l == "/sources/nato2022concept/"));
    let concept = read(out.path().join("sources/nato2022concept/index.html"));
    assert!(
        hrefs(&concept)
            .iter()
            .any(|l| l.starts_with("/timeline/#event-2022-06-")),
        "no link back to the timeline"
    );
}
