//! The home page: the dossier, its articles, and the ways into sources, authors and timeline.

use serde::Serialize;

use super::context::{DateContext, Link};
use super::{job, PageJob, Prepared};

#[derive(Serialize)]
struct HomeContext {
    articles: Vec<ArticleSummary>,
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
        HomeContext { articles },
    )
}
