//! Snapshots of rendered pages (unminified, so that a diff reads well). After an intended
//! change, review and accept with `INSTA_UPDATE=always cargo test --test snapshots` (or
//! `cargo insta review`), then commit the `.snap` files.

mod common;

use common::*;

fn site() -> dossier::render::Site {
    let dir = fixture("basic");
    dossier::render_site(&dossier::BuildOptions {
        root: dir.path().to_path_buf(),
        ..Default::default()
    })
    .expect("fixture renders")
}

fn page(site: &dossier::render::Site, path: &str) -> String {
    String::from_utf8(
        site.file(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .bytes
            .to_vec(),
    )
    .unwrap()
}

/// The part of a page inside `<main>`, where the content is.
fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("<main>");
    let end = html.find("</main>").expect("</main>") + "</main>".len();
    html[start..end]
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn article_page() {
    let site = site();
    insta::assert_snapshot!(main_of(&page(&site, "articles/alpha/index.html")));
}

#[test]
fn source_page() {
    let site = site();
    insta::assert_snapshot!(main_of(&page(&site, "sources/nato2022/index.html")));
}

#[test]
fn author_page() {
    let site = site();
    insta::assert_snapshot!(main_of(&page(&site, "authors/zoe-aberg/index.html")));
}

#[test]
fn timeline_page() {
    let site = site();
    insta::assert_snapshot!(main_of(&page(&site, "timeline/index.html")));
}

#[test]
fn bibtex_export() {
    let site = site();
    insta::assert_snapshot!(page(&site, "bibliography.bib"));
}
