//! Stage 1, load: walk `content/`, parse front matter and YAML, keep file and line of
//! every item. Nothing here knows about HTML.

mod article;
pub mod bibtex;
mod contributors;
pub mod files;
pub mod frontmatter;
mod json_items;
mod lines;
mod timeline;
pub mod works;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostics, Error};
use crate::model::{Article, Contributor, Event, Work};

/// Everything read from `content/`, not yet linked.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub works: Vec<Work>,
    pub contributors: Vec<Contributor>,
    pub events: Vec<Event>,
}

/// Reads every content file under `root/content`, reporting all problems together.
pub fn load(root: &Path, config: &Config) -> Result<Loaded, Error> {
    load_with(root, config, &mut Memo::default())
}

/// Like [`load`], but parses only the files whose text is not the one `memo` saw last
/// (serve keeps a memo between rebuilds; a build has none).
pub fn load_with(root: &Path, config: &Config, memo: &mut Memo) -> Result<Loaded, Error> {
    let content = root.join("content");
    let mut out = Diagnostics::default();
    let articles = parse_files(
        &mut memo.articles,
        memo.remember,
        files::list(&content.join("articles"), &["md", "markdown"])?,
        |text, path, out| {
            let slug = crate::text::slugify(&stem(path));
            article::load(text, path, &slug, out).into_iter().collect()
        },
        &mut out,
    )?;
    let works = parse_files(
        &mut memo.works,
        memo.remember,
        files::list(
            &content.join("bibliography"),
            &["yaml", "yml", "json", "bib"],
        )?,
        |text, path, out| match extension(path).as_str() {
            "json" => works::from_json(text, path, out),
            "bib" => bibtex::from_bibtex(text, path, out),
            _ => works::from_yaml(text, path, out),
        },
        &mut out,
    )?;
    let contributors = parse_files(
        &mut memo.contributors,
        memo.remember,
        files::list(&content.join("contributors"), &["md", "markdown"])?,
        |text, path, out| {
            let slug = crate::text::slugify(&stem(path));
            contributors::load(text, path, &slug, out)
                .into_iter()
                .collect()
        },
        &mut out,
    )?;
    let events = parse_files(
        &mut memo.events,
        memo.remember,
        files::list(&content.join("timeline"), &["yaml", "yml"])?,
        timeline::load,
        &mut out,
    )?;
    let articles = articles
        .into_iter()
        .filter(|a| config.drafts || !a.meta.draft)
        .collect();
    out.finish(Loaded {
        articles,
        works,
        contributors,
        events,
    })
}

/// What each content file parsed to, by the hash of its text: a rebuild parses again only
/// the files that changed.
#[derive(Debug, Default)]
pub struct Memo {
    /// Whether to remember at all: a one-off build has no next load.
    remember: bool,
    articles: Files<Article>,
    works: Files<Work>,
    contributors: Files<Contributor>,
    events: Files<Event>,
}

/// Per file, the hash of its text and what it parsed to.
type Files<T> = HashMap<PathBuf, (u64, Arc<[T]>)>;

/// One file's items: parsed now (with its problems), or as the memo had them.
enum Parsed<T> {
    Fresh(PathBuf, u64, Vec<T>, Diagnostics),
    Known(PathBuf, Vec<T>),
}

impl Memo {
    /// A memo that remembers; the default one forgets (a one-off build has no next load).
    pub fn enabled() -> Memo {
        Memo {
            remember: true,
            ..Memo::default()
        }
    }
}

/// Reads and parses `paths` in parallel, in their order; files whose text is the one `memo`
/// parsed last time are taken from it, and it remembers this load if `remember`. Problems
/// go to `out`.
fn parse_files<T: Clone + Send + Sync>(
    memo: &mut Files<T>,
    remember: bool,
    paths: Vec<PathBuf>,
    parse: impl Fn(&str, &Path, &mut Diagnostics) -> Vec<T> + Sync,
    out: &mut Diagnostics,
) -> Result<Vec<T>, Error> {
    let known = &*memo;
    let results: Vec<Result<Parsed<T>, Error>> = paths
        .into_par_iter()
        .map(|path| {
            let mut problems = Diagnostics::default();
            let Some(text) = read(&path, &mut problems)? else {
                return Ok(Parsed::Fresh(path, 0, Vec::new(), problems));
            };
            let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
            if let Some((_, items)) = known.get(&path).filter(|(h, _)| *h == hash) {
                return Ok(Parsed::Known(path, items.to_vec()));
            }
            let items = parse(&text, &path, &mut problems);
            Ok(Parsed::Fresh(path, hash, items, problems))
        })
        .collect();
    let mut all = Vec::new();
    let mut next = HashMap::new();
    for result in results {
        match result? {
            Parsed::Known(path, items) => {
                if let Some(entry) = memo.remove(&path) {
                    next.insert(path, entry);
                }
                all.extend(items);
            }
            Parsed::Fresh(path, hash, items, problems) => {
                if remember && problems.is_empty() {
                    next.insert(path, (hash, Arc::from(items.as_slice())));
                }
                out.extend(problems);
                all.extend(items);
            }
        }
    }
    *memo = next;
    Ok(all)
}

/// Reads a file; an encoding problem is a diagnostic, an I/O failure stops the build.
fn read(path: &Path, out: &mut Diagnostics) -> Result<Option<String>, Error> {
    match files::read_text(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) => out.absorb(e).map(|()| None),
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default()
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let bib = dir.path().join("content/bibliography");
        std::fs::create_dir_all(&bib).unwrap();
        std::fs::write(
            bib.join("a.yaml"),
            "- id: first\n  type: book\n  title: First\n",
        )
        .unwrap();
        std::fs::write(
            bib.join("b.yaml"),
            "- id: second\n  type: book\n  title: Second\n",
        )
        .unwrap();
        dir
    }

    fn titles(loaded: &Loaded) -> Vec<String> {
        loaded.works.iter().map(|w| w.title().to_string()).collect()
    }

    #[test]
    fn memo_parses_again_only_what_changed_and_forgets_deleted_files() {
        let dir = fixture();
        let config = Config::default();
        let mut memo = Memo::enabled();
        let first = load_with(dir.path(), &config, &mut memo).unwrap();
        assert_eq!(titles(&first), ["First", "Second"]);

        let bib = dir.path().join("content/bibliography");
        std::fs::write(
            bib.join("b.yaml"),
            "- id: second\n  type: book\n  title: Second, edited\n",
        )
        .unwrap();
        let edited = load_with(dir.path(), &config, &mut memo).unwrap();
        assert_eq!(titles(&edited), ["First", "Second, edited"]);

        std::fs::remove_file(bib.join("a.yaml")).unwrap();
        let deleted = load_with(dir.path(), &config, &mut memo).unwrap();
        assert_eq!(titles(&deleted), ["Second, edited"]);
        assert_eq!(memo.works.len(), 1);
    }

    #[test]
    fn a_broken_file_is_reported_again_on_every_load() {
        let dir = fixture();
        let config = Config::default();
        let mut memo = Memo::enabled();
        let bib = dir.path().join("content/bibliography");
        std::fs::write(bib.join("b.yaml"), "- id: second\n  type: [oops\n").unwrap();
        assert!(load_with(dir.path(), &config, &mut memo).is_err());
        assert!(load_with(dir.path(), &config, &mut memo).is_err());
        assert_eq!(memo.works.len(), 1, "only the good file is remembered");
    }
}
