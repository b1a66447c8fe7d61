//! Stage 2, resolve: the dossier graph. Works by key, authors by identity, citations
//! resolved to works with their CSL positions, contributors merged into authors, events
//! linked to works, and every reverse index. Unknown keys and duplicates are errors here.

mod authors;
mod citations;
mod cocitation;

use std::collections::HashMap;

use crate::cite::Locator;
use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error};
use crate::load::Loaded;
use crate::model::{Article, Contributor, Event, Work};

pub use authors::{Author, ISSUER};
pub use citations::{closest, Cite, Position};

/// Where a work is cited: an article's note, or its body when `note` is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CitationRef {
    pub article: usize,
    pub note: Option<u32>,
}

/// An article with its citations resolved.
#[derive(Debug, Clone)]
pub struct ResolvedArticle {
    pub article: Article,
    /// Author indices of the article's contributors.
    pub contributors: Vec<usize>,
    /// Per body cluster, its cites.
    pub body_cites: Vec<Vec<Cite>>,
    /// Per note (same order as `article.notes`), per cluster, its cites.
    pub note_cites: Vec<Vec<Vec<Cite>>>,
}

/// The cross-linked dossier.
#[derive(Debug, Clone)]
pub struct Dossier {
    pub config: Config,
    /// Newest first, then by title.
    pub articles: Vec<ResolvedArticle>,
    /// Sorted by key.
    pub works: Vec<Work>,
    pub work_index: HashMap<String, usize>,
    /// A–Z.
    pub authors: Vec<Author>,
    pub contributors: Vec<Contributor>,
    /// By date.
    pub events: Vec<Event>,
    /// Per work: every place that cites it, in article and note order.
    pub citations_of: Vec<Vec<CitationRef>>,
    /// Per work: its authors and editors with their roles.
    pub authors_of: Vec<Vec<(usize, String)>>,
    /// Per author: their works with roles.
    pub works_of: Vec<Vec<(usize, String)>>,
    /// Per author: the people and institutions they share a work with.
    pub coauthors: Vec<Vec<usize>>,
    /// Per author: the authors cited in the same notes, with how many notes, most first.
    pub cocited: Vec<Vec<(usize, usize)>>,
    /// Per author: the articles they contributed.
    pub articles_of: Vec<Vec<usize>>,
    /// Per work: the events it documents.
    pub events_of: Vec<Vec<usize>>,
}

impl Dossier {
    pub fn work(&self, key: &str) -> Option<&Work> {
        self.work_index.get(key).map(|i| &self.works[*i])
    }

    pub fn note_count(&self) -> usize {
        self.articles.iter().map(|a| a.article.notes.len()).sum()
    }

    /// Every distinct (work, position, locator) that the pages need formatted.
    pub fn cite_forms(&self) -> Vec<(usize, Position, Option<Locator>)> {
        let mut forms: Vec<_> = self
            .articles
            .iter()
            .flat_map(|a| a.body_cites.iter().chain(a.note_cites.iter().flatten()))
            .flatten()
            .map(|c| (c.work, c.position, c.locator.clone()))
            .collect();
        forms.sort();
        forms.dedup();
        forms
    }
}

pub fn resolve(loaded: Loaded, config: Config) -> Result<Dossier, Error> {
    let mut out = Diagnostics::default();
    let Loaded {
        mut articles,
        mut works,
        contributors,
        mut events,
    } = loaded;

    works.sort_by(|a, b| a.key.cmp(&b.key).then(a.origin.cmp(&b.origin)));
    let mut work_index: HashMap<String, usize> = HashMap::new();
    let mut folded: HashMap<String, usize> = HashMap::new();
    let mut unique = Vec::with_capacity(works.len());
    for work in works {
        if let Some(first) = work_index.get(&work.key) {
            let first: &Work = &unique[*first];
            out.push(
                Diagnostic::new(
                    work.origin.clone(),
                    format!("duplicate work key `{}`", work.key),
                )
                .with_hint(format!(
                    "`{}` is already defined at {}; rename one of them",
                    work.key, first.origin
                )),
            );
            continue;
        }
        // Keys that differ only in case would share a folder on macOS and Windows.
        if let Some(other) = folded.get(&work.key.to_lowercase()) {
            let other: &Work = &unique[*other];
            out.push(
                Diagnostic::new(
                    work.origin.clone(),
                    format!("work keys `{}` and `{}` differ only in case and would share the URL /sources/…/", work.key, other.key),
                )
                .with_hint(format!("rename one of them (the other is at {})", other.origin)),
            );
            continue;
        }
        folded.insert(work.key.to_lowercase(), unique.len());
        work_index.insert(work.key.clone(), unique.len());
        unique.push(work);
    }
    let works = unique;

    articles.sort_by(|a, b| {
        let date = |x: &Article| x.meta.date.as_ref().and_then(|d| d.parse().ok());
        date(b)
            .cmp(&date(a))
            .then(a.meta.title.cmp(&b.meta.title))
            .then(a.slug.cmp(&b.slug))
    });
    let mut slugs: HashMap<String, &crate::error::Location> = HashMap::new();
    for a in &articles {
        if let Some(first) = slugs.insert(a.slug.clone(), &a.origin) {
            out.push(
                Diagnostic::new(
                    a.origin.clone(),
                    format!("two articles share the URL /articles/{}/", a.slug),
                )
                .with_hint(format!(
                    "rename one of the files (the other is {})",
                    first.file.display()
                )),
            );
        }
    }

    let people = authors::collect(&works, &contributors, &articles, &mut out);

    let mut resolved = Vec::with_capacity(articles.len());
    for article in articles {
        let (body_cites, note_cites) =
            citations::resolve_article(&article, &work_index, &works, &mut out);
        let contributors_idx = article
            .meta
            .contributors
            .iter()
            .filter_map(|slug| people.by_contributor.get(slug).copied())
            .collect();
        resolved.push(ResolvedArticle {
            article,
            contributors: contributors_idx,
            body_cites,
            note_cites,
        });
    }

    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.title.cmp(&b.title)));
    let mut events_of = vec![Vec::new(); works.len()];
    for (e, event) in events.iter().enumerate() {
        for key in &event.works {
            match work_index.get(key) {
                Some(w) => events_of[*w].push(e),
                None => out.push(citations::unknown_key(key, &event.origin, &works)),
            }
        }
    }

    let mut citations_of = vec![Vec::new(); works.len()];
    for (a, article) in resolved.iter().enumerate() {
        let body = article.body_cites.iter().flatten().map(|c| (c.work, None));
        let notes = article
            .article
            .notes
            .iter()
            .zip(&article.note_cites)
            .flat_map(|(n, clusters)| {
                clusters
                    .iter()
                    .flatten()
                    .map(move |c| (c.work, Some(n.number)))
            });
        for (work, note) in body.chain(notes) {
            let r = CitationRef { article: a, note };
            if citations_of[work].last() != Some(&r) {
                citations_of[work].push(r);
            }
        }
    }
    let mut articles_of = vec![Vec::new(); people.authors.len()];
    for (a, article) in resolved.iter().enumerate() {
        for author in &article.contributors {
            articles_of[*author].push(a);
        }
    }

    let cocited = cocitation::cocited(&resolved, &people.authors_of, people.authors.len());
    let dossier = Dossier {
        config,
        articles: resolved,
        work_index,
        authors_of: people.authors_of,
        works_of: people.works_of,
        coauthors: people.coauthors,
        cocited,
        authors: people.authors,
        works,
        contributors,
        events,
        citations_of,
        articles_of,
        events_of,
    };
    out.finish(dossier)
}
