//! The persistent reference cache: a warm build formats nothing, and any change to a work,
//! the style or the locale shows in the output (a wrong cache hit is a correctness bug).

mod common;

use common::*;

fn note(root: &std::path::Path, article: &str, n: u32) -> String {
    let page = read(root.join(format!("output/articles/{article}/index.html")));
    text(element_by_id(&page, "li", &format!("note-{n}")).unwrap())
}

fn build_ok(root: &std::path::Path) -> String {
    let out = build(root);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn warm_build_formats_nothing_and_gives_the_same_output() {
    let dir = fixture("basic");
    let cold = build_ok(dir.path());
    assert!(dir.path().join(".dossier-cache/references.json").is_file());
    let first = snapshot_dir(&dir.path().join("output"));
    let warm = build_ok(dir.path());
    assert!(warm.contains(" 0 references formatted"), "{warm}");
    assert!(!cold.contains(" 0 references formatted"), "{cold}");
    assert_eq!(first, snapshot_dir(&dir.path().join("output")));
    let no_cache = dossier(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--no-cache",
    ]);
    assert!(!String::from_utf8_lossy(&no_cache.stdout).contains(" 0 references formatted"));
    assert_eq!(first, snapshot_dir(&dir.path().join("output")));
}

#[test]
fn a_changed_work_is_formatted_again() {
    let dir = fixture("basic");
    build_ok(dir.path());
    assert!(note(dir.path(), "alpha", 1).contains("Review of International Studies"));
    let works = dir.path().join("content/bibliography/works.yaml");
    std::fs::write(
        &works,
        read(&works).replace(
            "Review of International Studies",
            "Journal of Cache Studies",
        ),
    )
    .unwrap();
    build_ok(dir.path());
    let n1 = note(dir.path(), "alpha", 1);
    assert!(n1.contains("Journal of Cache Studies"), "{n1}");
}

#[test]
fn a_changed_style_or_locale_changes_the_output() {
    let dir = fixture("basic");
    build_ok(dir.path());
    let chicago = note(dir.path(), "alpha", 2);
    let config = dir.path().join("config.yaml");
    let original = read(&config);
    std::fs::write(&config, format!("{original}citation_style: apa\n")).unwrap();
    build_ok(dir.path());
    let apa = note(dir.path(), "alpha", 2);
    assert_ne!(chicago, apa);
    assert!(apa.contains("(Wilkins, 2012, p. 60; NATO, 2022"), "{apa}");
    std::fs::write(&config, format!("{original}language: de-DE\n")).unwrap();
    build_ok(dir.path());
    let german = note(dir.path(), "alpha", 2);
    assert_ne!(chicago, german);
    assert!(german.contains(" und "), "{german}");
}

#[test]
fn clean_removes_output_and_cache() {
    let dir = fixture("basic");
    build_ok(dir.path());
    let out = dossier(&["clean", "--root", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    assert!(!dir.path().join("output").exists());
    assert!(!dir.path().join(".dossier-cache").exists());
}
