//! Formatted citations: every distinct form formatted once (in parallel, and only when the
//! cache does not have it), then each cluster assembled from its forms and linked to the
//! works' pages.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use hayagriva::citationberg::json::Item;
use rayon::prelude::*;

use super::urls::Urls;
use crate::cite::{Locator, LocatorLabel};
use crate::csl::{cache_key, fill_stand_in, shape_of, stand_in, CiteCache, Engine, StyleFacts};
use crate::error::{Diagnostic, Error};
use crate::resolve::{Cite, Dossier, Position};
use crate::text::escape_html;
use crate::timing;

type FormKey = (usize, Position, Option<Locator>);

/// A cite's form up to its locator's value: work, position, locator label and number.
type Shape = (usize, Position, Option<(LocatorLabel, bool)>);

pub struct Formatted {
    forms: HashMap<FormKey, String>,
    /// Per work, its bibliography entry.
    pub references: Vec<String>,
    /// Work indices in the style's bibliography order.
    pub bibliography_order: Vec<usize>,
    opening: String,
    closing: String,
    note_style: bool,
    /// American usage puts a closing period inside quotation marks (CSL's `punctuation-in-quote`).
    punctuation_in_quote: bool,
    /// How many forms the CSL engine formatted (the rest came from the cache).
    pub formatted_now: usize,
    /// The bibliography entry of each of the `extra` works (the articles themselves).
    pub extra_references: Vec<String>,
    /// Per work, a hash of its CSL-JSON: what its exports are made of.
    pub work_hashes: Vec<u64>,
}

/// The engine is created only when something is not in the cache: loading a style and its
/// locale costs more than a warm build.
struct LazyEngine<'a> {
    style: &'a str,
    language: &'a str,
    root: &'a Path,
    engine: OnceLock<Result<Engine, Diagnostic>>,
}

impl LazyEngine<'_> {
    fn get(&self) -> Result<&Engine, Error> {
        self.engine
            .get_or_init(|| Engine::new(self.style, self.language, self.root))
            .as_ref()
            .map_err(|d| Error::one(d.clone()))
    }
}

pub fn format(
    dossier: &Dossier,
    extra: &[crate::model::Work],
    root: &Path,
    cache: &mut CiteCache,
) -> Result<Formatted, Error> {
    let config = &dossier.config;
    let style_file = if config.citation_style.ends_with(".csl") {
        std::fs::read(root.join(&config.citation_style)).unwrap_or_default()
    } else {
        Vec::new()
    };
    let style_id = [
        config.citation_style.as_bytes(),
        &style_file,
        config.language.as_bytes(),
    ]
    .concat();
    let engine = LazyEngine {
        style: &config.citation_style,
        language: &config.language,
        root,
        engine: OnceLock::new(),
    };
    // Hayagriva's items are made only for what is not in the cache.
    let all_items = OnceLock::new();
    let items = || {
        all_items
            .get_or_init(|| crate::csl::items(&dossier.works))
            .as_slice()
    };
    let item_json: Vec<Vec<u8>> = dossier
        .works
        .par_iter()
        .map(|w| serde_json::to_vec(&crate::csl::to_csl_json(w)).unwrap_or_default())
        .collect();

    let facts_key = cache_key(&[b"facts", &style_id]);
    cache.used.insert(facts_key);
    let facts = match cache.styles.get(&facts_key) {
        Some(f) => f.clone(),
        None => {
            let e = engine.get()?;
            let f = StyleFacts {
                opening: e.opening().to_string(),
                closing: e.closing().to_string(),
                note_style: e.is_note_style(),
                sorted_bibliography: e.sorted_bibliography(),
                distinguishes_ibid: e.distinguishes_ibid(),
            };
            cache.styles.insert(facts_key, f.clone());
            f
        }
    };

    // Forms are formatted per shape (work × position × locator label and number), with a
    // stand-in locator that is then replaced by each real one: a work cited at twenty
    // different pages is formatted once, not twenty times.
    let started = std::time::Instant::now();
    let wanted = dossier.cite_forms();
    let printed = |position: Position| match position {
        Position::Ibid | Position::IbidWithLocator if !facts.distinguishes_ibid => {
            Position::Subsequent
        }
        other => other,
    };
    let shapes: Vec<Shape> = {
        let mut shapes: Vec<Shape> = wanted
            .iter()
            .map(|(w, p, l)| (*w, printed(*p), l.as_ref().map(shape_of)))
            .collect();
        shapes.sort();
        shapes.dedup();
        shapes
    };
    let shape_key = |(work, position, shape): &Shape| {
        let shape = shape
            .map(|(label, plural)| format!("{label:?}:{plural}"))
            .unwrap_or_default();
        cache_key(&[
            b"shape",
            &style_id,
            &item_json[*work],
            format!("{position:?}").as_bytes(),
            shape.as_bytes(),
        ])
    };
    let shape_html = format_missing(
        &shapes,
        &shapes.iter().map(shape_key).collect::<Vec<_>>(),
        |(work, position, shape), e| {
            let stand_in = shape.map(|(label, plural)| Locator {
                label,
                value: stand_in(plural).to_string(),
            });
            e.cite(&items()[*work], *position, stand_in.as_ref())
        },
        &engine,
        cache,
    )?;
    let mut formatted_now = shape_html.1;
    let shape_html: HashMap<Shape, String> = shapes.into_iter().zip(shape_html.0).collect();
    let mut forms = HashMap::with_capacity(wanted.len());
    let mut exact = Vec::new();
    for form in wanted {
        let (work, position, locator) = &form;
        let html = &shape_html[&(*work, printed(*position), locator.as_ref().map(shape_of))];
        match locator.as_ref().map(|l| fill_stand_in(html, l)) {
            None => {
                forms.insert(form, html.clone());
            }
            Some(Some(filled)) => {
                forms.insert(form, filled);
            }
            // The style rewrote the stand-in (a page-range format, say): format this one as is.
            Some(None) => exact.push(form),
        }
    }
    let exact_key = |(work, position, locator): &FormKey| {
        let locator = locator
            .as_ref()
            .map(|l| format!("{:?}:{}", l.label, l.value))
            .unwrap_or_default();
        cache_key(&[
            b"cite",
            &style_id,
            &item_json[*work],
            format!("{position:?}").as_bytes(),
            locator.as_bytes(),
        ])
    };
    let exact_html = format_missing(
        &exact,
        &exact.iter().map(exact_key).collect::<Vec<_>>(),
        |(work, position, locator), e| {
            e.cite(&items()[*work], printed(*position), locator.as_ref())
        },
        &engine,
        cache,
    )?;
    formatted_now += exact_html.1;
    forms.extend(exact.into_iter().zip(exact_html.0));
    timing("cite forms", started);
    let started = std::time::Instant::now();
    let bibliography: Vec<(String, String)> = if facts.sorted_bibliography {
        // Entries formatted one by one (in parallel, cached per work), then sorted by their
        // text: author, then title, as sorted styles order them.
        let (keys, html) = entries(items, &item_json, &style_id, &engine, cache)?;
        let sort_keys = &cache.sort_keys;
        let fresh: Vec<Option<String>> = keys
            .par_iter()
            .zip(&html)
            .map(|(k, h)| {
                (!sort_keys.contains_key(k))
                    .then(|| crate::text::fold(&super::markdown::plain_text(h)))
            })
            .collect();
        for (k, sort_key) in keys.iter().zip(fresh) {
            if let Some(sort_key) = sort_key {
                cache.sort_keys.insert(*k, sort_key);
            }
        }
        let mut entries: Vec<(&str, String, String)> = dossier
            .works
            .iter()
            .zip(html)
            .zip(&keys)
            .map(|((w, h), k)| (cache.sort_keys[k].as_str(), w.key.clone(), h))
            .collect();
        entries.sort();
        entries
            .into_iter()
            .map(|(_, key, html)| (key, html))
            .collect()
    } else {
        // Numbered styles number in citation order: one driver over the whole bibliography.
        let all_items: Vec<&[u8]> = item_json.iter().map(Vec::as_slice).collect();
        let bib_key = cache_key(&[
            &[b"bibliography".as_slice(), &style_id].concat(),
            &all_items.concat(),
        ]);
        cache.used.insert(bib_key);
        match cache.bibliographies.get(&bib_key) {
            Some(e) => e.clone(),
            None => {
                let e = engine.get()?.bibliography(items());
                cache.bibliographies.insert(bib_key, e.clone());
                e
            }
        }
    };
    timing("bibliography", started);
    let mut references = vec![String::new(); dossier.works.len()];
    let mut bibliography_order = Vec::with_capacity(bibliography.len());
    for (key, html) in bibliography {
        if let Some(&w) = dossier.work_index.get(&key) {
            references[w] = html;
            bibliography_order.push(w);
        }
    }
    // A style without a bibliography still needs a full reference per work.
    for w in 0..references.len() {
        if references[w].is_empty() {
            let k = cache_key(&[b"cite", &style_id, &item_json[w], b"First", b""]);
            references[w] = match cache.get_form(k) {
                Some(html) => html.clone(),
                None => {
                    let html = engine.get()?.cite(&items()[w], Position::First, None);
                    cache.forms.insert(k, html.clone());
                    html
                }
            };
            if !bibliography_order.contains(&w) {
                bibliography_order.push(w);
            }
        }
    }
    let extra_items: Vec<Item> = extra.iter().map(crate::csl::to_csl_item).collect();
    let extra_json: Vec<Vec<u8>> = extra
        .iter()
        .map(|w| serde_json::to_vec(&crate::csl::to_csl_json(w)).unwrap_or_default())
        .collect();
    let (_, extra_references) = entries(
        || extra_items.as_slice(),
        &extra_json,
        &style_id,
        &engine,
        cache,
    )?;
    let work_hashes = item_json
        .iter()
        .map(|j| xxhash_rust::xxh3::xxh3_64(j))
        .collect();
    Ok(Formatted {
        work_hashes,
        extra_references,
        forms,
        references,
        bibliography_order,
        opening: facts.opening,
        closing: facts.closing,
        note_style: facts.note_style,
        punctuation_in_quote: matches!(config.language.as_str(), "en" | "en-US"),
        formatted_now,
    })
}

impl Formatted {
    /// A cluster as HTML: items joined by `; `, each linked to its work's page.
    pub fn cluster(
        &self,
        cites: &[Cite],
        ends_note: bool,
        in_note: bool,
        dossier: &Dossier,
        urls: &Urls,
    ) -> String {
        let mut out = String::new();
        for (i, cite) in cites.iter().enumerate() {
            if i > 0 {
                out.push_str("; ");
            }
            if !cite.prefix.is_empty() {
                out.push_str(&escape_html(&cite.prefix));
                out.push(' ');
            }
            let key = &dossier.works[cite.work].key;
            let form = self
                .forms
                .get(&(cite.work, cite.position, cite.locator.clone()))
                .map(String::as_str)
                .unwrap_or("");
            out.push_str(&format!(
                "<a class=\"cite\" href=\"{}\" data-key=\"{}\">{}</a>",
                urls.source(key),
                escape_html(key),
                form
            ));
            if !cite.suffix.is_empty() {
                if !cite.suffix.starts_with([',', '.', ';', ':']) {
                    out.push(' ');
                }
                out.push_str(&escape_html(&cite.suffix));
            }
        }
        if !self.note_style {
            let (open, close) = (escape_html(&self.opening), escape_html(&self.closing));
            format!("<span class=\"citation\">{open}{out}{close}</span>")
        } else if in_note {
            if ends_note && !ends_with_closing(&out, &self.closing) {
                close_citation(
                    &mut out,
                    &escape_html(&self.closing),
                    self.punctuation_in_quote,
                );
            }
            out
        } else {
            format!("<span class=\"citation\">({out})</span>")
        }
    }
}

/// Appends the closing punctuation, inside a final closing quotation mark where usage wants it.
fn close_citation(out: &mut String, closing: &str, inside_quotes: bool) {
    if inside_quotes && matches!(closing, "." | ",") {
        for quote in ["”</a>", "’</a>"] {
            if out.ends_with(quote) {
                out.insert_str(out.len() - quote.len(), closing);
                return;
            }
        }
    }
    out.push_str(closing);
}

fn ends_with_closing(html: &str, closing: &str) -> bool {
    let text = super::markdown::plain_text(html);
    let text = text.trim_end();
    closing.is_empty() || text.ends_with(closing) || text.ends_with(['?', '!'])
}

/// The HTML of each of `wanted` (whose cache keys are `keys`), from the cache or formatted
/// (in parallel) by `format`; returns it in order and how many were formatted.
fn format_missing<T: Sync>(
    wanted: &[T],
    keys: &[u64],
    format: impl Fn(&T, &Engine) -> String + Sync,
    engine: &LazyEngine,
    cache: &mut CiteCache,
) -> Result<(Vec<String>, usize), Error> {
    let missing: Vec<usize> = (0..wanted.len())
        .filter(|i| cache.get_form(keys[*i]).is_none())
        .collect();
    if !missing.is_empty() {
        let e = engine.get()?;
        let fresh: Vec<(usize, String)> = missing
            .par_iter()
            .map(|&i| (i, format(&wanted[i], e)))
            .collect();
        for (i, html) in fresh {
            cache.forms.insert(keys[i], html);
        }
    }
    let html = keys
        .iter()
        .map(|k| cache.forms.get(k).cloned().unwrap_or_default())
        .collect();
    Ok((html, missing.len()))
}

/// The bibliography entries of the items (made by `items` when one is not in the cache)
/// on their own, from the cache or formatted in parallel; with their cache keys.
fn entries<'i>(
    items: impl Fn() -> &'i [Item] + Sync,
    json: &[Vec<u8>],
    style_id: &[u8],
    engine: &LazyEngine,
    cache: &mut CiteCache,
) -> Result<(Vec<u64>, Vec<String>), Error> {
    let indices: Vec<usize> = (0..json.len()).collect();
    let key = |i: &usize| cache_key(&[b"entry", style_id, &json[*i]]);
    let keys: Vec<u64> = indices.iter().map(key).collect();
    let (html, _) = format_missing(&indices, &keys, |i, e| e.entry(&items()[*i]), engine, cache)?;
    Ok((keys, html))
}
