//! Article pages: metadata, abstract, body and numbered notes.

use serde::Serialize;

use super::context::{DateContext, Link};
use super::{job, output_path, PageJob, Prepared};

#[derive(Serialize)]
struct ArticleContext {
    slug: String,
    title: String,
    subtitle: Option<String>,
    article_type: Option<String>,
    url: String,
    contributors: Vec<Link>,
    date: Option<DateContext>,
    updated: Option<DateContext>,
    venue: Option<String>,
    volume: Option<String>,
    issue: Option<String>,
    pages: Option<String>,
    doi: Option<String>,
    doi_url: Option<String>,
    original_url: Option<String>,
    abstract_html: String,
    keywords: Vec<String>,
    body_html: String,
    notes: Vec<NoteContext>,
    works: Vec<Link>,
    /// "Cite this article": the formatted reference and its BibTeX.
    cite_html: String,
    cite_bibtex: String,
}

#[derive(Serialize)]
struct NoteContext {
    number: u32,
    id: String,
    html: String,
    /// The body references this note, so a back link makes sense.
    referenced: bool,
}

pub(super) fn page<'p>(p: &'p Prepared, index: usize) -> PageJob<'p> {
    let a = &p.dossier.articles[index];
    let meta = &a.article.meta;
    let url = p.urls.article(&a.article.slug);
    let body = &p.body_html[index];
    let notes = a
        .article
        .notes
        .iter()
        .zip(&p.note_html[index])
        .map(|(n, html)| NoteContext {
            number: n.number,
            id: format!("note-{}", n.number),
            html: html.clone(),
            referenced: body.html.contains(&format!("id=\"noteref-{}\"", n.number)),
        })
        .collect();
    let mut cited: Vec<usize> = a
        .body_cites
        .iter()
        .chain(a.note_cites.iter().flatten())
        .flatten()
        .map(|c| c.work)
        .collect();
    cited.sort();
    cited.dedup();
    let works = cited
        .iter()
        .map(|w| {
            let work = &p.dossier.works[*w];
            Link {
                title: work.title().to_string(),
                url: p.urls.source(&work.key),
            }
        })
        .collect();
    let context = ArticleContext {
        slug: a.article.slug.clone(),
        title: meta.title.clone(),
        subtitle: meta.subtitle.clone(),
        article_type: meta.article_type.clone(),
        url: url.clone(),
        contributors: a
            .contributors
            .iter()
            .map(|c| {
                let author = &p.dossier.authors[*c];
                Link {
                    title: author.display.clone(),
                    url: p.urls.author(&author.slug),
                }
            })
            .collect(),
        date: meta
            .date
            .as_ref()
            .and_then(|d| d.parse().ok())
            .map(Into::into),
        updated: meta
            .updated
            .as_ref()
            .and_then(|d| d.parse().ok())
            .map(Into::into),
        venue: meta.venue.clone(),
        volume: meta.volume.clone(),
        issue: meta.issue.clone(),
        pages: meta.pages.clone(),
        doi: meta.doi.clone(),
        doi_url: meta.doi.as_ref().map(|d| format!("https://doi.org/{d}")),
        original_url: meta.url.clone(),
        abstract_html: p.abstract_html[index].clone(),
        keywords: meta.keywords.clone(),
        body_html: body.html.clone(),
        notes,
        works,
        cite_html: p.formatted.extra_references[index].clone(),
        cite_bibtex: super::exports::bibtex(&super::metadata::article_as_work(p.dossier, index)),
    };
    let description = meta
        .abstract_text
        .clone()
        .unwrap_or_else(|| meta.subtitle.clone().unwrap_or_default());
    let page = p
        .page(
            &meta.title,
            &description,
            url.clone(),
            "article",
            body.has_code,
        )
        .with_metadata(
            super::metadata::highwire(p, index, &cited),
            super::metadata::article_json(p, index, &cited),
        );
    job(
        p,
        output_path(&p.urls, &url),
        "article.html",
        page,
        "article",
        context,
    )
}
