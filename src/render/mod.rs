//! Stage 3, render: one Tera context per page, built from the dossier graph; Markdown
//! through pulldown-cmark, citations through the CSL engine; pages rendered in parallel.

mod article;
mod author;
mod citations;
pub mod context;
mod exports;
mod feeds;
mod highlight;
mod home;
pub mod markdown;
pub mod metadata;
mod search;
mod source;
mod theme;
mod timeline;
mod urls;

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Diagnostic, Error};
use crate::resolve::Dossier;
use context::{Counts, Link, PageContext, SiteContext};
use markdown::Markdown;
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

/// A page after rendering, or the news that its output need not change.
enum PageOutcome {
    Fresh {
        file: OutputFile,
        inputs: u64,
        rendered: bool,
    },
    Unchanged {
        path: String,
        inputs: u64,
    },
}

/// What a render did.
#[derive(Debug, Clone, Default)]
pub struct RenderReport {
    /// Pages whose inputs changed and were rendered again.
    pub rendered: usize,
    /// Cite forms the CSL engine formatted (not found in the cache).
    pub formatted: usize,
}

/// Everything rendered once and shared by the pages.
pub struct Prepared<'d> {
    pub dossier: &'d Dossier,
    pub urls: Urls,
    pub formatted: citations::Formatted,
    /// Per article, per note (same order as `article.notes`), the note's HTML.
    pub note_html: Vec<Vec<String>>,
    pub body_html: Vec<markdown::Rendered>,
    pub abstract_html: Vec<String>,
    pub bio_html: Vec<String>,
    pub event_html: Vec<String>,
    pub site: SiteContext,
    /// Per work, its exports.
    pub exports: Vec<std::sync::Arc<exports::WorkExports>>,
    /// Hash of `site`, part of every page's inputs.
    pub site_hash: u64,
}

/// Which page to build.
#[derive(Debug, Clone, Copy)]
enum PageSpec {
    Home,
    Sources,
    Authors,
    Timeline,
    NotFound,
    Article(usize),
    Source(usize),
    Author(usize),
}

impl PageSpec {
    fn build<'p>(self, p: &'p Prepared) -> PageJob<'p> {
        match self {
            PageSpec::Home => home::page(p),
            PageSpec::Sources => source::index(p),
            PageSpec::Authors => author::index(p),
            PageSpec::Timeline => timeline::page(p),
            PageSpec::NotFound => not_found(p),
            PageSpec::Article(i) => article::page(p, i),
            PageSpec::Source(i) => source::page(p, i),
            PageSpec::Author(i) => author::page(p, i),
        }
    }
}

/// A page waiting to be rendered.
struct PageJob<'a> {
    path: String,
    template: &'static str,
    /// Builds the template's context: only for pages that are rendered.
    context: Box<dyn FnOnce() -> tera::Context + Send + 'a>,
    /// Hash of everything the page is made of, but the templates.
    inputs: u64,
}

/// Feeds serialized bytes straight into a hash, without building them in memory.
struct HashWriter(xxhash_rust::xxh3::Xxh3);

impl std::io::Write for HashWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A stable hash of `prefix` and `value`, fed to the hasher as it is serialized: compact
/// binary (bincode) where the value allows it, else JSON.
fn fingerprint<T: Serialize>(prefix: &[&[u8]], value: &T) -> u64 {
    let start = || {
        let mut hasher = HashWriter(xxhash_rust::xxh3::Xxh3::new());
        for part in prefix {
            hasher.0.update(part);
        }
        hasher
    };
    let mut hasher = start();
    if bincode::serialize_into(&mut hasher, value).is_ok() {
        return hasher.0.digest();
    }
    let mut hasher = start();
    hasher.0.update(b"json");
    match serde_json::to_writer(&mut hasher, value) {
        Ok(()) => hasher.0.digest(),
        // Unreachable for dossier's contexts (string-keyed); a page that cannot be hashed is
        // never taken for unchanged.
        Err(_) => never_seen(),
    }
}

/// A value no earlier hash is likely to equal, so the page is rendered again.
fn never_seen() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0);
    h.finish()
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
    let highlighter = highlight::Highlighter::default();
    let md = Markdown {
        highlighter: &highlighter,
        base_path: config.base_path(),
    };
    let no_notes = HashMap::new();

    let rendered: Vec<(Vec<String>, markdown::Rendered, String)> = dossier
        .articles
        .par_iter()
        .map(|a| {
            let notes = a
                .article
                .notes
                .iter()
                .zip(&a.note_cites)
                .map(|(note, clusters)| {
                    let html: Vec<String> = clusters
                        .iter()
                        .zip(&note.clusters)
                        .map(|(cites, c)| {
                            formatted.cluster(cites, c.ends_note, true, dossier, &urls)
                        })
                        .collect();
                    md.render(&note.markdown, &html, &no_notes).html
                })
                .collect();
            let clusters: Vec<String> = a
                .body_cites
                .iter()
                .zip(&a.article.body_clusters)
                .map(|(cites, c)| formatted.cluster(cites, c.ends_note, false, dossier, &urls))
                .collect();
            let numbers: HashMap<String, u32> = a
                .article
                .notes
                .iter()
                .map(|n| (n.number.to_string(), n.number))
                .collect();
            let body = md.render(&a.article.body, &clusters, &numbers);
            let abstract_html = a
                .article
                .meta
                .abstract_text
                .as_deref()
                .map(|t| md.render(t, &[], &no_notes).html)
                .unwrap_or_default();
            (notes, body, abstract_html)
        })
        .collect();
    let mut note_html = Vec::new();
    let mut body_html = Vec::new();
    let mut abstract_html = Vec::new();
    for (n, b, a) in rendered {
        note_html.push(n);
        body_html.push(b);
        abstract_html.push(a);
    }
    let bio_html = dossier
        .contributors
        .iter()
        .map(|c| md.render(&c.bio_markdown, &[], &no_notes).html)
        .collect();
    let event_html = dossier
        .events
        .iter()
        .map(|e| md.render(&e.summary_markdown, &[], &no_notes).html)
        .collect();
    let site = site_context(dossier, &urls, &theme);
    let formatted_now = formatted.formatted_now;
    let work_exports = exports_of(dossier, &formatted.work_hashes, cache);
    let prepared = Prepared {
        exports: work_exports,
        dossier,
        urls,
        formatted,
        note_html,
        body_html,
        abstract_html,
        bio_html,
        event_html,
        site_hash: serde_json::to_vec(&site).map_or(0, |b| xxhash_rust::xxh3::xxh3_64(&b)),
        site,
    };

    crate::timing("markdown", started);
    // Each page's context is built where it is rendered, in parallel, and dropped right
    // after: ten thousand contexts never sit in memory together.
    let mut specs = vec![
        PageSpec::Home,
        PageSpec::Sources,
        PageSpec::Authors,
        PageSpec::Timeline,
        PageSpec::NotFound,
    ];
    specs.extend((0..dossier.articles.len()).map(PageSpec::Article));
    specs.extend((0..dossier.works.len()).map(PageSpec::Source));
    specs.extend((0..dossier.authors.len()).map(PageSpec::Author));

    let started = std::time::Instant::now();
    let previous = std::mem::take(&mut cache.pages);
    let minify_flag = [u8::from(config.minify)];
    let pages: Vec<Result<PageOutcome, Diagnostic>> = specs
        .into_par_iter()
        .map(|spec| {
            let job = spec.build(&prepared);
            let inputs = crate::csl::cache_key(&[
                &theme.fingerprint.to_le_bytes(),
                &job.inputs.to_le_bytes(),
                &minify_flag,
            ]);
            if let Some((hash, bytes)) = previous.get(&job.path) {
                if *hash == inputs {
                    let file = OutputFile {
                        path: job.path.clone(),
                        bytes: bytes.clone(),
                    };
                    return Ok(PageOutcome::Fresh {
                        file,
                        inputs,
                        rendered: false,
                    });
                }
            }
            if cache.known_pages.get(&job.path) == Some(&inputs) {
                return Ok(PageOutcome::Unchanged {
                    path: job.path,
                    inputs,
                });
            }
            theme
                .tera
                .render(job.template, &(job.context)())
                .map(|html| {
                    let file = OutputFile {
                        path: job.path.clone(),
                        bytes: html.into_bytes().into(),
                    };
                    PageOutcome::Fresh {
                        file,
                        inputs,
                        rendered: true,
                    }
                })
                .map_err(|e| {
                    let path = theme.dir.join("templates").join(job.template);
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    let mut d = theme::template_error(&path, &text, &e);
                    d.message = format!("{} (rendering {})", d.message, job.path);
                    d
                })
        })
        .collect();
    let mut files = Vec::with_capacity(pages.len() + 16);
    let mut unchanged = Vec::new();
    let mut page_paths = Vec::new();
    let mut page_inputs = HashMap::with_capacity(pages.len());
    let mut errors = Vec::new();
    let mut rendered = 0;
    let keep_in_memory = cache.keep_pages;
    for page in pages {
        match page {
            Ok(PageOutcome::Fresh {
                file,
                inputs,
                rendered: fresh,
            }) => {
                rendered += usize::from(fresh);
                if keep_in_memory {
                    cache
                        .pages
                        .insert(file.path.clone(), (inputs, file.bytes.clone()));
                }
                page_inputs.insert(file.path.clone(), inputs);
                page_paths.push(file.path.clone());
                files.push(file);
            }
            Ok(PageOutcome::Unchanged { path, inputs }) => {
                page_paths.push(path.clone());
                page_inputs.insert(path.clone(), inputs);
                unchanged.push(path);
            }
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        errors.truncate(5);
        return Err(Error::Content(errors));
    }
    crate::timing("pages", started);
    let started = std::time::Instant::now();
    for (path, bytes) in &theme.assets {
        files.push(OutputFile {
            path: path.clone(),
            bytes: bytes::Bytes::from(bytes.clone()),
        });
    }
    if prepared.body_html.iter().any(|b| b.has_code) {
        files.push(OutputFile {
            path: "syntax.css".into(),
            bytes: highlight::stylesheet().into_bytes().into(),
        });
    }
    let (search_index, (exports, feeds)) = rayon::join(
        || config.search.then(|| search::index(&prepared)),
        || {
            rayon::join(
                || exports::files(&prepared),
                || feeds::files(&prepared, &page_paths),
            )
        },
    );
    files.extend(search_index);
    files.extend(exports);
    files.extend(feeds);
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

/// Each work's exports, from the cache where the work did not change.
fn exports_of(
    dossier: &Dossier,
    keys: &[u64],
    cache: &mut RenderCache,
) -> Vec<std::sync::Arc<exports::WorkExports>> {
    let all: Vec<std::sync::Arc<exports::WorkExports>> = dossier
        .works
        .par_iter()
        .zip(keys)
        .map(|(w, k)| {
            cache
                .exports
                .get(k)
                .cloned()
                .unwrap_or_else(|| std::sync::Arc::new(exports::work_exports(w)))
        })
        .collect();
    if cache.keep_pages {
        cache.exports = keys.iter().copied().zip(all.iter().cloned()).collect();
    }
    all
}

fn site_context(dossier: &Dossier, urls: &Urls, theme: &theme::Theme) -> SiteContext {
    let config = &dossier.config;
    let has = |name: &str| theme.assets.iter().any(|(p, _)| p == name);
    let institutions = dossier
        .authors
        .iter()
        .filter(|a| a.is_institution())
        .count();
    SiteContext {
        title: config.title.clone(),
        description: config.description.clone(),
        base_url: config.base_url.clone(),
        base_path: config.base_path().to_string(),
        language: config.language.clone(),
        search: config.search,
        feeds: config.feeds,
        stylesheet: if has("style.css") {
            urls.page("style.css")
        } else {
            String::new()
        },
        script: if has("site.js") {
            urls.page("site.js")
        } else {
            String::new()
        },
        nav: vec![
            Link {
                title: "Articles".into(),
                url: urls.home(),
            },
            Link {
                title: "Sources".into(),
                url: urls.page("sources/"),
            },
            Link {
                title: "Authors".into(),
                url: urls.page("authors/"),
            },
            Link {
                title: config.timeline.title.clone(),
                url: urls.page("timeline/"),
            },
        ],
        counts: Counts {
            articles: dossier.articles.len(),
            notes: dossier.note_count(),
            works: dossier.works.len(),
            authors: dossier.authors.len(),
            people: dossier.authors.len() - institutions,
            institutions,
            events: dossier.events.len(),
        },
        timeline_title: config.timeline.title.clone(),
    }
}

/// A job from a page context and the page-kind data under `key`.
fn job<'a, T: Serialize + Send + 'a>(
    prepared: &'a Prepared,
    path: String,
    template: &'static str,
    page: PageContext,
    key: &'static str,
    data: T,
) -> PageJob<'a> {
    // What the page is made of, hashed: unchanged inputs need no rendering, and not even a
    // template context.
    let inputs = fingerprint(
        &[template.as_bytes(), &prepared.site_hash.to_le_bytes()],
        &(&page, key, &data),
    );
    let site = &prepared.site;
    let context = Box::new(move || {
        let mut context = tera::Context::new();
        context.insert("site", site);
        context.insert("page", &page);
        context.insert(key, &data);
        context
    });
    PageJob {
        path,
        template,
        context,
        inputs,
    }
}

fn not_found<'p>(prepared: &'p Prepared) -> PageJob<'p> {
    let page = prepared.page(
        "Page not found",
        "",
        prepared.urls.page("404.html"),
        "404",
        false,
    );
    job(prepared, "404.html".into(), "404.html", page, "nothing", ())
}

/// Output path of a page URL (`/dossier/sources/x/` → `sources/x/index.html`).
fn output_path(urls: &Urls, url: &str) -> String {
    let base = urls.home();
    let rel = url.strip_prefix(base.as_str()).unwrap_or(url);
    format!("{rel}index.html")
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    /// A sequence whose length is not known up front, which bincode cannot encode.
    struct Unsized(Vec<&'static str>);

    impl serde::Serialize for Unsized {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.iter().filter(|_| true))
        }
    }

    #[test]
    fn fingerprints_tell_values_apart() {
        let a = fingerprint(&[b"t"], &("page", vec!["one", "two"]));
        assert_eq!(a, fingerprint(&[b"t"], &("page", vec!["one", "two"])));
        assert_ne!(a, fingerprint(&[b"t"], &("page", vec!["one", "three"])));
        assert_ne!(a, fingerprint(&[b"u"], &("page", vec!["one", "two"])));
        assert_ne!(
            fingerprint(&[], &(Some("a"), "b")),
            fingerprint(&[], &(None::<&str>, "ab"))
        );
    }

    #[test]
    fn values_bincode_cannot_encode_are_hashed_as_json() {
        let a = fingerprint(&[], &Unsized(vec!["x"]));
        assert_eq!(a, fingerprint(&[], &Unsized(vec!["x"])));
        assert_ne!(a, fingerprint(&[], &Unsized(vec!["y"])));
    }
}
