//! Stage 3, render: one Tera context per page, built from the dossier graph; Markdown
//! through pulldown-cmark, citations through the CSL engine; pages rendered in parallel.

mod article;
mod author;
mod charts;
mod citations;
pub mod context;
mod exports;
mod feeds;
mod highlight;
mod home;
pub mod markdown;
pub mod metadata;
mod pages;
mod prepare;
mod search;
mod source;
mod theme;
mod timeline;
mod urls;

use std::collections::HashMap;
use std::path::Path;

use crate::error::Error;
use crate::resolve::Dossier;
use pages::{job, job_finished, output_path, PageJob};
pub use prepare::Prepared;
pub use urls::Urls;

/// One file of the output, by its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    /// Shared, not copied, when a page is kept from the previous render.
    pub bytes: bytes::Bytes,
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub articles: usize,
    pub notes: usize,
    pub works: usize,
    pub authors: usize,
    pub events: usize,
}

/// The whole rendered site, in memory.
#[derive(Debug, Clone)]
pub struct Site {
    pub files: Vec<OutputFile>,
    /// Pages whose inputs are those of the previous build's output: not rendered again,
    /// the write stage keeps the file it has.
    pub unchanged: Vec<String>,
    /// Per page path, the hash of everything it is made of.
    pub page_inputs: HashMap<String, u64>,
    pub minify: bool,
    pub stats: Stats,
}

impl Site {
    pub fn pages(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .count()
            + self.unchanged.len()
    }

    pub fn file(&self, path: &str) -> Option<&OutputFile> {
        self.files.iter().find(|f| f.path == path)
    }
}

/// What a build keeps for the next one: formatted references and rendered pages.
#[derive(Default)]
pub struct RenderCache {
    pub cite: crate::csl::CiteCache,
    /// Per page path: the hash of its template and context, and its HTML.
    pages: HashMap<String, (u64, bytes::Bytes)>,
    /// Per page path: the inputs hash of the page that the output folder already holds.
    pub known_pages: HashMap<String, u64>,
    /// Keep rendered pages in `pages` for the next render (serve); a build has no next one.
    pub keep_pages: bool,
    /// Each work's exports, by the hash of its CSL-JSON (kept between renders by serve).
    exports: HashMap<u64, std::sync::Arc<exports::WorkExports>>,
}

/// What a render did.
#[derive(Debug, Clone, Default)]
pub struct RenderReport {
    /// Pages whose inputs changed and were rendered again.
    pub rendered: usize,
    /// Cite forms the CSL engine formatted (not found in the cache).
    pub formatted: usize,
}

/// Renders the whole site from scratch.
pub fn render(dossier: &Dossier, root: &Path) -> Result<Site, Error> {
    render_cached(dossier, root, &mut RenderCache::default()).map(|(site, _)| site)
}

/// Renders the site, formatting only references and pages whose inputs changed since the
/// build that filled `cache`.
pub fn render_cached(
    dossier: &Dossier,
    root: &Path,
    cache: &mut RenderCache,
) -> Result<(Site, RenderReport), Error> {
    let config = &dossier.config;
    let theme = theme::load(root, &config.theme)?;
    let urls = Urls::new(config.base_path());
    cache.cite.used.clear();
    let article_works: Vec<crate::model::Work> = (0..dossier.articles.len())
        .map(|i| metadata::article_as_work(dossier, i))
        .collect();
    let formatted = citations::format(dossier, &article_works, root, &mut cache.cite)?;
    cache.cite.retain_used();
    let started = std::time::Instant::now();
    let formatted_now = formatted.formatted_now;
    let prepared = prepare::prepare(dossier, urls, formatted, &theme, cache);
    crate::timing("markdown", started);
    let started = std::time::Instant::now();
    let pages::Pages {
        mut files,
        mut unchanged,
        page_paths,
        page_inputs,
        rendered,
    } = pages::render_all(&prepared, &theme, cache)?;
    crate::timing("pages", started);
    let started = std::time::Instant::now();
    files.extend(site_files(&prepared, &theme, &page_paths));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    crate::timing("exports, search, feeds", started);
    let report = RenderReport {
        rendered,
        formatted: formatted_now,
    };
    unchanged.sort();
    let site = Site {
        files,
        unchanged,
        page_inputs,
        minify: config.minify,
        stats: Stats {
            articles: dossier.articles.len(),
            notes: dossier.note_count(),
            works: dossier.works.len(),
            authors: dossier.authors.len(),
            events: dossier.events.len(),
        },
    };
    Ok((site, report))
}

/// The files besides pages: the theme's assets, the search index, exports and feeds.
fn site_files(prepared: &Prepared, theme: &theme::Theme, page_paths: &[String]) -> Vec<OutputFile> {
    let config = &prepared.dossier.config;
    let mut out = Vec::new();
    for (path, bytes) in &theme.assets {
        out.push(OutputFile {
            path: path.clone(),
            bytes: bytes::Bytes::from(bytes.clone()),
        });
    }
    if prepared.body_html.iter().any(|b| b.has_code) {
        out.push(OutputFile {
            path: "syntax.css".into(),
            bytes: highlight::stylesheet().into_bytes().into(),
        });
    }
    let (search_index, (exports, feeds)) = rayon::join(
        || config.search.then(|| search::index(prepared)),
        || {
            rayon::join(
                || exports::files(prepared),
                || feeds::files(prepared, page_paths),
            )
        },
    );
    out.extend(search_index);
    out.extend(exports);
    out.extend(feeds);
    out
}
