//! Formatted citations: every distinct form formatted once (in parallel), then each
//! cluster assembled from its forms and linked to the works' pages.

use std::collections::HashMap;

use rayon::prelude::*;

use super::urls::Urls;
use crate::cite::Locator;
use crate::csl::Engine;
use crate::resolve::{Cite, Dossier, Position};
use crate::text::escape_html;

type FormKey = (usize, Position, Option<Locator>);

pub struct Formatted {
    forms: HashMap<FormKey, String>,
    /// Per work, its bibliography entry.
    pub references: Vec<String>,
    /// Work indices in the style's bibliography order.
    pub bibliography_order: Vec<usize>,
    closing: String,
    note_style: bool,
    /// American usage puts a closing period inside quotation marks (CSL's `punctuation-in-quote`).
    punctuation_in_quote: bool,
}

pub fn format(dossier: &Dossier, engine: &Engine) -> Formatted {
    let items = crate::csl::items(&dossier.works);
    let forms: HashMap<FormKey, String> = dossier
        .cite_forms()
        .into_par_iter()
        .map(|(work, position, locator)| {
            let html = engine.cite(&items[work], position, locator.as_ref());
            ((work, position, locator), html)
        })
        .collect();
    let entries = engine.bibliography(&items);
    let mut references = vec![String::new(); dossier.works.len()];
    let mut bibliography_order = Vec::with_capacity(entries.len());
    for (key, html) in entries {
        if let Some(&w) = dossier.work_index.get(&key) {
            references[w] = html;
            bibliography_order.push(w);
        }
    }
    // A style without a bibliography still needs a full reference per work.
    for (w, reference) in references.iter_mut().enumerate() {
        if reference.is_empty() {
            *reference = engine.cite(&items[w], Position::First, None);
            if !bibliography_order.contains(&w) {
                bibliography_order.push(w);
            }
        }
    }
    Formatted {
        forms,
        references,
        bibliography_order,
        closing: engine.closing().to_string(),
        note_style: engine.is_note_style(),
        punctuation_in_quote: matches!(dossier.config.language.as_str(), "en" | "en-US"),
    }
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
        if in_note {
            if ends_note && !ends_with_closing(&out, &self.closing) {
                close_citation(
                    &mut out,
                    &escape_html(&self.closing),
                    self.punctuation_in_quote,
                );
            }
            out
        } else if self.note_style {
            format!("<span class=\"citation\">({out})</span>")
        } else {
            format!("<span class=\"citation\">{out}</span>")
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
