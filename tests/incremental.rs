//! Serve's rebuilds in memory: after an edit, only the pages that show the edited text are
//! rendered again; every other page is the same buffer as before, and the result equals a
//! build from scratch.

mod common;

use std::collections::BTreeSet;

use dossier::render::Site;
use dossier::{BuildOptions, Caches};

fn html_pages(site: &Site) -> BTreeSet<String> {
    site.files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| f.path.clone())
        .collect()
}

/// Pages whose bytes are not the very buffer the previous rebuild produced.
fn fresh_pages(before: &Site, after: &Site) -> BTreeSet<String> {
    after
        .files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .filter(|f| {
            before
                .file(&f.path)
                .is_none_or(|b| b.bytes.as_ptr() != f.bytes.as_ptr())
        })
        .map(|f| f.path.clone())
        .collect()
}

#[test]
fn an_edited_note_renders_its_article_its_works_and_their_authors_only() {
    let dir = common::fixture("basic");
    let options = BuildOptions {
        root: dir.path().to_path_buf(),
        no_cache: true,
        ..BuildOptions::default()
    };
    let mut caches = Caches::for_rebuilds(&options);
    let (first, report) = dossier::render_site_cached(&options, &mut caches).unwrap();
    assert_eq!(report.rendered, html_pages(&first).len());

    let (same, report) = dossier::render_site_cached(&options, &mut caches).unwrap();
    assert_eq!(report.rendered, 0, "nothing changed, nothing rendered");
    assert!(fresh_pages(&first, &same).is_empty());

    let beta = dir.path().join("content/articles/beta.md");
    let text = std::fs::read_to_string(&beta).unwrap();
    std::fs::write(
        &beta,
        text.replace("[^2]: [@menon2007]", "[^2]: Edited: [@menon2007]"),
    )
    .unwrap();
    let (edited, report) = dossier::render_site_cached(&options, &mut caches).unwrap();
    let fresh = fresh_pages(&same, &edited);
    assert_eq!(report.rendered, fresh.len());
    let expected: BTreeSet<String> = [
        "articles/beta/index.html",
        "sources/menon2007/index.html",
        "authors/rajan-menon/index.html",
    ]
    .map(String::from)
    .into();
    assert_eq!(fresh, expected, "pages rendered again");
    let page = edited.file("sources/menon2007/index.html").unwrap();
    assert!(String::from_utf8_lossy(&page.bytes).contains("Edited:"));

    // The same files, byte for byte, as a build that starts from nothing.
    let scratch = dossier::render_site(&options).unwrap();
    assert_eq!(scratch.files, edited.files);
}
