//! Every kind of bad input: exit 1, a message naming the file (and line), no panic, and
//! the previous output left exactly as it was.

mod common;

use common::*;

#[test]
fn malformed_front_matter() {
    let err = fails(|r| edit(r, "content/articles/beta.md", "title: Beta", "title: [Beta"));
    assert!(err.contains("content/articles/beta.md:"), "{err}");
    assert!(err.contains("invalid YAML"), "{err}");
}

#[test]
fn unclosed_front_matter() {
    let err = fails(|r| {
        write(
            r,
            "content/articles/beta.md",
            "---\ntitle: Beta\n\nNo closing fence.\n",
        )
    });
    assert!(err.contains("content/articles/beta.md:1"), "{err}");
    assert!(err.contains("never closed"), "{err}");
}

#[test]
fn malformed_yaml_data() {
    let err = fails(|r| {
        edit(
            r,
            "content/bibliography/works.yaml",
            "  volume: 38",
            "  volume: [38",
        )
    });
    assert!(err.contains("content/bibliography/works.yaml:"), "{err}");
}

#[test]
fn unknown_citation_key_with_suggestion() {
    let err = fails(|r| {
        edit(
            r,
            "content/articles/alpha.md",
            "[^6]: [@wilkins2012]",
            "[^6]: [@wilkins2013]",
        )
    });
    assert!(err.contains("unknown citation key `wilkins2013`"), "{err}");
    assert!(err.contains("content/articles/alpha.md:25"), "{err}");
    assert!(err.contains("did you mean `wilkins2012`?"), "{err}");
}

#[test]
fn duplicate_work_key() {
    let err = fails(|r| {
        let path = r.join("content/bibliography/works.yaml");
        let text = read(&path);
        std::fs::write(
            &path,
            format!("{text}- id: menon2007\n  type: book\n  title: Again\n"),
        )
        .unwrap();
    });
    assert!(err.contains("duplicate work key `menon2007`"), "{err}");
    assert!(err.contains("works.yaml:"), "{err}");
    assert!(
        err.contains("more.bib"),
        "the first definition is not named: {err}"
    );
}

#[test]
fn unknown_config_key() {
    let err = fails(|r| edit(r, "config.yaml", "title:", "titel: x\ntitle:"));
    assert!(err.contains("config.yaml:1"), "{err}");
    assert!(err.contains("unknown field `titel`"), "{err}");
}

#[test]
fn template_syntax_error() {
    let err = fails(|r| {
        edit(
            r,
            "themes/default/templates/source.html",
            "{% endif %}",
            "{% endiff %}",
        )
    });
    assert!(
        err.contains("themes/default/templates/source.html"),
        "{err}"
    );
}

#[test]
fn missing_theme() {
    let err = fails(|r| edit(r, "config.yaml", "title:", "theme: nowhere\ntitle:"));
    assert!(err.contains("theme `nowhere` not found"), "{err}");
    assert!(err.contains("config.yaml"), "{err}");
}

#[test]
fn unknown_work_field() {
    let err = fails(|r| {
        edit(
            r,
            "content/bibliography/works.yaml",
            "  volume: 38",
            "  volumme: 38",
        )
    });
    assert!(err.contains("unknown field `volumme`"), "{err}");
    assert!(err.contains("works.yaml:9"), "{err}");
}

#[test]
fn impossible_date() {
    let err = fails(|r| {
        edit(
            r,
            "content/bibliography/works.yaml",
            "issued: 2022-06-29",
            "issued: 2022-02-30",
        )
    });
    assert!(err.contains("has no day 30"), "{err}");
}

#[test]
fn unclosed_citation_bracket() {
    let err = fails(|r| {
        edit(
            r,
            "content/articles/alpha.md",
            "[^6]: [@wilkins2012]",
            "[^6]: [@wilkins2012",
        )
    });
    assert!(err.contains("never closed"), "{err}");
    assert!(err.contains("alpha.md:25"), "{err}");
}

#[test]
fn unknown_contributor() {
    let err = fails(|r| {
        edit(
            r,
            "content/articles/beta.md",
            "contributors: [zoe-aberg]",
            "contributors: [zoe-aburg]",
        )
    });
    assert!(err.contains("unknown contributor `zoe-aburg`"), "{err}");
    assert!(err.contains("did you mean `zoe-aberg`?"), "{err}");
}

#[test]
fn unsafe_url_is_refused() {
    let err = fails(|r| {
        edit(
            r,
            "content/bibliography/works.yaml",
            "URL: https://www.nato.int/strategic-concept/",
            "URL: javascript:alert(1)",
        )
    });
    assert!(err.contains("unsafe URL"), "{err}");
}

#[test]
fn invalid_utf8() {
    let err = fails(|r| {
        std::fs::write(
            r.join("content/articles/beta.md"),
            b"---\ntitle: B\xff\n---\n",
        )
        .unwrap()
    });
    assert!(err.contains("beta.md:2"), "{err}");
    assert!(err.contains("not valid UTF-8"), "{err}");
}

#[test]
fn output_path_is_a_file() {
    let dir = fixture("basic");
    let output = dir.path().join("site");
    std::fs::write(&output, "not a folder").unwrap();
    let out = dossier(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a file"));
    assert_eq!(read(&output), "not a folder");
}

#[test]
fn all_errors_of_a_build_are_reported_together() {
    let err = fails(|r| {
        edit(
            r,
            "content/articles/alpha.md",
            "[^6]: [@wilkins2012]",
            "[^6]: [@nosuch1]",
        );
        edit(
            r,
            "content/articles/beta.md",
            "[^2]: [@menon2007]",
            "[^2]: [@nosuch2]",
        );
    });
    assert!(err.contains("nosuch1") && err.contains("nosuch2"), "{err}");
    assert!(err.contains("2 errors"), "{err}");
}

#[test]
fn bom_and_crlf_build_correctly() {
    let dir = fixture("basic");
    let path = dir.path().join("content/articles/beta.md");
    let text = read(&path).replace('\n', "\r\n");
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    let out = build(dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = read(dir.path().join("output/articles/beta/index.html"));
    assert!(element_by_id(&page, "li", "note-2").is_some());
}

#[test]
fn metadata_is_escaped() {
    let dir = fixture("basic");
    edit(
        dir.path(),
        "content/articles/beta.md",
        "title: Beta",
        "title: \"Beta </title><script>alert(1)</script>\"",
    );
    let out = build(dir.path());
    assert!(out.status.success());
    let page = read(dir.path().join("output/articles/beta/index.html"));
    // Inside <title> and attribute values the text is inert; it must never close the element.
    let title_end = page.find("</title>").unwrap();
    assert!(
        page[..title_end].ends_with(" · Fixture Dossier"),
        "title breaks out of <title>"
    );
    let h1 = &page[page.find("<h1>").unwrap()..];
    assert!(
        h1.starts_with("<h1>Beta &lt;/title>&lt;script>"),
        "heading not escaped: {}",
        &h1[..80]
    );
}
