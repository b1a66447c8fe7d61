//! Every page of the site: which pages there are, what each is made of (hashed, so that an
//! unchanged page is neither given a context nor rendered), and rendering them in parallel.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use super::context::PageContext;
use super::{article, author, home, source, theme, timeline};
use super::{OutputFile, Prepared, RenderCache, Urls};
use crate::error::{Diagnostic, Error};

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
pub(super) struct PageJob<'a> {
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

/// The rendered pages, and those the output folder already holds unchanged.
pub(super) struct Pages {
    pub files: Vec<OutputFile>,
    pub unchanged: Vec<String>,
    /// Every page's path, rendered or not.
    pub page_paths: Vec<String>,
    pub page_inputs: HashMap<String, u64>,
    /// How many were rendered (the rest came from `cache` or the output folder).
    pub rendered: usize,
}

/// Renders every page whose inputs are not those `cache` has seen.
pub(super) fn render_all(
    prepared: &Prepared,
    theme: &theme::Theme,
    cache: &mut RenderCache,
) -> Result<Pages, Error> {
    // Each page's context is built where it is rendered, in parallel, and dropped right
    // after: ten thousand contexts never sit in memory together.
    let mut specs = vec![
        PageSpec::Home,
        PageSpec::Sources,
        PageSpec::Authors,
        PageSpec::Timeline,
        PageSpec::NotFound,
    ];
    let dossier = prepared.dossier;
    specs.extend((0..dossier.articles.len()).map(PageSpec::Article));
    specs.extend((0..dossier.works.len()).map(PageSpec::Source));
    specs.extend((0..dossier.authors.len()).map(PageSpec::Author));

    let previous = std::mem::take(&mut cache.pages);
    let minify_flag = [u8::from(prepared.dossier.config.minify)];
    let pages: Vec<Result<PageOutcome, Diagnostic>> = specs
        .into_par_iter()
        .map(|spec| {
            let job = spec.build(prepared);
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
    Ok(Pages {
        files,
        unchanged,
        page_paths,
        page_inputs,
        rendered,
    })
}

/// A job from a page context and the page-kind data under `key`.
pub(super) fn job<'a, T: Serialize + Send + 'a>(
    prepared: &'a Prepared,
    path: String,
    template: &'static str,
    page: PageContext,
    key: &'static str,
    data: T,
) -> PageJob<'a> {
    job_finished(prepared, path, template, page, key, data, |_| {})
}

/// [`job`], where `finish` completes `data` only if the page is rendered: for parts that cost
/// more to make than the inputs they are made from, which `data` holds and the hash covers.
pub(super) fn job_finished<'a, T: Serialize + Send + 'a>(
    prepared: &'a Prepared,
    path: String,
    template: &'static str,
    page: PageContext,
    key: &'static str,
    mut data: T,
    finish: impl FnOnce(&mut T) + Send + 'a,
) -> PageJob<'a> {
    // What the page is made of, hashed: unchanged inputs need no rendering, and not even a
    // template context.
    let inputs = fingerprint(
        &[template.as_bytes(), &prepared.site_hash.to_le_bytes()],
        &(&page, key, &data),
    );
    let site = &prepared.site;
    let context = Box::new(move || {
        finish(&mut data);
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
pub(super) fn output_path(urls: &Urls, url: &str) -> String {
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
