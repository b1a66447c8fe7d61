//! A theme: Tera templates and static files under `themes/<name>/`.

use std::path::{Path, PathBuf};

use tera::Tera;

use crate::error::{Diagnostic, Error, Location};
use crate::load::files;

pub struct Theme {
    pub tera: Tera,
    /// Static files: (path relative to `static/`, bytes).
    pub assets: Vec<(String, Vec<u8>)>,
    pub dir: PathBuf,
    /// A hash of every template: a page renders again when it changes.
    pub fingerprint: u64,
}

/// The templates every theme must provide.
pub const TEMPLATES: [&str; 9] = [
    "base.html",
    "index.html",
    "article.html",
    "sources.html",
    "source.html",
    "authors.html",
    "author.html",
    "timeline.html",
    "404.html",
];

pub fn load(root: &Path, name: &str) -> Result<Theme, Error> {
    let dir = root.join("themes").join(name);
    let templates_dir = dir.join("templates");
    if !templates_dir.is_dir() {
        return Err(Diagnostic::new(
            Location::file(&root.join("config.yaml")),
            format!("theme `{name}` not found: there is no folder {}", templates_dir.display()),
        )
        .with_hint("set `theme:` in config.yaml to a folder of themes/, or restore themes/default/ (`dossier init` writes it)")
        .into());
    }
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    let mut sources: Vec<(String, PathBuf, String)> = Vec::new();
    for path in files::list(&templates_dir, &["html", "xml"])? {
        let text = files::read_text(&path)?;
        let name = path
            .strip_prefix(&templates_dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        sources.push((name, path, text));
    }
    // Templates go in together so that `extends` and `include` find each other.
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, _, t)| (n.as_str(), t.as_str())))
    {
        let message = full_message(&e);
        let culprit = sources.iter().find(|(n, _, _)| {
            message.contains(&format!("'{n}'"))
                || message.contains(&format!("`{n}`"))
                || message.contains(n.as_str())
        });
        let d = match culprit {
            Some((_, path, text)) => template_error(path, text, &e),
            None => template_error(&templates_dir, "", &e),
        };
        return Err(d.into());
    }
    let mut errors = Vec::new();
    let names: Vec<String> = tera.get_template_names().map(str::to_string).collect();
    for required in TEMPLATES {
        if !names.iter().any(|n| n == required) {
            errors.push(
                Diagnostic::new(
                    Location::file(&templates_dir.join(required)),
                    format!("the theme has no template `{required}`"),
                )
                .with_hint("copy it from themes/default/templates/"),
            );
        }
    }
    if !errors.is_empty() {
        return Err(Error::Content(errors));
    }
    let static_dir = dir.join("static");
    let mut assets = Vec::new();
    for path in files::list(
        &static_dir,
        &[
            "css", "js", "svg", "png", "jpg", "jpeg", "webp", "ico", "woff2", "txt",
        ],
    )? {
        let bytes = std::fs::read(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let rel = path
            .strip_prefix(&static_dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        assets.push((rel, bytes));
    }
    let sources_bytes: Vec<&[u8]> = sources
        .iter()
        .flat_map(|(n, _, t)| [n.as_bytes(), t.as_bytes()])
        .collect();
    let fingerprint = crate::csl::cache_key(&sources_bytes);
    Ok(Theme {
        tera,
        assets,
        dir,
        fingerprint,
    })
}

/// A Tera error as a diagnostic naming the template file and, where Tera gives one, the line.
pub fn template_error(path: &Path, text: &str, e: &tera::Error) -> Diagnostic {
    let message = full_message(e);
    let line = find_number_after(&message, "line ").or_else(|| find_number_after(&message, ":"));
    let mut d = Diagnostic::new(
        Location::new(path, line.unwrap_or(0), 0),
        format!("template error: {}", first_line(&message)),
    );
    if line.is_some() {
        d = d.with_source(text);
    }
    d.with_hint("fix the template syntax (Tera 2: https://keats.github.io/tera/)")
}

pub fn full_message(e: &tera::Error) -> String {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}

fn first_line(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(400)
        .collect()
}

fn find_number_after(text: &str, marker: &str) -> Option<usize> {
    text.match_indices(marker).find_map(|(i, _)| {
        let digits: String = text[i + marker.len()..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        digits.parse().ok().filter(|n| *n > 0)
    })
}
