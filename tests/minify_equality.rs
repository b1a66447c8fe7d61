//! The patched minifier changes no byte (issue 14, `vendor/minify-html/PATCHES.md`). Every
//! HTML, CSS and JS file of the flagship and of the fixtures, built unminified, and a set of
//! hand-written snippets that need every kind of encoding (quotes, spaces, `=`, backticks,
//! chevrons, ampersands, characters with a shorter entity), are minified by dossier's vendored
//! copy and by the unpatched release (`minify-html-upstream`), with dossier's settings and with
//! the three other combinations of the two settings that choose how values are encoded:
//! identical bytes.

mod common;

use std::path::Path;

use common::*;
use rayon::prelude::*;

/// dossier's settings, with or without the two encoding options.
fn settings(optimal_entities: bool, noncompliant_unquoted: bool) -> minify_html::Cfg {
    minify_html::Cfg {
        allow_optimal_entities: optimal_entities,
        allow_noncompliant_unquoted_attribute_values: noncompliant_unquoted,
        ..dossier::write::minify_settings()
    }
}

/// The same settings for the release: every field named, so a field added to one copy and not
/// the other does not compile.
fn upstream(cfg: &minify_html::Cfg) -> minify_html_upstream::Cfg {
    minify_html_upstream::Cfg {
        allow_noncompliant_unquoted_attribute_values: cfg
            .allow_noncompliant_unquoted_attribute_values,
        allow_optimal_entities: cfg.allow_optimal_entities,
        allow_removing_spaces_between_attributes: cfg.allow_removing_spaces_between_attributes,
        keep_closing_tags: cfg.keep_closing_tags,
        keep_comments: cfg.keep_comments,
        keep_html_and_head_opening_tags: cfg.keep_html_and_head_opening_tags,
        keep_input_type_text_attr: cfg.keep_input_type_text_attr,
        keep_ssi_comments: cfg.keep_ssi_comments,
        minify_css: cfg.minify_css,
        minify_doctype: cfg.minify_doctype,
        minify_js: cfg.minify_js,
        preserve_brace_template_syntax: cfg.preserve_brace_template_syntax,
        preserve_chevron_percent_template_syntax: cfg.preserve_chevron_percent_template_syntax,
        remove_bangs: cfg.remove_bangs,
        remove_processing_instructions: cfg.remove_processing_instructions,
    }
}

const ALL_SETTINGS: [(bool, bool); 4] =
    [(false, false), (false, true), (true, false), (true, true)];

/// The documents dossier hands the minifier for a file: the page itself, or a stylesheet or
/// script inside its tag.
fn document(path: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    let wrap = |open: &[u8], close: &[u8]| [open, bytes, close].concat();
    if path.ends_with(".html") {
        Some(bytes.to_vec())
    } else if path.ends_with(".css") {
        Some(wrap(b"<style>", b"</style>"))
    } else if path.ends_with(".js") {
        Some(wrap(b"<script>", b"</script>"))
    } else {
        None
    }
}

/// Asserts both copies give the same bytes for `doc` in every setting; returns how many bytes
/// the patched copy wrote.
fn assert_same(name: &str, doc: &[u8]) -> usize {
    let mut written = 0;
    for (optimal, noncompliant) in ALL_SETTINGS {
        let cfg = settings(optimal, noncompliant);
        let patched = minify_html::minify(doc, &cfg);
        let release = minify_html_upstream::minify(doc, &upstream(&cfg));
        if patched != release {
            panic!(
                "{name} (optimal entities {optimal}, non-compliant unquoted {noncompliant}):\n\
                 patched: {}\nrelease: {}",
                String::from_utf8_lossy(&patched),
                String::from_utf8_lossy(&release)
            );
        }
        written += patched.len();
    }
    written
}

/// Builds the dossier at `root` unminified and checks every page, stylesheet and script.
fn check_built_site(root: &Path) -> usize {
    let config = root.join("config.yaml");
    let text = read(&config);
    let unminified = if text.contains("minify:") {
        text.replace("minify: true", "minify: false")
    } else {
        format!("{text}\nminify: false\n")
    };
    std::fs::write(&config, unminified).unwrap();
    let out = build(root);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = snapshot_dir(&root.join("output"));
    let docs: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|(path, bytes)| Some((path.clone(), document(path, bytes)?)))
        .collect();
    assert!(
        docs.len() > 3,
        "{}: only {} documents",
        root.display(),
        docs.len()
    );
    docs.par_iter()
        .map(|(path, doc)| assert_same(path, doc))
        .count()
}

#[test]
fn the_flagship_minifies_like_the_release() {
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "themes"] {
        copy_dir(&repo().join(part), &dir.path().join(part));
    }
    std::fs::copy(repo().join("config.yaml"), dir.path().join("config.yaml")).unwrap();
    let checked = check_built_site(dir.path());
    assert!(checked > 150, "{checked} documents");
}

#[test]
fn the_fixtures_minify_like_the_release() {
    for name in ["basic", "any-subject"] {
        let dir = fixture(name);
        check_built_site(dir.path());
    }
}

/// Values and text that need each kind of encoding, and some that need none.
#[test]
fn snippets_that_need_encoding_minify_like_the_release() {
    let values = [
        "plain",
        "/works/smith-2020/",
        "two words",
        "tab\there",
        "line\nbreak",
        "say \"hi\"",
        "it's",
        "'leading single",
        "\"leading double",
        "both \" and '",
        "\"1 digit after a quote",
        "'; semicolon after a quote",
        "a=b",
        "back`tick",
        "less < more > than",
        ">;",
        "x >1",
        "tom &amp; jerry",
        "tom & jerry",
        "&notanentity;",
        "&amp",
        "&ampfoo",
        "café ≠ cafe → naïve “quoted” — dash",
        "\u{a0}non-breaking",
        "  padded  ",
        "",
    ];
    let mut written = 0;
    for value in values {
        let escaped = value.replace('&', "&amp;").replace('"', "&quot;");
        for attr in ["title", "class", "href", "data-x", "style"] {
            let doc = format!("<p {attr}=\"{escaped}\">x</p>");
            written += assert_same(&doc, doc.as_bytes());
        }
        let text = value.replace('&', "&amp;").replace('<', "&lt;");
        let doc = format!("<p>{text}</p><title>{text}</title><textarea>{text}</textarea>");
        written += assert_same(&doc, doc.as_bytes());
    }
    assert!(written > 0);
}
