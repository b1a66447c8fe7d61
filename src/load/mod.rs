//! Stage 1, load: walk `content/`, parse front matter and YAML, keep file and line of
//! every item. Nothing here knows about HTML.

mod article;
pub mod bibtex;
mod contributors;
pub mod files;
pub mod frontmatter;
mod timeline;
pub mod works;

use std::path::Path;

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
    let content = root.join("content");
    let mut out = Diagnostics::default();
    let mut loaded = Loaded::default();

    for path in files::list(&content.join("articles"), &["md", "markdown"])? {
        let Some(text) = read(&path, &mut out)? else {
            continue;
        };
        let slug = crate::text::slugify(&stem(&path));
        if let Some(a) = article::load(&text, &path, &slug, &mut out) {
            if config.drafts || !a.meta.draft {
                loaded.articles.push(a);
            }
        }
    }
    for path in files::list(
        &content.join("bibliography"),
        &["yaml", "yml", "json", "bib"],
    )? {
        let Some(text) = read(&path, &mut out)? else {
            continue;
        };
        let works = match extension(&path).as_str() {
            "json" => works::from_json(&text, &path, &mut out),
            "bib" => bibtex::from_bibtex(&text, &path, &mut out),
            _ => works::from_yaml(&text, &path, &mut out),
        };
        loaded.works.extend(works);
    }
    for path in files::list(&content.join("contributors"), &["md", "markdown"])? {
        let Some(text) = read(&path, &mut out)? else {
            continue;
        };
        let slug = crate::text::slugify(&stem(&path));
        loaded
            .contributors
            .extend(contributors::load(&text, &path, &slug, &mut out));
    }
    for path in files::list(&content.join("timeline"), &["yaml", "yml"])? {
        let Some(text) = read(&path, &mut out)? else {
            continue;
        };
        loaded.events.extend(timeline::load(&text, &path, &mut out));
    }
    out.finish(loaded)
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
