//! Helpers of the import tests: a fresh dossier with notes imported through the binary, and
//! the agreement of an import with a hand-made oracle, compared through titles and names.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use dossier::model::{Name, Work};

use std::process::Output;

use super::common::{dossier, read};

/// A fresh dossier with `notes` imported as article `slug`.
pub struct Imported {
    pub dir: tempfile::TempDir,
    pub slug: String,
}

impl Imported {
    pub fn new(notes: &str, file_name: &str, slug: &str) -> Imported {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("dossier");
        let run = dossier(&["init", root.to_str().unwrap()]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let file = dir.path().join(file_name);
        std::fs::write(&file, notes).unwrap();
        let run = import_notes(&file, &root, slug, &[]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        Imported {
            dir,
            slug: slug.to_string(),
        }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("dossier")
    }

    pub fn article(&self) -> String {
        read(
            self.root()
                .join(format!("content/articles/{}.md", self.slug)),
        )
    }

    pub fn report(&self) -> String {
        read(
            self.root()
                .join(format!("content/.import-{}-report.txt", self.slug)),
        )
    }

    pub fn works(&self) -> Vec<Work> {
        load_works(
            &self
                .root()
                .join(format!("content/bibliography/{}.yaml", self.slug)),
        )
    }

    pub fn work(&self, key: &str) -> Work {
        self.works()
            .into_iter()
            .find(|w| w.key == key)
            .unwrap_or_else(|| panic!("no work `{key}`"))
    }

    /// Each note's cited keys with their locators, in order.
    pub fn notes(&self) -> BTreeMap<u32, Vec<(String, Option<String>)>> {
        let mut out = BTreeMap::new();
        for line in self.article().lines() {
            let Some(rest) = line.strip_prefix("[^") else {
                continue;
            };
            let Some((number, text)) = rest.split_once("]: ") else {
                continue;
            };
            let extracted =
                dossier::cite::extract(text).expect("the imported note's citations parse");
            let keys = extracted
                .clusters
                .iter()
                .flat_map(|c| &c.items)
                .map(|i| (i.key.clone(), i.locator.as_ref().map(written_locator)))
                .collect();
            out.insert(number.parse().unwrap(), keys);
        }
        out
    }

    pub fn note_text(&self, n: u32) -> String {
        let prefix = format!("[^{n}]: ");
        self.article()
            .lines()
            .find_map(|l| l.strip_prefix(&prefix).map(str::to_string))
            .unwrap_or_default()
    }
}

pub fn load_works(path: &Path) -> Vec<Work> {
    let mut out = dossier::error::Diagnostics::default();
    let works = dossier::load::works::from_yaml(&read(path), path, &mut out);
    out.finish(works).unwrap_or_else(|e| panic!("{e}"))
}

/// Letters and digits only, folded: what two titles or names share whatever their typography.
pub fn normalise(text: &str) -> String {
    dossier::text::fold(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

pub fn names_of(work: &Work) -> Vec<String> {
    work.creators()
        .map(|(role, n)| match n {
            Name::Person { family, given, .. } => {
                format!(
                    "{role}:{}|{}",
                    normalise(family),
                    normalise(given.as_deref().unwrap_or(""))
                )
            }
            Name::Institution { literal } => format!("{role}:{}", normalise(literal)),
        })
        .collect()
}

/// How an import compares with an oracle: works matched by title, notes citing the same
/// works, works with the same names split the same way.
pub struct Agreement {
    pub works_found: usize,
    pub works_by_prefix: usize,
    pub works_expected: usize,
    pub works_imported: usize,
    pub notes_identical: usize,
    pub notes_expected: usize,
    pub authors_identical: usize,
    pub authors_compared: usize,
    pub differences: Vec<String>,
}

impl Agreement {
    /// `expected_notes`: note → oracle keys; `expected_titles` and `expected_names`: per oracle key.
    pub fn measure(
        imported: &Imported,
        expected_notes: &BTreeMap<u32, Vec<String>>,
        expected_titles: &BTreeMap<String, String>,
        expected_names: &BTreeMap<String, Vec<String>>,
    ) -> Agreement {
        let works = imported.works();
        let mut differences = Vec::new();
        // Imported key → oracle key: the same title; then, for the rest, a title containing
        // the other (an oracle title completed from the public record), if unique.
        let mut to_oracle: BTreeMap<String, String> = BTreeMap::new();
        for w in &works {
            let taken: BTreeSet<String> = to_oracle.values().cloned().collect();
            let same_title: Vec<&String> = expected_titles
                .iter()
                .filter(|(k, t)| !taken.contains(*k) && normalise(t) == normalise(w.title()))
                .map(|(k, _)| k)
                .collect();
            // Two works of one title (by different authors): the one with the same names.
            let best = same_title
                .iter()
                .find(|k| expected_names.get(**k) == Some(&names_of(w)))
                .or(same_title.first());
            if let Some(k) = best {
                to_oracle.insert(w.key.clone(), (*k).clone());
            }
        }
        let exact = to_oracle.len();
        for w in &works {
            if to_oracle.contains_key(&w.key) {
                continue;
            }
            let taken: BTreeSet<&String> = to_oracle.values().collect();
            let mine = normalise(w.title());
            let candidates: Vec<&String> = expected_titles
                .iter()
                .filter(|(k, t)| {
                    !taken.contains(k)
                        && mine.len() >= 8
                        && (normalise(t).contains(&mine) || mine.contains(&normalise(t)))
                })
                .map(|(k, _)| k)
                .collect();
            if let [one] = candidates.as_slice() {
                differences.push(format!(
                    "title “{}” matched “{}” by containment",
                    w.title(),
                    expected_titles[*one]
                ));
                to_oracle.insert(w.key.clone(), (*one).clone());
            } else {
                differences.push(format!(
                    "imported work `{}` “{}” has no counterpart",
                    w.key,
                    w.title()
                ));
            }
        }
        let found: BTreeSet<&String> = to_oracle.values().collect();
        for (k, t) in expected_titles {
            if !found.contains(k) {
                differences.push(format!("expected work `{k}` “{t}” not found"));
            }
        }
        let notes = imported.notes();
        let mut notes_identical = 0;
        for (n, keys) in expected_notes {
            let want: BTreeSet<&String> = keys.iter().collect();
            let got: BTreeSet<String> = notes
                .get(n)
                .map(|cites| {
                    cites
                        .iter()
                        .map(|(k, _)| to_oracle.get(k).cloned().unwrap_or_else(|| format!("?{k}")))
                        .collect()
                })
                .unwrap_or_default();
            let got: BTreeSet<&String> = got.iter().collect();
            if got == want {
                notes_identical += 1;
            } else {
                differences.push(format!("note {n}: cites {got:?}, expected {want:?}"));
            }
        }
        let mut authors_identical = 0;
        let mut authors_compared = 0;
        for w in &works {
            let Some(k) = to_oracle.get(&w.key) else {
                continue;
            };
            let Some(expected) = expected_names.get(k) else {
                continue;
            };
            authors_compared += 1;
            if &names_of(w) == expected {
                authors_identical += 1;
            } else {
                differences.push(format!(
                    "names of `{k}`: {:?}, expected {expected:?}",
                    names_of(w)
                ));
            }
        }
        Agreement {
            works_found: found.len(),
            works_by_prefix: found.len() - exact,
            works_expected: expected_titles.len(),
            works_imported: works.len(),
            notes_identical,
            notes_expected: expected_notes.len(),
            authors_identical,
            authors_compared,
            differences,
        }
    }

    pub fn print(&self, label: &str) {
        println!("{label}: works found {}/{} ({} by title containment; {} imported), notes identical {}/{}, authors identical {}/{}",
            self.works_found, self.works_expected, self.works_by_prefix, self.works_imported,
            self.notes_identical, self.notes_expected, self.authors_identical, self.authors_compared);
        for d in &self.differences {
            println!("  {d}");
        }
    }

    pub fn assert_at_least(&self, share: f64) {
        let ok = |a: usize, b: usize| b > 0 && a as f64 >= share * b as f64;
        assert!(
            ok(self.works_found, self.works_expected),
            "works found {}/{}",
            self.works_found,
            self.works_expected
        );
        assert!(
            ok(self.notes_identical, self.notes_expected),
            "notes identical {}/{}",
            self.notes_identical,
            self.notes_expected
        );
        assert!(
            ok(self.authors_identical, self.authors_compared),
            "authors identical {}/{}",
            self.authors_identical,
            self.authors_compared
        );
    }
}

/// `author: Le Corre, Élodie` / `author: NATO` as [`names_of`] writes them.
pub fn written_name(text: &str) -> String {
    let (role, name) = text.split_once(": ").unwrap_or(("author", text));
    match name.split_once(", ") {
        Some((family, given)) => format!("{role}:{}|{}", normalise(family), normalise(given)),
        None => format!("{role}:{}", normalise(name)),
    }
}

/// `48`, `chap. 3`, `no. 2`: a locator as a note writes it.
pub fn written_locator(l: &dossier::cite::Locator) -> String {
    use dossier::cite::LocatorLabel::*;
    match l.label {
        Page => l.value.clone(),
        Chapter => format!("chap. {}", l.value),
        Issue => format!("no. {}", l.value),
        Section => format!("sec. {}", l.value),
        Volume => format!("vol. {}", l.value),
        other => format!("{other:?} {}", l.value),
    }
}

/// Runs `dossier import notes FILE --root ROOT --article SLUG` with `extra` flags.
pub fn import_notes(file: &Path, root: &Path, slug: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "import",
        "notes",
        file.to_str().unwrap(),
        "--root",
        root.to_str().unwrap(),
        "--article",
        slug,
    ];
    args.extend_from_slice(extra);
    dossier(&args)
}
