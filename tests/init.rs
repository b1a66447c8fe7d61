//! `dossier init`: a new dossier that builds and passes `dossier check --strict`; a folder
//! that holds anything is refused unless --force.

mod common;

use common::*;

#[test]
fn a_new_dossier_builds_and_passes_the_strict_check() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("mydossier");
    let run = dossier(&["init", root.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let run = build(&root);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(root
        .join("output/articles/sample-article/index.html")
        .exists());
    let check = dossier(&["check", "--root", root.to_str().unwrap(), "--strict"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains("no problems found"));
    assert!(
        check.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn the_theme_is_copied_from_the_binary_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("d");
    assert!(dossier(&["init", root.to_str().unwrap()]).status.success());
    let copied = snapshot_dir(&root.join("themes/default"));
    let original = snapshot_dir(&repo().join("themes/default"));
    assert_eq!(
        copied.keys().collect::<Vec<_>>(),
        original.keys().collect::<Vec<_>>()
    );
    assert!(
        copied == original,
        "a theme file differs from themes/default/"
    );
    let config = read(root.join("config.yaml"));
    for key in [
        "title",
        "description",
        "base_url",
        "language",
        "theme",
        "citation_style",
        "minify",
        "drafts",
        "search",
        "feeds",
        "timeline",
        "from",
        "to",
    ] {
        assert!(
            config.contains(&format!("{key}:")),
            "config.yaml lacks `{key}`"
        );
    }
}

#[test]
fn a_folder_that_is_not_empty_is_refused_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let run = dossier(&["init", dir.path().to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("not empty") && err.contains("--force"),
        "{err}"
    );
    assert!(
        !dir.path().join("config.yaml").exists(),
        "a refused init wrote files"
    );
    let run = dossier(&["init", dir.path().to_str().unwrap(), "--force"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(read(dir.path().join("notes.txt")), "mine");
    assert!(build(dir.path()).status.success());
}
