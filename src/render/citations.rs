//! Formatted citations: every distinct form formatted once (in parallel, and only when the
//! cache does not have it), then each cluster assembled from its forms and linked to the
//! works' pages.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use rayon::prelude::*;

use super::urls::Urls;
use crate::cite::Locator;
use crate::csl::{cache_key, CiteCache, Engine, StyleFacts};
use crate::error::{Diagnostic, Error};
use crate::resolve::{Cite, Dossier, Position};
use crate::text::escape_html;

type FormKey = (usize, Position, Option<Locator>);

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
    let items = crate::csl::items(&dossier.works);
    let item_json: Vec<Vec<u8>> = dossier
        .works
        .iter()
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
            };
            cache.styles.insert(facts_key, f.clone());
            f
        }
    };

    let mut forms = HashMap::new();
    let mut missing = Vec::new();
    for form in dossier.cite_forms() {
        let (work, position, locator) = &form;
        let locator_text = locator
            .as_ref()
            .map(|l| format!("{:?}:{}", l.label, l.value))
            .unwrap_or_default();
        let k = cache_key(&[
            b"cite",
            &style_id,
            &item_json[*work],
            format!("{position:?}").as_bytes(),
            locator_text.as_bytes(),
        ]);
        match cache.get_form(k) {
            Some(html) => {
                forms.insert(form, html.clone());
            }
            None => missing.push((k, form)),
        }
    }
    let formatted_now = missing.len();
    if !missing.is_empty() {
        let e = engine.get()?;
        let fresh: Vec<(u64, FormKey, String)> = missing
            .into_par_iter()
            .map(|(k, (work, position, locator))| {
                let html = e.cite(&items[work], position, locator.as_ref());
                (k, (work, position, locator), html)
            })
            .collect();
        for (k, form, html) in fresh {
            cache.forms.insert(k, html.clone());
            forms.insert(form, html);
        }
    }

    let all_items: Vec<&[u8]> = item_json.iter().map(Vec::as_slice).collect();
    let bib_key = cache_key(&[
        &[b"bibliography".as_slice(), &style_id].concat(),
        &all_items.concat(),
    ]);
    cache.used.insert(bib_key);
    let entries = match cache.bibliographies.get(&bib_key) {
        Some(e) => e.clone(),
        None => {
            let e = engine.get()?.bibliography(&items);
            cache.bibliographies.insert(bib_key, e.clone());
            e
        }
    };
    let mut references = vec![String::new(); dossier.works.len()];
    let mut bibliography_order = Vec::with_capacity(entries.len());
    for (key, html) in entries {
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
                    let html = engine.get()?.cite(&items[w], Position::First, None);
                    cache.forms.insert(k, html.clone());
                    html
                }
            };
            if !bibliography_order.contains(&w) {
                bibliography_order.push(w);
            }
        }
    }
    let mut extra_references = Vec::with_capacity(extra.len());
    for work in extra {
        let json = serde_json::to_vec(&crate::csl::to_csl_json(work)).unwrap_or_default();
        let k = cache_key(&[b"entry", &style_id, &json]);
        let html = match cache.get_form(k) {
            Some(html) => html.clone(),
            None => {
                let item = crate::csl::to_csl_item(work);
                let html = engine
                    .get()?
                    .bibliography(std::slice::from_ref(&item))
                    .into_iter()
                    .next()
                    .map(|(_, h)| h)
                    .unwrap_or_default();
                cache.forms.insert(k, html.clone());
                html
            }
        };
        extra_references.push(html);
    }
    Ok(Formatted {
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
