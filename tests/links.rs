//! The repository's dossier, built for real: every internal link and every fragment of every
//! HTML page resolves, at the site's root and under a sub-path; two builds are byte-identical;
//! minification keeps the links and saves bytes.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::*;

const SUB_PATH_URL: &str = "https://example.org/dossier/";

/// Builds the repository's dossier into a fresh temporary folder.
fn build_repo(extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    build_into(&repo(), &out, extra);
    (dir, out)
}

fn default_build() -> &'static Path {
    static BUILD: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &BUILD.get_or_init(|| build_repo(&[])).1
}

/// Every file under `dir`, as paths relative to it with `/` separators.
fn files(dir: &Path) -> BTreeSet<String> {
    snapshot_dir(dir)
        .into_keys()
        .map(|p| p.replace('\\', "/"))
        .collect()
}

/// The values of attribute `name` on any element: quoted, single-quoted or unquoted (as
/// minified HTML writes them). Only whole attribute names count (`id`, not `data-id`).
fn attr_values(html: &str, name: &str) -> Vec<String> {
    let needle = format!("{name}=");
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    let mut from = 0;
    while let Some(i) = html[from..].find(&needle) {
        let at = from + i;
        from = at + needle.len();
        if at == 0 || !bytes[at - 1].is_ascii_whitespace() {
            continue;
        }
        let rest = &html[from..];
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest
                .split(|c: char| c.is_ascii_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        };
        out.push(unescape(value));
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `https://host/sub/` → `/sub/`.
fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

/// The site-relative URL path of an output file: `a/index.html` → `a/`.
fn url_dir_of(file: &str) -> String {
    match file.rfind('/') {
        Some(i) => file[..=i].to_string(),
        None => String::new(),
    }
}

/// Normalises `/a/b/../c/./d` to `a/c/d` (no leading slash); `None` when it climbs above
/// the root.
fn normalise(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let trailing = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    let mut out = parts.join("/");
    if trailing && !out.is_empty() {
        out.push('/');
    }
    Some(out)
}

#[derive(Default)]
struct Report {
    pages: usize,
    links: usize,
    fragments: usize,
    external: usize,
    broken: Vec<String>,
}

/// Checks every `href` and `src` of every HTML page under `out`, published at `base_url`.
fn check_links(out: &Path, base_url: &str) -> Report {
    let base_path = path_of(base_url);
    assert!(
        base_path.ends_with('/'),
        "base path {base_path} ends with /"
    );
    let all = files(out);
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut pages = BTreeMap::new();
    for file in all.iter().filter(|f| f.ends_with(".html")) {
        let html = read(out.join(file));
        let mut seen = BTreeSet::new();
        for id in attr_values(&html, "id") {
            assert!(seen.insert(id.clone()), "{file}: duplicate id {id:?}");
        }
        ids.insert(file.as_str(), seen);
        pages.insert(file.as_str(), html);
    }

    // The file an internal URL path (site-relative, no leading slash) is served from.
    let resolve = |rel: &str| -> Option<String> {
        let rel = percent_decode(rel);
        if rel.is_empty() || rel.ends_with('/') {
            let index = format!("{rel}index.html");
            return all.contains(&index).then_some(index);
        }
        if all.contains(&rel) {
            return Some(rel);
        }
        let index = format!("{rel}/index.html");
        all.contains(&index).then_some(index)
    };

    let mut report = Report {
        pages: pages.len(),
        ..Default::default()
    };
    for (file, html) in &pages {
        let mut urls = hrefs(html);
        urls.extend(attr_values(html, "src"));
        for url in urls {
            let url = url.trim();
            let (before_fragment, fragment) = match url.split_once('#') {
                Some((u, f)) => (u, Some(f)),
                None => (url, None),
            };
            let before_query = before_fragment.split('?').next().unwrap_or("");
            let target: String = if before_query.is_empty() {
                // `#x` or `?q#x`: this very page.
                file.to_string()
            } else {
                let site_path = if let Some(rest) = before_query.strip_prefix(base_url) {
                    Some(format!("{base_path}{rest}"))
                } else if before_query.contains(':') || before_query.starts_with("//") {
                    None // another site, mailto:, tel:, data:…
                } else if before_query.starts_with('/') {
                    Some(before_query.to_string())
                } else {
                    Some(format!("{base_path}{}{before_query}", url_dir_of(file)))
                };
                let Some(site_path) = site_path else {
                    report.external += 1;
                    continue;
                };
                report.links += 1;
                let Some(site_path) = normalise(&site_path) else {
                    report
                        .broken
                        .push(format!("{file}: {url} climbs above the host's root"));
                    continue;
                };
                let Some(rel) = format!("/{site_path}")
                    .strip_prefix(&base_path)
                    .map(str::to_string)
                else {
                    report.broken.push(format!(
                        "{file}: {url} is outside the base path {base_path}"
                    ));
                    continue;
                };
                match resolve(&rel) {
                    Some(target) => target,
                    None => {
                        report.broken.push(format!("{file}: {url} → no file {rel}"));
                        continue;
                    }
                }
            };
            let Some(fragment) = fragment else { continue };
            report.fragments += 1;
            let fragment = percent_decode(fragment);
            if fragment.is_empty() {
                report
                    .broken
                    .push(format!("{file}: {url} has an empty fragment"));
                continue;
            }
            match ids.get(target.as_str()) {
                Some(set) if set.contains(&fragment) => {}
                Some(_) => report
                    .broken
                    .push(format!("{file}: {url} → {target} has no id {fragment:?}")),
                None => report
                    .broken
                    .push(format!("{file}: {url} → fragment into non-HTML {target}")),
            }
        }
    }

    // The sitemap lists pages by absolute URL: each is a page of this build.
    if let Some(sitemap) = all.get("sitemap.xml") {
        for loc in read(out.join(sitemap)).split("<loc>").skip(1) {
            let loc = unescape(loc.split("</loc>").next().unwrap_or("").trim());
            report.links += 1;
            let ok = loc
                .strip_prefix(base_url)
                .and_then(normalise)
                .and_then(|rel| resolve(&rel))
                .is_some();
            if !ok {
                report
                    .broken
                    .push(format!("sitemap.xml: {loc} is not a page under {base_url}"));
            }
        }
    }
    report
}

/// The URL the site was built for, read back from the home page's canonical link.
fn canonical_base(out: &Path) -> String {
    let home = read(out.join("index.html"));
    home.split("<link")
        .skip(1)
        .map(|tag| format!(" {}", tag.split('>').next().unwrap_or("")))
        .find(|tag| attr_values(tag, "rel").iter().any(|r| r == "canonical"))
        .and_then(|tag| attr_values(&tag, "href").into_iter().next())
        .expect("the home page has a canonical link")
}

fn assert_links(label: &str, out: &Path, base_url: &str) -> Report {
    let report = check_links(out, base_url);
    println!(
        "{label} ({base_url}): {} pages, {} internal links and {} fragments checked, {} external links skipped",
        report.pages, report.links, report.fragments, report.external
    );
    assert!(report.pages > 100, "{label}: only {} pages", report.pages);
    assert!(report.links > 1000, "{label}: only {} links", report.links);
    assert!(
        report.fragments > 50,
        "{label}: only {} fragments",
        report.fragments
    );
    assert!(
        report.broken.is_empty(),
        "{label}: {} broken links:\n{}",
        report.broken.len(),
        report.broken.join("\n")
    );
    report
}

fn total_size(dir: &Path) -> usize {
    snapshot_dir(dir).values().map(Vec::len).sum()
}

#[test]
fn every_internal_link_and_fragment_resolves_at_the_root() {
    let out = default_build();
    let base_url = canonical_base(out);
    assert_eq!(
        path_of(&base_url),
        "/",
        "the repository's dossier is built for a root URL"
    );
    let report = assert_links("default base URL", out, &base_url);
    // The links that matter most to readers are among those checked.
    let article = read(out.join("articles/redefining-natos-indo-pacific-partnerships/index.html"));
    assert!(hrefs(&article)
        .iter()
        .any(|h| h == "/sources/nadkarni2010/"));
    let source = read(out.join("sources/nadkarni2010/index.html"));
    assert!(hrefs(&source)
        .iter()
        .any(|h| h == "/articles/redefining-natos-indo-pacific-partnerships/#note-19"));
    let timeline = read(out.join("timeline/index.html"));
    assert!(attr_values(&timeline, "id")
        .iter()
        .any(|id| id.starts_with("event-")));
    assert!(report.fragments > 0);
}

#[test]
fn every_internal_link_and_fragment_resolves_under_a_sub_path() {
    let (_dir, out) = build_repo(&["--base-url", SUB_PATH_URL]);
    assert_eq!(canonical_base(&out), SUB_PATH_URL);
    assert_links("sub-path base URL", &out, SUB_PATH_URL);
    // Every root-relative link carries the sub-path (check_links fails those that do not);
    // and there are many of them.
    let home = read(out.join("index.html"));
    let root_relative: Vec<_> = hrefs(&home)
        .into_iter()
        .filter(|h| h.starts_with('/'))
        .collect();
    assert!(!root_relative.is_empty());
    for h in &root_relative {
        assert!(h.starts_with("/dossier/"), "{h} lacks the sub-path");
    }
}

/// Names the files that differ between two output trees.
fn differing_files(a: &Path, b: &Path) -> (usize, usize, Vec<String>) {
    let (a, b) = (snapshot_dir(a), snapshot_dir(b));
    let names_a: BTreeSet<_> = a.keys().collect();
    let names_b: BTreeSet<_> = b.keys().collect();
    assert_eq!(names_a, names_b, "the two builds hold different files");
    let differing = a
        .iter()
        .filter(|(name, bytes)| b[*name] != **bytes)
        .map(|(name, _)| name.clone())
        .collect();
    (a.len(), a.values().map(Vec::len).sum(), differing)
}

#[test]
fn two_builds_are_byte_identical() {
    let first = default_build();
    let (_dir, second) = build_repo(&[]);
    let (count, bytes, differing) = differing_files(first, &second);
    assert!(
        differing.is_empty(),
        "{} files differ between two builds: {}",
        differing.len(),
        differing.join(", ")
    );
    println!("determinism: {count} files, {bytes} bytes, identical in two builds");
}

#[test]
fn a_cold_build_matches_a_cached_one() {
    // On a copy of the dossier with no reference cache yet: the first build formats every
    // reference and writes .dossier-cache/, the second reads it; the bytes must agree. (A copy,
    // so that a developer's stale cache in the repository cannot decide the outcome.)
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::copy(repo().join("config.yaml"), root.join("config.yaml")).unwrap();
    copy_dir(&repo().join("content"), &root.join("content"));
    copy_dir(&repo().join("themes"), &root.join("themes"));
    let build_named = |name: &str| {
        let out = dir.path().join(name);
        build_into(&root, &out, &[]);
        out
    };
    let cold = build_named("cold");
    assert!(
        root.join(".dossier-cache").is_dir(),
        "the first build wrote a reference cache"
    );
    let cached = build_named("cached");
    let (count, _, differing) = differing_files(&cold, &cached);
    assert!(
        differing.is_empty(),
        "{} of {count} files differ between a cold build and one from the reference cache: {}",
        differing.len(),
        differing.join(", ")
    );
}

#[test]
fn unminified_build_is_larger_and_its_links_resolve_too() {
    let minified = default_build();
    let config = read(repo().join("config.yaml"));
    let mut lines: Vec<String> = config
        .lines()
        .filter(|l| !l.trim_start().starts_with("minify:"))
        .map(str::to_string)
        .collect();
    lines.push("minify: false".to_string());
    let dir = tempfile::tempdir().unwrap();
    let config_path = dir.path().join("config.yaml");
    std::fs::write(&config_path, lines.join("\n") + "\n").unwrap();
    let (_out_dir, plain) = build_repo(&["--config", config_path.to_str().unwrap()]);

    let base_url = canonical_base(&plain);
    assert_links("minify: false", &plain, &base_url);
    assert_eq!(
        files(minified),
        files(&plain),
        "minification changes no file names"
    );

    let size_of = |dir: &Path, ext: &str| -> usize {
        snapshot_dir(dir)
            .iter()
            .filter(|(name, _)| name.ends_with(ext))
            .map(|(_, b)| b.len())
            .sum()
    };
    let (small, large) = (total_size(minified), total_size(&plain));
    let saved = large - small;
    println!(
        "minification: {small} bytes minified, {large} bytes unminified: saves {saved} bytes ({:.1} %)",
        100.0 * saved as f64 / large as f64,
    );
    for ext in [".html", ".css", ".js"] {
        let (s, l) = (size_of(minified, ext), size_of(&plain, ext));
        println!(
            "  {ext}: {s} vs {l} bytes, saves {} bytes ({:.1} %)",
            l - s,
            100.0 * (l - s) as f64 / l.max(1) as f64
        );
    }
    // Every minified page, stylesheet and script is smaller than its plain twin.
    let (a, b) = (snapshot_dir(minified), snapshot_dir(&plain));
    for (name, bytes) in &a {
        if [".html", ".css", ".js"].iter().any(|e| name.ends_with(e)) {
            assert!(
                bytes.len() < b[name].len(),
                "{name}: minified {} bytes, unminified {} bytes",
                bytes.len(),
                b[name].len()
            );
        }
    }
    // Markedly: the templates are terse and the pages mostly text, so HTML shrinks by a few
    // per cent (about 5 % when this test was written); stylesheets and scripts by far more.
    let (small_html, large_html) = (size_of(minified, ".html"), size_of(&plain, ".html"));
    assert!(
        small_html * 100 <= large_html * 97,
        "minified HTML ({small_html} bytes) is not markedly smaller than unminified ({large_html} bytes)"
    );
    let (small_css, large_css) = (size_of(minified, ".css"), size_of(&plain, ".css"));
    assert!(
        small_css * 100 <= large_css * 90,
        "minified CSS ({small_css} bytes) is not markedly smaller than unminified ({large_css} bytes)"
    );
}

#[test]
fn attribute_parsing_reads_minified_html() {
    let html = r#"<p id=a class=x><a href=/s/#b data-id=c>x</a><li id="d" ><img src='i.png' alt=""><b id=e>"#;
    assert_eq!(attr_values(html, "id"), ["a", "d", "e"]);
    assert_eq!(attr_values(html, "src"), ["i.png"]);
    assert_eq!(hrefs(html), ["/s/#b"]);
    assert_eq!(normalise("a/./b/../c/").as_deref(), Some("a/c/"));
    assert_eq!(normalise("../x"), None);
    assert_eq!(percent_decode("caf%C3%A9"), "café");
    assert_eq!(path_of("https://example.org/dossier/"), "/dossier/");
}

#[test]
fn the_checker_finds_broken_links_and_fragments() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    std::fs::create_dir_all(site.join("d/a")).unwrap();
    std::fs::write(
        site.join("d/index.html"),
        "<link href=https://example.org/d/ rel=canonical><a href=/d/a/#x>ok</a> \
         <a href=a/#missing>bad fragment</a> <a href=/d/nope/>bad page</a> \
         <a href=/elsewhere/>outside</a> <a href=#top>top</a> <p id=top> \
         <a href=https://other.example/>external</a> <img src=../d/a/pic.png alt=''>",
    )
    .unwrap();
    std::fs::write(site.join("d/a/index.html"), "<h1 id=x>x</h1>").unwrap();
    // Published at https://example.org/d/, the output folder is `site/d`'s content.
    let report = check_links(&site.join("d"), "https://example.org/d/");
    assert_eq!(report.pages, 2);
    assert_eq!(report.external, 1);
    let broken = report.broken.join("\n");
    for expected in ["#missing", "/d/nope/", "/elsewhere/", "pic.png"] {
        assert!(
            broken.contains(expected),
            "{expected} not reported in:\n{broken}"
        );
    }
    assert_eq!(report.broken.len(), 4, "{broken}");
    assert_eq!(report.fragments, 3);
}
