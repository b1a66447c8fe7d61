//! `dossier init DIR`: a new dossier with a commented config.yaml, a sample article whose two
//! notes cite a book and a journal article (one by an institution), a contributor, two
//! timeline events, and the default theme, copied from the binary itself.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Location};

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

const CONFIG: &str = r#"# The dossier's settings. Every key is optional: the values below are the defaults
# (title and description excepted). An unknown key is an error that names it.

# The site's title, in every page's header.
title: My dossier
# One or two sentences for the home page and meta descriptions.
description: A research dossier built with dossier.
# Where the site is published, e.g. https://org.github.io/dossier/ (every internal link
# carries its path). `dossier build --base-url URL` overrides it.
base_url: /
# Language of the pages and the CSL locale.
language: en-US
# A folder under themes/.
theme: default
# A CSL style bundled with hayagriva (chicago-notes, chicago-shortened-notes, apa, ieee, mla, …)
# or the path of a .csl file relative to the dossier.
citation_style: chicago-notes
# Minify HTML, CSS and JS.
minify: true
# Build articles marked `draft: true` (`dossier build --drafts` does too).
drafts: false
# The search box and its index.
search: true
# Write /atom.xml.
feeds: true
timeline:
  # The timeline page's title.
  title: Timeline
  # The years the timeline's axis spans (by default those of the events); later events
  # form the epilogue.
  # from: 2010
  # to: 2022
  # The dossier's kinds of events, in the order of the legend, with their labels. Any kind
  # may be used; `dossier check` warns about kinds not listed here.
  kinds:
    - { kind: document, label: Document }
"#;

const ARTICLE: &str = r#"---
title: "A sample article"
subtitle: "what a dossier article looks like"
type: Research Article
contributors: [sample-author]
date: 2024-01-15
abstract: |
  Replace this article with your own. Its two notes cite a book and a journal article from
  `content/bibliography/works.yaml`, in Pandoc's citation syntax.
keywords: [sample]
---

Every claim can point to its sources through numbered notes[^1]. A note may cite several works,
with page numbers, and prose around them[^2].

## Where to go from here

Edit `config.yaml`, write articles in `content/articles/`, add works to
`content/bibliography/`, and run `dossier build`. To start from an existing article's notes,
paste them into a text file and run `dossier import notes`.

[^1]: On how a dossier keeps its sources, see [@example2012dossiers, 12].
[^2]: [@sampleinstitute2020report, 3–5; @example2012dossiers]
"#;

const WORKS: &str = r#"# The bibliography: a YAML list of works with CSL-JSON field names (see the README).

- id: example2012dossiers
  type: book
  author:
    - family: Example
      given: Ada
  title: "Dossiers: A Sample Book on Keeping Sources"
  title-short: Dossiers
  publisher: Example Press
  publisher-place: London
  issued: 2012

- id: sampleinstitute2020report
  type: article-journal
  author:
    - literal: Sample Research Institute
  title: "A sample report on partnerships: what the data say"
  title-short: A sample report on partnerships
  container-title: Journal of Sample Studies
  volume: "12"
  issue: "2"
  page: 1–20
  issued: 2020-06
"#;

const CONTRIBUTOR: &str = r#"---
name: Sample Author
affiliations:
  - Sample University
---
Sample Author writes the sample article. Replace this profile with yours: the file name is the
slug that articles list under `contributors:`.
"#;

const EVENTS: &str = r#"# Dated events for the timeline, each linked to the works that document it.

- date: 2012
  title: Ada Example publishes her book on dossiers
  kind: document
  summary: The sample book the sample article cites.
  works: [example2012dossiers]
- date: 2020-06
  title: The Sample Research Institute publishes its report
  kind: document
  summary: The report on partnerships the sample article cites.
  works: [sampleinstitute2020report]
"#;

/// The files of a new dossier, relative to its folder.
pub fn files() -> Vec<(String, &'static [u8])> {
    let mut files: Vec<(String, &'static [u8])> = vec![
        ("config.yaml".into(), CONFIG.as_bytes()),
        (
            "content/articles/sample-article.md".into(),
            ARTICLE.as_bytes(),
        ),
        ("content/bibliography/works.yaml".into(), WORKS.as_bytes()),
        (
            "content/contributors/sample-author.md".into(),
            CONTRIBUTOR.as_bytes(),
        ),
        ("content/timeline/events.yaml".into(), EVENTS.as_bytes()),
    ];
    files.extend(
        DEFAULT_THEME
            .iter()
            .map(|(path, bytes)| (format!("themes/default/{path}"), *bytes)),
    );
    files
}

/// Creates a dossier in `dir`. A folder that holds anything is refused unless `force`, which
/// writes the files over what is there. Returns the paths written.
pub fn init(dir: &Path, force: bool) -> Result<Vec<PathBuf>, Error> {
    if dir.exists() && !dir.is_dir() {
        return Err(
            Diagnostic::new(Location::file(dir), "this is a file, not a folder")
                .with_hint("choose a new folder name for the dossier")
                .into(),
        );
    }
    let occupied = std::fs::read_dir(dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if occupied && !force {
        return Err(Diagnostic::new(Location::file(dir), "this folder is not empty; `dossier init` does not write into it")
            .with_hint("choose a new or empty folder, or pass --force to write the sample files over what is there")
            .into());
    }
    let mut written = Vec::new();
    for (relative, bytes) in files() {
        let path = dir.join(&relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| Error::Write {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(&path, bytes).map_err(|source| Error::Write {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_theme_is_every_file_of_the_default_theme() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let mut on_disk = Vec::new();
        for sub in ["static", "templates"] {
            for entry in std::fs::read_dir(root.join(sub)).unwrap().flatten() {
                on_disk.push(format!("{sub}/{}", entry.file_name().to_string_lossy()));
            }
        }
        let top: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect();
        assert_eq!(
            top.len(),
            2,
            "themes/default/ holds more than static/ and templates/: {top:?}"
        );
        on_disk.sort();
        let embedded: Vec<String> = DEFAULT_THEME.iter().map(|(p, _)| p.to_string()).collect();
        assert_eq!(embedded, on_disk, "build.rs embeds every file of the theme");
    }

    #[test]
    fn the_sample_config_names_every_key_of_the_config() {
        let config: crate::config::Config = serde_yaml::from_str(CONFIG).unwrap();
        let defaults = serde_yaml::to_value(crate::config::Config::default()).unwrap();
        for key in defaults.as_mapping().unwrap().keys() {
            let key = key.as_str().unwrap();
            assert!(
                CONFIG.contains(&format!("\n{key}:")),
                "config.yaml lacks `{key}`"
            );
        }
        assert_eq!(config.citation_style, "chicago-notes");
    }
}
