//! dossier: a static site generator for citation-heavy research dossiers.
//!
//! The pipeline is four plain functions, one module each:
//! [`load`] (files → raw items) → [`resolve`] (cross-linked graph) →
//! [`render`] (pages → HTML bytes) → [`write`] (minify, atomic swap).
//! [`cli`] sits on top and only calls the stages through [`build`].

pub mod check;
pub mod cite;
pub mod cli;
pub mod config;
pub mod csl;
pub mod error;
pub mod import;
pub mod init;
pub mod load;
pub mod model;
pub mod render;
pub mod resolve;
pub mod serve;
pub mod text;
pub mod write;
pub mod yaml;

use std::path::PathBuf;

pub use error::{Diagnostic, Error};

/// What a build needs to know beyond `config.yaml`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The dossier's folder (holds `config.yaml`, `content/`, `themes/`).
    pub root: PathBuf,
    /// `config.yaml` unless given.
    pub config: Option<PathBuf>,
    /// `<root>/output` unless given.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` of the config.
    pub base_url: Option<String>,
    /// Build drafts too.
    pub drafts: bool,
    /// Neither read nor write the reference cache (`.dossier-cache/` under the root).
    pub no_cache: bool,
}

impl BuildOptions {
    /// Where formatted references are kept between builds.
    pub fn cache_file(&self) -> PathBuf {
        self.root.join(CACHE_DIR).join("references.json")
    }

    /// Where the manifest of what `output` holds is kept (one per output folder).
    pub fn manifest_file(&self, output: &std::path::Path) -> PathBuf {
        let absolute = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
        let id = xxhash_rust::xxh3::xxh3_64(absolute.to_string_lossy().as_bytes());
        self.root
            .join(CACHE_DIR)
            .join(format!("output-{id:016x}.json"))
    }
}

/// The folder under the dossier's root that holds the persistent reference cache.
pub const CACHE_DIR: &str = ".dossier-cache";

/// What a finished build reports.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub output: PathBuf,
    pub pages: usize,
    pub files: usize,
    pub articles: usize,
    pub notes: usize,
    pub works: usize,
    pub authors: usize,
    pub events: usize,
    /// Pages rendered (the rest were unchanged since the cached build).
    pub rendered: usize,
    /// Cite forms formatted by the CSL engine (the rest came from the cache).
    pub formatted: usize,
}

/// Runs the whole pipeline and swaps the result into the output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Error> {
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join("output"));
    let manifest_file = options.manifest_file(&output);
    let mut cache = Caches::default();
    let mut previous = write::Manifest::default();
    if !options.no_cache {
        cache.render.cite = csl::CiteCache::load(&options.cache_file());
        previous = write::Manifest::load(&manifest_file);
        cache.render.known_pages = previous.known_pages(&output);
    }
    let (site, report) = render_site_cached(options, &mut cache)?;
    let started = std::time::Instant::now();
    let manifest = write::write_site(&site, &output, &previous)?;
    timing("write", started);
    if !options.no_cache {
        // A cache that cannot be written only makes the next build slower.
        let _ = cache.render.cite.save(&options.cache_file());
        let _ = manifest.save(&manifest_file);
    }
    Ok(BuildReport {
        output,
        pages: site.pages(),
        files: site.files.len() + site.unchanged.len(),
        articles: site.stats.articles,
        notes: site.stats.notes,
        works: site.stats.works,
        authors: site.stats.authors,
        events: site.stats.events,
        rendered: report.rendered,
        formatted: report.formatted,
    })
}

/// Load, resolve and render, without touching the output folder.
pub fn render_site(options: &BuildOptions) -> Result<render::Site, Error> {
    render_site_cached(options, &mut Caches::default()).map(|(site, _)| site)
}

/// What one build keeps for the next: parsed files (serve only), formatted references and
/// rendered pages.
#[derive(Default)]
pub struct Caches {
    pub load: load::Memo,
    pub render: render::RenderCache,
}

impl Caches {
    /// The caches of a process that rebuilds again and again (serve): they remember parsed
    /// files and rendered pages.
    pub fn for_rebuilds(options: &BuildOptions) -> Caches {
        let mut render = render::RenderCache::default();
        render.keep_pages = true;
        if !options.no_cache {
            render.cite = csl::CiteCache::load(&options.cache_file());
        }
        Caches {
            load: load::Memo::enabled(),
            render,
        }
    }
}

/// Load, resolve and render, reusing what `cache` holds from an earlier build.
pub fn render_site_cached(
    options: &BuildOptions,
    cache: &mut Caches,
) -> Result<(render::Site, render::RenderReport), Error> {
    let mut config = config::Config::load(&options.root, options.config.as_deref())?;
    if let Some(base_url) = &options.base_url {
        config.set_base_url(base_url)?;
    }
    if options.drafts {
        config.drafts = true;
    }
    let started = std::time::Instant::now();
    let loaded = load::load_with(&options.root, &config, &mut cache.load)?;
    timing("load", started);
    let started = std::time::Instant::now();
    let dossier = resolve::resolve(loaded, config)?;
    timing("resolve", started);
    render::render_cached(&dossier, &options.root, &mut cache.render)
}

/// With `DOSSIER_TIMINGS=1`, how long a step took, on stderr.
pub fn timing(step: &str, since: std::time::Instant) {
    if std::env::var_os("DOSSIER_TIMINGS").is_some() {
        eprintln!(
            "timing: {step} {:.1} ms",
            since.elapsed().as_secs_f64() * 1000.0
        );
    }
}
