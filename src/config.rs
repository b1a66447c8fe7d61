//! `config.yaml`: typed, with defaults for everything optional and an error for unknown keys.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error, Location};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The dossier's title, shown in every page's header.
    pub title: String,
    /// One or two sentences for the home page and meta descriptions.
    pub description: String,
    /// Where the site is published; may carry a sub-path (`https://org.github.io/dossier/`).
    pub base_url: String,
    /// BCP 47 language of the content and of the CSL locale (`en-US`).
    pub language: String,
    /// Folder name under `themes/`.
    pub theme: String,
    /// A CSL style bundled with hayagriva (`chicago-notes`, `apa`, `ieee`, …) or a path to a `.csl` file.
    pub citation_style: String,
    /// Minify HTML, CSS and JS.
    pub minify: bool,
    /// Build articles marked `draft: true`.
    pub drafts: bool,
    /// Build the search index and show the search box.
    pub search: bool,
    /// Write `/atom.xml`.
    pub feeds: bool,
    /// The range that the timeline's axis spans.
    pub timeline: TimelineConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TimelineConfig {
    pub title: String,
    /// First year of the axis; by default the year of the earliest event.
    pub from: Option<i32>,
    /// Last year of the axis; by default the year of the latest event not in the epilogue.
    pub to: Option<i32>,
    /// The dossier's kinds of events, in the order of the legend, each with its label.
    pub kinds: Vec<EventKind>,
}

/// One kind of timeline event as `config.yaml` lists it: `{kind: summit, label: Summit}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventKind {
    pub kind: String,
    /// What readers see; by default made from the kind (`trade-deal` → “Trade deal”).
    #[serde(default)]
    pub label: Option<String>,
}

impl Default for TimelineConfig {
    fn default() -> Self {
        TimelineConfig {
            title: "Timeline".into(),
            from: None,
            to: None,
            kinds: Vec::new(),
        }
    }
}

impl TimelineConfig {
    /// Where `kind` stands among the listed kinds, matched by slug (`Summit` is `summit`).
    pub fn listed(&self, kind: &str) -> Option<usize> {
        let slug = crate::text::slugify(kind);
        self.kinds
            .iter()
            .position(|k| crate::text::slugify(&k.kind) == slug)
    }

    /// The label of a kind: the one listed in `config.yaml`, or one made from its name.
    pub fn label(&self, kind: &str) -> String {
        self.listed(kind)
            .and_then(|i| self.kinds[i].label.clone())
            .unwrap_or_else(|| label_from_name(kind))
    }
}

/// `strategic-concept` → “Strategic concept”, `trade_deal` → “Trade deal”.
pub fn label_from_name(kind: &str) -> String {
    let words = kind.replace(['-', '_'], " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::capitalise(&words)
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Dossier".into(),
            description: String::new(),
            base_url: "/".into(),
            language: "en-US".into(),
            theme: "default".into(),
            citation_style: "chicago-notes".into(),
            minify: true,
            drafts: false,
            search: true,
            feeds: true,
            timeline: TimelineConfig::default(),
        }
    }
}

impl Config {
    /// Reads `config.yaml` under `root` (or `file`); a missing default file means all defaults.
    pub fn load(root: &Path, file: Option<&Path>) -> Result<Config, Error> {
        let path: PathBuf = match file {
            Some(f) if f.is_absolute() => f.to_path_buf(),
            Some(f) => f.to_path_buf(),
            None => root.join("config.yaml"),
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && file.is_none() => {
                return Ok(Config::default())
            }
            Err(source) => return Err(Error::Read { path, source }),
        };
        let text = crate::text::normalize(&text);
        let mut config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            crate::yaml::parse(&text, &path, 1).map_err(|d| unknown_key_hint(d, &text))?
        };
        config.validate(&path)?;
        let base = config.base_url.clone();
        config.set_base_url(&base)?;
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<(), Error> {
        if let (Some(from), Some(to)) = (self.timeline.from, self.timeline.to) {
            if from > to {
                return Err(Diagnostic::new(
                    Location::file(path),
                    format!("timeline.from ({from}) is after timeline.to ({to})"),
                )
                .into());
            }
        }
        let mut seen = std::collections::HashSet::new();
        for k in &self.timeline.kinds {
            let slug = crate::text::slugify(&k.kind);
            if slug.is_empty() {
                return Err(Diagnostic::new(
                    Location::file(path),
                    format!("timeline.kinds: `{}` is not a usable kind", k.kind),
                )
                .with_hint("a kind is a word or a few, such as `summit` or `trade-deal`")
                .into());
            }
            if !seen.insert(slug) {
                return Err(Diagnostic::new(
                    Location::file(path),
                    format!("timeline.kinds lists `{}` twice", k.kind),
                )
                .with_hint("keep one entry per kind")
                .into());
            }
        }
        Ok(())
    }

    /// Sets the base URL, normalised to end with `/`.
    pub fn set_base_url(&mut self, url: &str) -> Result<(), Error> {
        let url = url.trim();
        let ok = url.starts_with('/') || url.starts_with("http://") || url.starts_with("https://");
        if !ok {
            return Err(Diagnostic::new(
                Location::file(Path::new("config.yaml")),
                format!("base_url `{url}` is neither an absolute URL nor a path"),
            )
            .with_hint("write it as `https://example.org/` or `https://org.github.io/dossier/`")
            .into());
        }
        self.base_url = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
        Ok(())
    }

    /// The path part of the base URL (`/dossier/`), which prefixes every internal link.
    pub fn base_path(&self) -> &str {
        let url = &self.base_url;
        match url.find("://") {
            Some(i) => {
                let rest = &url[i + 3..];
                match rest.find('/') {
                    Some(j) => &rest[j..],
                    None => "/",
                }
            }
            None => url,
        }
    }

    /// The absolute URL of a site path (`sources/x/`), for feeds, sitemaps and canonical links.
    pub fn absolute_url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path.trim_start_matches('/'))
    }
}

fn unknown_key_hint(d: Diagnostic, _text: &str) -> Diagnostic {
    if d.message.contains("unknown field") {
        d.with_hint("remove the key or fix its spelling; the README lists every config.yaml key")
    } else {
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_of_sub_path_site() {
        let mut c = Config::default();
        c.set_base_url("https://org.github.io/dossier").unwrap();
        assert_eq!(c.base_path(), "/dossier/");
        assert_eq!(
            c.absolute_url("/sources/x/"),
            "https://org.github.io/dossier/sources/x/"
        );
        c.set_base_url("https://example.org").unwrap();
        assert_eq!(c.base_path(), "/");
    }
}
