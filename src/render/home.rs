//! The home page: the dossier, its articles, and the ways into sources, authors and timeline.

use serde::Serialize;

use super::charts::bars::{grouped_bars, Bar, Group};
use super::context::{DateContext, Link};
use super::{job, PageJob, Prepared};

#[derive(Serialize)]
struct HomeContext {
    articles: Vec<ArticleSummary>,
    /// The dossier's figures as a picture: works by kind, notes by the number of works cited.
    figures_svg: String,
}

/// Notes citing 0, 1, … works; the last bar gathers the rest.
const MOST_WORKS_PER_NOTE: usize = 6;

fn figures(p: &Prepared) -> String {
    let (kinds, _) = super::source::work_kinds(p.dossier);
    let mut per_note = [0usize; MOST_WORKS_PER_NOTE + 1];
    for article in &p.dossier.articles {
        for clusters in &article.note_cites {
            let mut works: Vec<usize> = clusters.iter().flatten().map(|c| c.work).collect();
            works.sort_unstable();
            works.dedup();
            per_note[works.len().min(MOST_WORKS_PER_NOTE)] += 1;
        }
    }
    if kinds.is_empty() && per_note.iter().all(|n| *n == 0) {
        return String::new();
    }
    let works = Group {
        heading: "Cited works by kind".into(),
        bars: kinds
            .into_iter()
            .map(|k| Bar {
                label: k.label,
                value: k.count,
                tone: k.tone,
            })
            .collect(),
    };
    // Bars up to the largest number of works that a note cites.
    let last = per_note.iter().rposition(|n| *n > 0).unwrap_or(0);
    let notes = Group {
        heading: "Notes by number of works cited".into(),
        bars: per_note
            .iter()
            .enumerate()
            .take(last + 1)
            .filter(|(n, count)| *n > 0 || **count > 0)
            .map(|(n, count)| Bar {
                label: match n {
                    0 => "no work".to_string(),
                    1 => "1 work".to_string(),
                    MOST_WORKS_PER_NOTE => format!("{n} or more works"),
                    _ => format!("{n} works"),
                },
                value: *count,
                tone: 2,
            })
            .collect(),
    };
    grouped_bars("figures", "The dossier in figures", &[works, notes])
}

#[derive(Serialize)]
struct ArticleSummary {
    title: String,
    subtitle: Option<String>,
    article_type: Option<String>,
    url: String,
    contributors: Vec<Link>,
    date: Option<DateContext>,
    abstract_html: String,
    notes: usize,
    works: usize,
}

pub(super) fn page<'p>(p: &'p Prepared) -> PageJob<'p> {
    let articles = p
        .dossier
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut works: Vec<usize> = a
                .note_cites
                .iter()
                .flatten()
                .chain(a.body_cites.iter())
                .flatten()
                .map(|c| c.work)
                .collect();
            works.sort();
            works.dedup();
            ArticleSummary {
                title: a.article.meta.title.clone(),
                subtitle: a.article.meta.subtitle.clone(),
                article_type: a.article.meta.article_type.clone(),
                url: p.urls.article(&a.article.slug),
                contributors: a
                    .contributors
                    .iter()
                    .map(|c| Link {
                        title: p.dossier.authors[*c].display.clone(),
                        url: p.urls.author(&p.dossier.authors[*c].slug),
                    })
                    .collect(),
                date: a
                    .article
                    .meta
                    .date
                    .as_ref()
                    .and_then(|d| d.parse().ok())
                    .map(Into::into),
                abstract_html: p.abstract_html[i].clone(),
                notes: a.article.notes.len(),
                works: works.len(),
            }
        })
        .collect();
    let config = &p.dossier.config;
    let page = p.page(
        &config.title,
        &config.description,
        p.urls.home(),
        "home",
        false,
    );
    job(
        p,
        "index.html".into(),
        "index.html",
        page,
        "home",
        HomeContext {
            articles,
            figures_svg: figures(p),
        },
    )
}
