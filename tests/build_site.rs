//! `dossier build` on the fixture dossier: what a reader of the site checks.

mod common;

use common::*;

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = fixture("basic");
    let out = build(dir.path());
    assert!(
        out.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let output = dir.path().join("output");
    (dir, output)
}

#[test]
fn every_page_kind_exists() {
    let (_dir, out) = built();
    for page in [
        "index.html",
        "404.html",
        "articles/alpha/index.html",
        "articles/beta/index.html",
        "sources/index.html",
        "sources/wilkins2012/index.html",
        "sources/menon2007/index.html",
        "sources/smith2019/index.html",
        "authors/index.html",
        "authors/zoe-aberg/index.html",
        "authors/nato/index.html",
        "timeline/index.html",
        "bibliography.json",
        "bibliography.bib",
        "bibliography.ris",
        "sitemap.xml",
        "atom.xml",
        "robots.txt",
        "style.css",
    ] {
        assert!(out.join(page).is_file(), "missing {page}");
    }
    assert!(
        !out.join("articles/gamma-draft").exists(),
        "a draft was published"
    );
}

#[test]
fn shared_work_lists_citing_notes_of_both_articles() {
    let (_dir, out) = built();
    let page = read(out.join("sources/nato2022/index.html"));
    let links = hrefs(&page);
    for note in [
        "/articles/alpha/#note-2",
        "/articles/alpha/#note-3",
        "/articles/alpha/#note-4",
        "/articles/beta/#note-1",
    ] {
        assert!(
            links.iter().any(|l| l == note),
            "source page does not link {note}"
        );
    }
    // The timeline event it documents links back.
    assert!(links
        .iter()
        .any(|l| l.starts_with("/timeline/#event-2022-06-29")));
    // Its institutional author is linked.
    assert!(links.iter().any(|l| l == "/authors/nato/"));
}

#[test]
fn first_citation_is_full_and_later_ones_short() {
    let (_dir, out) = built();
    let page = read(out.join("articles/alpha/index.html"));
    let note1 = text(element_by_id(&page, "li", "note-1").expect("note 1"));
    let note6 = text(element_by_id(&page, "li", "note-6").expect("note 6"));
    assert!(
        note1.contains("Review of International Studies 38, no. 1 (2012)"),
        "{note1}"
    );
    assert!(
        note1
            .trim_end_matches('↩')
            .trim_end()
            .ends_with("(2012): 53."),
        "{note1}"
    );
    assert!(
        note6.contains("Wilkins, “Alignment, Not Alliance.”"),
        "{note6}"
    );
    assert!(!note6.contains("”."), "period outside the quotes: {note6}");
    assert!(
        !note6.contains("Review of International Studies"),
        "later note is not short: {note6}"
    );
    // In beta, the first citation of the same work is full again.
    let beta = read(out.join("articles/beta/index.html"));
    let b1 = text(element_by_id(&beta, "li", "note-1").unwrap());
    assert!(b1.contains("Compare see NATO, NATO 2022 Strategic Concept (NATO, 2022), chap. 2, https://www.nato.int/strategic-concept/."), "{b1}");
}

#[test]
fn note_with_three_works_and_locators_links_each() {
    let (_dir, out) = built();
    let page = read(out.join("articles/alpha/index.html"));
    let note = element_by_id(&page, "li", "note-2").unwrap();
    assert_eq!(
        source_keys(note, "/"),
        ["wilkins2012", "nato2022", "aberg2020"]
    );
    let t = text(note);
    assert!(t.contains("60"), "{t}");
    assert!(t.contains("sec. 4"), "{t}");
    assert!(t.contains("10–12"), "{t}");
    assert!(t.contains("for three views."), "{t}");
}

#[test]
fn consecutive_notes_citing_one_work_are_linked() {
    let (_dir, out) = built();
    let page = read(out.join("articles/alpha/index.html"));
    for n in [3, 4] {
        let note = element_by_id(&page, "li", &format!("note-{n}")).unwrap();
        assert_eq!(source_keys(note, "/"), ["nato2022"], "note {n}");
    }
    let n4 = text(element_by_id(&page, "li", "note-4").unwrap());
    assert!(n4.contains('7'), "{n4}");
}

#[test]
fn contributor_page_shows_profile_works_and_coauthors() {
    let (_dir, out) = built();
    let page = read(out.join("authors/zoe-aberg/index.html"));
    let t = text(&page);
    assert!(t.contains("Zoë Åberg writes about partnerships."));
    assert!(t.contains("Fixture University"));
    assert!(page.contains("https://orcid.org/0000-0002-1825-0097"));
    let links = hrefs(&page);
    // Her book (authored as "Zoe Aberg") is on her page: names match across accents.
    assert!(links.iter().any(|l| l == "/sources/aberg2020/"));
    assert!(links.iter().any(|l| l == "/articles/alpha/"));
    assert!(
        links.iter().any(|l| l == "/authors/thomas-s-wilkins/"),
        "co-author missing"
    );
    assert!(!out.join("authors/zoe-aberg-2").exists());
}

#[test]
fn body_citation_and_note_references_link() {
    let (_dir, out) = built();
    let page = read(out.join("articles/alpha/index.html"));
    let links = hrefs(&page);
    assert!(links.iter().any(|l| l == "#note-1"));
    assert!(
        links.iter().any(|l| l == "#noteref-1"),
        "no back link from note 1"
    );
    assert!(links.iter().any(|l| l == "/sources/menon2007/"));
    // Code is highlighted and its stylesheet linked only on that page.
    assert!(page.contains("hl-"));
    assert!(links.iter().any(|l| l == "/syntax.css"));
    let beta = read(out.join("articles/beta/index.html"));
    assert!(!hrefs(&beta).iter().any(|l| l == "/syntax.css"));
}

#[test]
fn output_is_minified_and_deterministic() {
    let (dir, out) = built();
    let page = read(out.join("articles/alpha/index.html"));
    assert!(!page.contains("\n\n"), "page is not minified");
    let first = snapshot_dir(&out);
    let again = build(dir.path());
    assert!(again.status.success());
    assert_eq!(first, snapshot_dir(&out), "two builds differ");
}

#[test]
fn base_url_with_sub_path_prefixes_every_internal_link() {
    let dir = fixture("basic");
    let out = dossier(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--base-url",
        "https://org.github.io/dossier/",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = read(dir.path().join("output/articles/alpha/index.html"));
    for link in hrefs(&page) {
        let internal = link.starts_with('/');
        assert!(
            !internal || link.starts_with("/dossier/"),
            "link {link} escapes the sub-path"
        );
    }
    assert!(
        page.contains("https://org.github.io/dossier/articles/alpha/"),
        "canonical URL"
    );
}

#[test]
fn drafts_flag_builds_drafts() {
    let dir = fixture("basic");
    let out = dossier(&["build", "--root", dir.path().to_str().unwrap(), "--drafts"]);
    assert!(out.status.success());
    assert!(dir
        .path()
        .join("output/articles/gamma-draft/index.html")
        .is_file());
}

#[test]
fn exports_hold_every_work() {
    let (_dir, out) = built();
    let json: serde_json::Value =
        serde_json::from_str(&read(out.join("bibliography.json"))).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "aberg2020",
            "menon2007",
            "nato2022",
            "smith2019",
            "wilkins2012"
        ]
    );
    let bib = read(out.join("bibliography.bib"));
    assert_eq!(
        bib.matches("\n@").count() + usize::from(bib.starts_with('@')),
        5
    );
    assert!(bib.contains("@article{wilkins2012,"));
    let ris = read(out.join("bibliography.ris"));
    assert_eq!(ris.matches("TY  - ").count(), 5);
    assert_eq!(ris.matches("ER  - ").count(), 5);
}
