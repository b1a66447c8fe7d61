//! What reference managers, search engines and feed readers read: the exports round-trip
//! through pandoc, Highwire tags and JSON-LD on the pages, the sitemap and the Atom feed.
//! Needs `pandoc` on the PATH (`.ci/run` installs it).

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

fn built() -> &'static Path {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        let out = repo().join("target/test-publishing-output");
        build_into(&repo(), &out, &[]);
        out
    })
}

fn pandoc(args: &[&str]) -> serde_json::Value {
    let out = Command::new("pandoc")
        .args(args)
        .output()
        .expect("pandoc is needed for this test: apt-get install pandoc");
    assert!(
        out.status.success(),
        "pandoc failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Pandoc turns ‘inner quotes’ into “double” ones; compare titles past that.
fn title_key(title: &str) -> String {
    title.replace(['‘', '’', '“', '”', '"', '\''], "'")
}

fn titles(items: &serde_json::Value) -> BTreeSet<(String, String)> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_string(),
                title_key(i["title"].as_str().unwrap_or("")),
            )
        })
        .collect()
}

#[test]
fn exports_round_trip_through_pandoc() {
    let out = built();
    let ours: serde_json::Value =
        serde_json::from_str(&read(out.join("bibliography.json"))).unwrap();
    let works = ours.as_array().unwrap().len();
    assert_eq!(
        works,
        std::fs::read_dir(out.join("sources"))
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_dir())
            .count()
    );
    let from_bibtex = pandoc(&[
        "-f",
        "bibtex",
        "-t",
        "csljson",
        out.join("bibliography.bib").to_str().unwrap(),
    ]);
    let from_json = pandoc(&[
        "-f",
        "csljson",
        "-t",
        "csljson",
        out.join("bibliography.json").to_str().unwrap(),
    ]);
    assert_eq!(
        titles(&from_bibtex),
        titles(&ours),
        "BibTeX export loses or changes works"
    );
    assert_eq!(
        titles(&from_json),
        titles(&ours),
        "CSL-JSON export loses or changes works"
    );
    let ris = read(out.join("bibliography.ris"));
    assert_eq!(ris.matches("TY  - ").count(), works);
    assert_eq!(ris.matches("ER  - ").count(), works);
    // Each work's page offers its own downloads, holding that work alone.
    let page = read(out.join("sources/aronsson2022/index.html"));
    let downloads = downloads(&page);
    assert_eq!(
        downloads
            .iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>(),
        ["aronsson2022.bib", "aronsson2022.ris", "aronsson2022.json"]
    );
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in &downloads {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    for (format, name) in [
        ("bibtex", "aronsson2022.bib"),
        ("csljson", "aronsson2022.json"),
    ] {
        let one = pandoc(&[
            "-f",
            format,
            "-t",
            "csljson",
            dir.path().join(name).to_str().unwrap(),
        ]);
        assert_eq!(one.as_array().unwrap().len(), 1, "{name}");
        assert_eq!(one[0]["id"], "aronsson2022", "{name}");
    }
    assert_eq!(downloads[1].1.matches("TY  - ").count(), 1);
}

/// The `download` links of a page: (file name, decoded `data:` content).
fn downloads(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=\"data:") {
        rest = &rest[i + 6..];
        let end = rest.find('"').unwrap();
        let url = rest[..end].replace("&amp;", "&");
        let after = &rest[end..];
        let name_at = after.find("download=").unwrap() + "download=".len();
        let name: String = after[name_at..]
            .trim_start_matches('"')
            .chars()
            .take_while(|c| *c != '"' && *c != '>' && *c != ' ')
            .collect();
        let data = url.split_once(',').unwrap().1;
        let text = percent_encoding::percent_decode_str(data)
            .decode_utf8()
            .unwrap()
            .to_string();
        out.push((name, text));
        rest = &rest[end..];
    }
    out
}

#[test]
fn article_pages_carry_highwire_tags_and_json_ld() {
    let out = built();
    let page = read(out.join("articles/redefining-natos-indo-pacific-partnerships/index.html"));
    for tag in [
        "citation_title",
        "citation_author",
        "citation_journal_title",
        "citation_abstract_html_url",
    ] {
        assert!(
            page.contains(&format!("name={tag}>")) || page.contains(&format!("name=\"{tag}\"")),
            "no {tag}"
        );
    }
    assert!(
        page.contains("Grgić, Gorana"),
        "citation_author is not the contributor"
    );
    let cited: BTreeSet<String> = source_keys(&page, "/").into_iter().collect();
    assert_eq!(
        page.matches("name=citation_reference").count(),
        cited.len(),
        "one citation_reference per cited work"
    );
    let ld = json_ld_blocks(&page);
    assert_eq!(ld.len(), 1);
    assert_eq!(ld[0]["@type"], "ScholarlyArticle");
    assert_eq!(ld[0]["citation"].as_array().unwrap().len(), cited.len());
    assert_eq!(ld[0]["author"][0]["name"], "Gorana Grgić");
}

#[test]
fn every_json_ld_block_parses_with_the_right_type() {
    let out = built();
    let mut checked = 0;
    for file in html_files(out) {
        for block in json_ld_blocks(&read(&file)) {
            assert!(block["@type"].is_string(), "{}", file.display());
            assert_eq!(block["@context"], "https://schema.org");
            checked += 1;
        }
    }
    assert!(checked > 150, "only {checked} JSON-LD blocks");
    let book = json_ld_blocks(&read(out.join("sources/nadkarni2010/index.html")));
    assert_eq!(book[0]["@type"], "Book");
    let org = json_ld_blocks(&read(out.join("authors/nato/index.html")));
    assert_eq!(org[0]["@type"], "Organization");
    let person = json_ld_blocks(&read(out.join("authors/gorana-grgic/index.html")));
    assert_eq!(person[0]["@type"], "Person");
    let source = read(out.join("sources/nadkarni2010/index.html"));
    assert!(source.contains("class=Z3988"), "no COinS for Zotero");
}

#[test]
fn sitemap_lists_every_page_and_feed_parses() {
    let out = built();
    let sitemap = read(out.join("sitemap.xml"));
    let doc = roxmltree::Document::parse(&sitemap).unwrap();
    let listed: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap().to_string())
        .collect();
    let pages: BTreeSet<String> = html_files(out)
        .into_iter()
        .filter(|p| p.ends_with("index.html"))
        .map(|p| {
            let rel = p
                .strip_prefix(out)
                .unwrap()
                .to_string_lossy()
                .trim_end_matches("index.html")
                .to_string();
            format!("https://example.org/{rel}")
        })
        .collect();
    assert_eq!(listed, pages);
    let atom = read(out.join("atom.xml"));
    let feed = roxmltree::Document::parse(&atom).unwrap();
    let entries = feed
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .count();
    assert_eq!(entries, 1);
    assert!(read(out.join("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml"));
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    snapshot_dir(dir)
        .keys()
        .filter(|k| k.ends_with(".html"))
        .map(|k| dir.join(k))
        .collect()
}

fn json_ld_blocks(html: &str) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("application/ld+json") {
        rest = &rest[i..];
        let start = rest.find('>').unwrap() + 1;
        let end = rest.find("</script>").unwrap();
        out.push(
            serde_json::from_str(&rest[start..end])
                .unwrap_or_else(|e| panic!("JSON-LD does not parse: {e}")),
        );
        rest = &rest[end..];
    }
    out
}
