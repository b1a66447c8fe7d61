//! A corpus of broken inputs, one case each: every one exits 1 with a message naming the
//! file (and the line where there is one), never panics, and leaves the previous output
//! as it was (`common::fails` checks all of that). Merely unusual inputs build instead.

mod common;

use std::path::Path;

use common::*;

/// One broken input: `$breakage` applied to a copy of the fixture, then every `$expected`
/// text must appear in the error output.
macro_rules! broken {
    ($name:ident, $breakage:expr, [$($expected:expr),+ $(,)?]) => {
        #[test]
        fn $name() {
            let err = fails($breakage);
            $(assert!(err.contains($expected), "expected {:?} in:\n{err}", $expected);)+
        }
    };
}

fn append(root: &Path, file: &str, text: &str) {
    let path = root.join(file);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(&path, format!("{old}{text}")).unwrap();
}

const WORKS: &str = "content/bibliography/works.yaml";
const ALPHA: &str = "content/articles/alpha.md";
const BETA: &str = "content/articles/beta.md";
const EVENTS: &str = "content/timeline/events.yaml";
const PROFILE: &str = "content/contributors/zoe-aberg.md";

// Articles and notes.
broken!(
    empty_article_file,
    |r| write(r, BETA, ""),
    ["beta.md:1", "missing front matter"]
);
broken!(
    front_matter_not_a_mapping,
    |r| write(r, BETA, "---\n- a\n- b\n---\n"),
    ["beta.md:2", "invalid"]
);
broken!(
    unknown_front_matter_key,
    |r| edit(r, BETA, "title: Beta", "title: Beta\ntittle: Beta"),
    ["beta.md:3", "unknown field `tittle`"]
);
broken!(
    title_of_wrong_type,
    |r| edit(r, BETA, "title: Beta", "title: [Beta, Gamma]"),
    ["beta.md:2", "invalid type"]
);
broken!(
    missing_title,
    |r| edit(r, BETA, "title: Beta\n", ""),
    ["beta.md", "title"]
);
broken!(
    impossible_article_date,
    |r| edit(r, BETA, "date: 2023-05-02", "date: 2023-02-30"),
    ["beta.md:4", "has no day 30"]
);
broken!(
    duplicate_note_number,
    |r| append(r, BETA, "\n[^2]: Again.\n"),
    ["beta.md:", "note [^2] is defined twice"]
);
broken!(
    empty_citation_item,
    |r| edit(r, BETA, "[@menon2007]", "[@menon2007;]"),
    ["beta.md:11:19", "empty item"]
);
broken!(
    citation_item_without_key,
    |r| edit(r, BETA, "[@menon2007]", "[@menon2007; and more]"),
    ["beta.md:11:19", "names no work"]
);
broken!(
    unknown_key_in_body,
    |r| append(r, ALPHA, "\nBody text [@nobody2020].\n"),
    ["alpha.md:27:12", "unknown citation key `nobody2020`"]
);
broken!(
    unknown_contributor_slug,
    |r| edit(r, BETA, "[zoe-aberg]", "[nobody]"),
    ["beta.md", "unknown contributor `nobody`"]
);
broken!(
    two_articles_one_url,
    |r| write(
        r,
        "content/articles/Beta.md",
        "---\ntitle: Other Beta\n---\n"
    ),
    ["share the URL /articles/beta/"]
);

// Works.
broken!(
    work_without_id,
    |r| append(r, WORKS, "- type: book\n  title: No key\n"),
    ["works.yaml:", "has no `id`"]
);
broken!(
    work_without_type,
    |r| append(r, WORKS, "- id: untyped\n  title: No type\n"),
    ["works.yaml:", "work `untyped` has no `type`"]
);
broken!(
    unknown_work_type,
    |r| append(r, WORKS, "- id: typo\n  type: bok\n"),
    [
        "works.yaml:",
        "unknown CSL type `bok`",
        "did you mean `book`?"
    ]
);
broken!(
    text_field_of_wrong_type,
    |r| edit(
        r,
        WORKS,
        "publisher: Fixture Press",
        "publisher: [Fixture, Press]"
    ),
    ["works.yaml:", "`publisher` must be text"]
);
broken!(
    names_of_wrong_type,
    |r| append(r, WORKS, "- id: badnames\n  type: book\n  author: 5\n"),
    ["works.yaml:", "`author` must be a list of names"]
);
broken!(
    unknown_name_part,
    |r| append(
        r,
        WORKS,
        "- id: badpart\n  type: book\n  author:\n    - famly: Smith\n"
    ),
    ["works.yaml:", "unknown name part `famly`"]
);
broken!(
    impossible_month,
    |r| edit(r, WORKS, "issued: 2020", "issued: 2020-13"),
    ["works.yaml:", "month 13 does not exist"]
);
broken!(
    works_file_not_a_list,
    |r| write(r, WORKS, "id: x\ntype: book\n"),
    ["works.yaml:1", "must be a list of works"]
);
broken!(
    unusable_key,
    |r| append(r, WORKS, "- id: a/b\n  type: book\n"),
    ["works.yaml:", "not a usable work key"]
);
broken!(
    keys_differing_only_in_case,
    |r| append(r, WORKS, "- id: Menon2007\n  type: book\n  title: Clash\n"),
    ["works.yaml:", "differ only in case"]
);
broken!(
    malformed_bibtex,
    |r| write(
        r,
        "content/bibliography/more.bib",
        "@book{menon2007,\n  title = {Unclosed\n"
    ),
    ["more.bib:", "invalid BibTeX"]
);
broken!(
    malformed_csl_json,
    |r| write(
        r,
        "content/bibliography/zotero.json",
        "[{\"id\": \"smith2019\",, }]"
    ),
    ["zotero.json:1:", "invalid CSL-JSON"]
);
broken!(
    csl_json_item_not_an_object,
    |r| write(r, "content/bibliography/zotero.json", "[\"smith2019\"]"),
    ["zotero.json:", "must be a mapping"]
);
broken!(
    yaml_alias_bomb,
    |r| write(r, WORKS, &alias_bomb()),
    ["works.yaml", "invalid YAML"]
);
broken!(
    deeply_nested_yaml,
    |r| write(
        r,
        WORKS,
        &format!(
            "- id: deep\n  type: book\n  title: {}{}\n",
            "[".repeat(5000),
            "]".repeat(5000)
        )
    ),
    ["works.yaml", "invalid YAML"]
);

// Contributors and the timeline.
broken!(
    profile_without_name,
    |r| edit(r, PROFILE, "name: Zoë Åberg", "name: \"\""),
    ["zoe-aberg.md", "has no `name`"]
);
broken!(
    invalid_orcid,
    |r| edit(r, PROFILE, "0000-0002-1825-0097", "1234"),
    ["zoe-aberg.md", "not an ORCID iD"]
);
broken!(
    unsafe_profile_link,
    |r| edit(
        r,
        PROFILE,
        "url: https://example.org/zoe",
        "url: \"javascript:alert(1)\""
    ),
    ["zoe-aberg.md:7", "unsafe URL"]
);
broken!(
    issuing_body_of_wrong_type,
    |r| edit(
        r,
        WORKS,
        "  publisher: NATO\n",
        "  publisher: NATO\n  issuing-body: 3\n"
    ),
    ["works.yaml:20", "`issuing-body` must be `true`"]
);
broken!(
    event_kind_listed_twice,
    |r| append(r, "config.yaml", "    - kind: Document\n"),
    ["config.yaml", "timeline.kinds lists `Document` twice"]
);
broken!(
    unusable_event_kind,
    |r| edit(r, EVENTS, "kind: document", "kind: \"--\""),
    ["events.yaml:9", "`--` is not a usable event kind"]
);
broken!(
    event_ending_before_it_starts,
    |r| edit(r, EVENTS, "end: 2022-06-30", "end: 2021-06-30"),
    ["events.yaml:2", "ends before it starts"]
);
broken!(
    event_citing_unknown_work,
    |r| edit(r, EVENTS, "works: [wilkins2012]", "works: [wilkins2021]"),
    [
        "events.yaml:7",
        "unknown citation key `wilkins2021`",
        "did you mean `wilkins2012`?"
    ]
);
broken!(
    event_without_title,
    |r| edit(r, EVENTS, "  title: Wilkins publishes on alignment\n", ""),
    ["events.yaml:7", "missing field `title`"]
);

// Configuration and theme.
broken!(
    config_value_of_wrong_type,
    |r| append(r, "config.yaml", "minify: maybe\n"),
    ["config.yaml:8", "invalid type"]
);
broken!(
    config_base_url_not_a_url,
    |r| edit(
        r,
        "config.yaml",
        "base_url: https://example.org/",
        "base_url: example.org"
    ),
    ["config.yaml", "neither an absolute URL nor a path"]
);
broken!(
    unknown_citation_style,
    |r| append(r, "config.yaml", "citation_style: chicago-nope\n"),
    ["config.yaml", "unknown citation style `chicago-nope`"]
);
broken!(
    template_with_undefined_variable,
    |r| edit(
        r,
        "themes/default/templates/author.html",
        "{{ author.name }}",
        "{{ author.nickname }}"
    ),
    ["author.html", "template error"]
);
broken!(
    theme_missing_a_template,
    |r| std::fs::remove_file(r.join("themes/default/templates/timeline.html")).unwrap(),
    ["timeline.html", "the theme has no template `timeline.html`"]
);

// The file system.
broken!(
    dangling_symlink_as_article,
    |r| std::os::unix::fs::symlink(r.join("nowhere.md"), r.join("content/articles/ghost.md"))
        .unwrap(),
    ["ghost.md", "cannot read"]
);
broken!(
    symlink_loop_in_content,
    |r| std::os::unix::fs::symlink(r.join("content"), r.join("content/articles/loop")).unwrap(),
    ["contains itself"]
);

fn alias_bomb() -> String {
    let mut yaml = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
    let mut previous = "a";
    for name in names {
        yaml.push_str(&format!("{name}: &{name} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n"));
        previous = name;
    }
    yaml
}

#[test]
fn output_under_a_file_is_not_writable() {
    let dir = fixture("basic");
    std::fs::write(dir.path().join("blocker"), "a file").unwrap();
    let output = dir.path().join("blocker/site");
    let out = dossier(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot write") && err.contains("blocker"),
        "{err}"
    );
}

#[test]
fn unusual_inputs_build() {
    let dir = fixture("basic");
    let root = dir.path();
    // An empty config means every default; a 10 MB note is long, not wrong.
    write(root, "config.yaml", "");
    let long = "word ".repeat(2_000_000);
    append(root, BETA, &format!("\n[^3]: {long}[@menon2007]\n"));
    let out = build(root);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = read(root.join("output/articles/beta/index.html"));
    assert!(page.len() > 10_000_000);
    assert!(page.contains("id=note-3"));
}

#[test]
fn unsafe_markdown_link_is_neutralised() {
    let dir = fixture("basic");
    append(
        dir.path(),
        BETA,
        "\n[click](javascript:alert(1)) and <a href=\"/sources/menon2007/\">raw HTML</a>\n",
    );
    let out = build(dir.path());
    assert!(out.status.success());
    let page = read(dir.path().join("output/articles/beta/index.html"));
    assert!(!page.contains("javascript:"), "unsafe scheme published");
}
