//! The sets of printed notes with their answer keys: the seed's notes against the flagship
//! oracle, and every `tests/data/import/<name>-notes.txt` with its `<name>-expected.yaml`
//! (the environmental-history format). A new set is one file pair.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{dossier, load_works, names_of, written_name, Agreement, Imported, Thresholds};
use crate::common::{build, read, repo};

/// An answer key, whatever file it came from: per note the oracle keys it cites, per key the
/// title and names, per (note, key) the locator (none when absent).
pub struct Oracle {
    pub notes: BTreeMap<u32, Vec<String>>,
    pub titles: BTreeMap<String, String>,
    pub names: BTreeMap<String, Vec<String>>,
    pub locators: BTreeMap<(u32, String), Option<String>>,
}

/// `<name>-expected.yaml`: notes, works (title, names), locators by position in the note.
#[derive(Deserialize)]
struct SetFile {
    notes: BTreeMap<u32, Vec<String>>,
    works: BTreeMap<String, SetWork>,
    #[serde(default)]
    locators: BTreeMap<u32, Vec<Option<String>>>,
}

#[derive(Deserialize)]
struct SetWork {
    title: String,
    names: Vec<String>,
}

/// tests/data/flagship-expected.yaml: locators by key; names from the flagship's works.
#[derive(Deserialize)]
struct FlagshipFile {
    notes: BTreeMap<u32, Vec<String>>,
    titles: BTreeMap<String, String>,
    #[serde(default)]
    locators: BTreeMap<u32, BTreeMap<String, String>>,
}

impl Oracle {
    pub fn from_set_file(path: &Path) -> Oracle {
        let file: SetFile =
            serde_yaml::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut locators = BTreeMap::new();
        for (n, list) in &file.locators {
            let keys = file.notes.get(n).map(Vec::as_slice).unwrap_or_default();
            for (k, l) in keys.iter().zip(list) {
                locators.insert((*n, k.clone()), l.clone());
            }
        }
        Oracle {
            titles: file
                .works
                .iter()
                .map(|(k, w)| (k.clone(), w.title.clone()))
                .collect(),
            names: file
                .works
                .iter()
                .map(|(k, w)| (k.clone(), w.names.iter().map(|n| written_name(n)).collect()))
                .collect(),
            notes: file.notes,
            locators,
        }
    }

    pub fn flagship() -> Oracle {
        let file: FlagshipFile =
            serde_yaml::from_str(&read(repo().join("tests/data/flagship-expected.yaml"))).unwrap();
        let works = load_works(&repo().join("content/bibliography/works.yaml"));
        Oracle {
            names: works.iter().map(|w| (w.key.clone(), names_of(w))).collect(),
            locators: file
                .locators
                .iter()
                .flat_map(|(n, by_key)| {
                    by_key
                        .iter()
                        .map(move |(k, l)| ((*n, k.clone()), Some(l.clone())))
                })
                .collect(),
            notes: file.notes,
            titles: file.titles,
        }
    }
}

/// `tests/data/import/<stem>-notes.txt` and its answer key.
pub fn set_files(stem: &str) -> (PathBuf, PathBuf) {
    let dir = repo().join("tests/data/import");
    (
        dir.join(format!("{stem}-notes.txt")),
        dir.join(format!("{stem}-expected.yaml")),
    )
}

/// The stems of every set pair directly in tests/data/import (the frozen folders aside: each
/// has a test of its own).
pub fn stems_in_folder() -> Vec<String> {
    stems_in("")
}

/// The stems of the set pairs in `folder` (under tests/data/import; "" for the folder itself),
/// as `folder/stem`: a held-out set is evaluated without anyone naming its files.
pub fn stems_in(folder: &str) -> Vec<String> {
    let dir = repo().join("tests/data/import").join(folder);
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().to_string();
            let stem = name.strip_suffix("-notes.txt")?.to_string();
            dir.join(format!("{stem}-expected.yaml"))
                .exists()
                .then(|| match folder {
                    "" => stem,
                    _ => format!("{folder}/{stem}"),
                })
        })
        .collect();
    stems.sort();
    stems
}

/// Imports `notes`, prints the figure row and the differences, asserts `thresholds`, and
/// checks that the imported dossier builds and `dossier check` finds no error.
pub fn evaluate(label: &str, notes: &str, oracle: &Oracle, thresholds: Thresholds) -> Imported {
    let slug: String = label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let imported = Imported::new(notes, "notes.txt", &slug);
    let agreement = Agreement::measure(&imported, oracle);
    agreement.print(label);
    let run = build(&imported.root());
    assert!(
        run.status.success(),
        "{label}: build failed\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let check = dossier(&["check", "--root", imported.root().to_str().unwrap()]);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    // A diagnostic line starts with its level; a title quoted in a warning may hold "error".
    let errors = said.lines().any(|l| l.trim_start().starts_with("error"));
    assert!(
        check.status.success() && !errors,
        "{label}: dossier check\n{said}"
    );
    agreement.assert_reaches(thresholds, label);
    imported
}

/// Evaluates the set pair of `stem`.
pub fn evaluate_stem(stem: &str, thresholds: Thresholds) -> Imported {
    let (notes, expected) = set_files(stem);
    evaluate(
        stem,
        &read(notes),
        &Oracle::from_set_file(&expected),
        thresholds,
    )
}
