//! What every page shares, prepared once per render: formatted citations, the HTML of every
//! note, body, abstract, profile and event summary, the site context and each work's exports.

use std::collections::HashMap;

use rayon::prelude::*;

use super::citations::Formatted;
use super::context::{Counts, Link, SiteContext};
use super::markdown::{self, Markdown};
use super::{exports, highlight, theme, RenderCache, Urls};
use crate::resolve::Dossier;

/// Everything rendered once and shared by the pages.
pub struct Prepared<'d> {
    pub dossier: &'d Dossier,
    pub urls: Urls,
    pub formatted: Formatted,
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

/// Renders every piece of Markdown of the dossier once, in parallel per article.
pub(super) fn prepare<'d>(
    dossier: &'d Dossier,
    urls: Urls,
    formatted: Formatted,
    theme: &theme::Theme,
    cache: &mut RenderCache,
) -> Prepared<'d> {
    let config = &dossier.config;
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
    let site = site_context(dossier, &urls, theme);
    let work_exports = exports_of(dossier, &formatted.work_hashes, cache);
    Prepared {
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
    }
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
