//! `dossier import bib`: BibTeX and CSL-JSON exports into the fixture dossier: a work already
//! there (same title, year and first author; same address) is matched, a new one added, a
//! key taken by a different work and an unusable entry skipped; the dossier still builds.

mod common;

use common::*;

fn import_bib(root: &std::path::Path, file: &str) -> (String, String, Option<i32>) {
    let path = repo().join("tests/data/import").join(file);
    let run = dossier(&[
        "import",
        "bib",
        path.to_str().unwrap(),
        "--root",
        root.to_str().unwrap(),
    ]);
    (
        String::from_utf8_lossy(&run.stdout).to_string(),
        String::from_utf8_lossy(&run.stderr).to_string(),
        run.status.code(),
    )
}

#[test]
fn a_bibtex_export_adds_matches_and_skips() {
    let dir = fixture("basic");
    let (out, err, code) = import_bib(dir.path(), "zotero.bib");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("1 added, 1 matched, 2 skipped"), "{out}");
    assert!(out.contains("added    carson1963rachel"), "{out}");
    assert!(out.contains("matched  menon2007end = menon2007"), "{out}");
    assert!(
        out.contains("skipped  aberg2020: the key is taken by a different work"),
        "{out}"
    );
    assert!(out.contains("unsafe URL"), "{out}");
    let written = read(dir.path().join("content/bibliography/imported.yaml"));
    assert!(written.contains("- id: carson1963rachel"), "{written}");
    assert!(
        written.contains("family: van der Berg")
            || written.contains("non-dropping-particle: van der"),
        "{written}"
    );
    assert!(
        written.contains("DOI: \"10.1000/example.2003.8.2\""),
        "{written}"
    );
    let run = build(dir.path());
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = read(
        dir.path()
            .join("output/sources/carson1963rachel/index.html"),
    );
    assert!(page.contains("Pesticide Debate"));
}

#[test]
fn a_csl_json_export_adds_matches_and_skips_and_a_second_run_adds_nothing() {
    let dir = fixture("basic");
    let (out, err, code) = import_bib(dir.path(), "zotero.json");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("1 added, 1 matched, 2 skipped"), "{out}");
    assert!(out.contains("matched  budgets-again = smith2019"), "{out}");
    assert!(out.contains("added    fao2020forests"), "{out}");
    assert!(
        out.contains("skipped  nato2022: the key is taken by a different work"),
        "{out}"
    );
    assert!(out.contains("has no `type`"), "{out}");
    let file = dir.path().join("content/bibliography/imported.yaml");
    let first = read(&file);
    let (again, _, code) = import_bib(dir.path(), "zotero.json");
    assert_eq!(code, Some(0));
    assert!(again.contains("0 added, 2 matched"), "{again}");
    assert_eq!(read(&file), first, "a second import changed the file");
    let run = build(dir.path());
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_file_that_is_no_bibliography_is_an_error_naming_it() {
    let dir = fixture("basic");
    let bad = dir.path().join("notes.bib");
    std::fs::write(&bad, "@book{broken,\n  title = {Unclosed\n").unwrap();
    let run = dossier(&[
        "import",
        "bib",
        bad.to_str().unwrap(),
        "--root",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("notes.bib"), "{err}");
    assert!(!dir
        .path()
        .join("content/bibliography/imported.yaml")
        .exists());
}
