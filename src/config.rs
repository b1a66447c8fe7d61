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
    pub from: i32,
    pub to: i32,
}

impl Default for TimelineConfig {
    fn default() -> Self {
        TimelineConfig {
            title: "Timeline".into(),
            from: 2010,
            to: 2022,
        }
    }
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
        if self.timeline.from > self.timeline.to {
            return Err(Diagnostic::new(
                Location::file(path),
                format!(
                    "timeline.from ({}) is after timeline.to ({})",
                    self.timeline.from, self.timeline.to
                ),
            )
            .into());
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
