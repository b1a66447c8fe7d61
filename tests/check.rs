//! `dossier check`: the errors of `build` without writing, and a warning for each likely
//! mistake on a fixture made to have it.

mod common;

use common::*;

fn check(root: &std::path::Path, strict: bool) -> (i32, String) {
    let mut args = vec!["check", "--root", root.to_str().unwrap()];
    if strict {
        args.push("--strict");
    }
    let out = dossier(&args);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), all)
}

fn append(root: &std::path::Path, file: &str, text: &str) {
    let path = root.join(file);
    let old = read(&path);
    std::fs::write(&path, format!("{old}{text}")).unwrap();
}

#[test]
fn clean_fixture_has_no_warnings_and_writes_nothing() {
    let dir = fixture("basic");
    let (code, out) = check(dir.path(), true);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no problems found"), "{out}");
    assert!(!dir.path().join("output").exists(), "check wrote output");
}

#[test]
fn each_likely_mistake_is_reported() {
    let dir = fixture("basic");
    let root = dir.path();
    append(root, "content/bibliography/works.yaml", "- id: orphan2001\n  type: book\n  title: Never cited\n  issued: 2001\n- id: wilkins2013\n  type: book\n  author:\n    - family: Wilkins\n      given: Thomas\n  title: Another book\n  issued: 2013\n");
    append(
        root,
        "content/articles/beta.md",
        "\nSee [the missing page](/sources/nowhere/) and cite [@wilkins2013].\n",
    );
    append(
        root,
        "content/timeline/events.yaml",
        "- date: 2016\n  title: An event with no documents\n",
    );
    std::fs::write(
        root.join("content/articles/undated.md"),
        "---\ntitle: Undated\n---\n\n[^1]: [@menon2007]\n",
    )
    .unwrap();
    let (code, out) = check(root, false);
    assert_eq!(code, 0, "warnings alone must not fail: {out}");
    assert!(out.contains("work `orphan2001` is never cited"), "{out}");
    assert!(
        out.contains("“Thomas S. Wilkins” and “Thomas Wilkins” may be the same person")
            || out.contains("“Thomas Wilkins” and “Thomas S. Wilkins” may be the same person"),
        "{out}"
    );
    assert!(
        out.contains("event “An event with no documents” lists no works"),
        "{out}"
    );
    assert!(
        out.contains("link to /sources/nowhere/ points to no page"),
        "{out}"
    );
    assert!(out.contains("content/articles/beta.md"), "{out}");
    assert!(
        out.contains("article “Undated” has no date, contributors, abstract"),
        "{out}"
    );
    let (strict, _) = check(root, true);
    assert_eq!(strict, 1);
    assert!(!root.join("output").exists(), "check wrote output");
}

#[test]
fn errors_fail_the_check() {
    let dir = fixture("basic");
    append(
        dir.path(),
        "content/articles/beta.md",
        "\n[^9]: [@nosuchwork]\n",
    );
    let (code, out) = check(dir.path(), false);
    assert_eq!(code, 1);
    assert!(out.contains("unknown citation key `nosuchwork`"), "{out}");
}

#[test]
fn flagship_passes() {
    let (code, out) = check(&repo(), false);
    assert_eq!(code, 0, "{out}");
}
