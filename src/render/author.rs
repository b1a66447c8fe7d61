//! The author index (A–Z) and one page per person or institution.

use serde::Serialize;

use super::charts::{
    self,
    network::{Neighbour, Relation},
};
use super::context::{CitingNote, Link};
use super::{job, job_finished, output_path, PageJob, Prepared};

#[derive(Serialize)]
struct AuthorsContext {
    letters: Vec<Letter>,
}

#[derive(Serialize)]
struct Letter {
    letter: String,
    authors: Vec<AuthorEntry>,
}

#[derive(Serialize)]
struct AuthorEntry {
    name: String,
    sort_name: String,
    url: String,
    institution: bool,
    works: usize,
    contributor: bool,
}

#[derive(Serialize)]
struct AuthorContext {
    name: String,
    url: String,
    institution: bool,
    profile: Option<Profile>,
    articles: Vec<Link>,
    works: Vec<AuthoredWork>,
    /// Documents this institution issued with no author named (reports, legislation, …).
    issued: Vec<AuthoredWork>,
    coauthors: Vec<Link>,
    /// Authors cited in the same notes, most often first.
    cocited: Vec<Link>,
    /// Co-authors and co-cited authors, nearest first: what the graph is drawn from.
    neighbours: Vec<Neighbour>,
    /// The neighbours as a small graph (empty when there are none), drawn only when the page
    /// is rendered.
    graph_svg: String,
    cited_count: usize,
}

#[derive(Serialize)]
struct Profile {
    bio_html: String,
    affiliations: Vec<String>,
    orcid: Option<String>,
    orcid_url: Option<String>,
    links: Vec<Link>,
}

#[derive(Serialize)]
struct AuthoredWork {
    key: String,
    url: String,
    title: String,
    role: String,
    reference_html: String,
    citations: Vec<CitingNote>,
}

pub(super) fn index<'p>(p: &'p Prepared) -> PageJob<'p> {
    let mut letters: Vec<Letter> = Vec::new();
    for (a, author) in p.dossier.authors.iter().enumerate() {
        let letter = crate::text::fold(&author.sort_key)
            .chars()
            .next()
            .map(|c| {
                if c.is_ascii_alphabetic() {
                    c.to_ascii_uppercase().to_string()
                } else {
                    "#".into()
                }
            })
            .unwrap_or_else(|| "#".into());
        let entry = AuthorEntry {
            name: author.display.clone(),
            sort_name: author.sort_key.clone(),
            url: p.urls.author(&author.slug),
            institution: author.is_institution(),
            works: p.dossier.works_of[a].len(),
            contributor: author.contributor.is_some(),
        };
        match letters.last_mut() {
            Some(l) if l.letter == letter => l.authors.push(entry),
            _ => letters.push(Letter {
                letter,
                authors: vec![entry],
            }),
        }
    }
    let url = p.urls.page("authors/");
    let description = format!(
        "The {} people and institutions of the dossier, A–Z.",
        p.dossier.authors.len()
    );
    let page = p.page("Authors", &description, url.clone(), "authors", false);
    job(
        p,
        output_path(&p.urls, &url),
        "authors.html",
        page,
        "authors",
        AuthorsContext { letters },
    )
}

/// The authors cited in the same notes as `a` (co-authors aside), and the neighbours the
/// picture of both is drawn from.
fn neighbourhood(p: &Prepared, a: usize) -> (Vec<Link>, Vec<Neighbour>) {
    let d = p.dossier;
    let link = |b: usize| Link {
        title: d.authors[b].display.clone(),
        url: p.urls.author(&d.authors[b].slug),
    };
    let mut neighbours: Vec<(Neighbour, usize)> = d.coauthors[a]
        .iter()
        .map(|&b| {
            let shared = d.works_of[a]
                .iter()
                .filter(|(w, _)| d.authors_of[*w].iter().any(|(x, _)| *x == b))
                .count();
            (Relation::Coauthor(shared), b)
        })
        .chain(
            d.cocited[a]
                .iter()
                .filter(|(b, _)| !d.coauthors[a].contains(b))
                .map(|&(b, notes)| (Relation::Cocited(notes), b)),
        )
        .map(|(relation, b)| {
            let l = link(b);
            (
                Neighbour {
                    name: l.title,
                    url: l.url,
                    relation,
                },
                b,
            )
        })
        .collect();
    // Co-authors first, then the strongest ties; the same order every build.
    neighbours.sort_by(|(x, i), (y, j)| {
        let rank = |r: Relation| match r {
            Relation::Coauthor(n) => (0, usize::MAX - n),
            Relation::Cocited(n) => (1, usize::MAX - n),
        };
        rank(x.relation).cmp(&rank(y.relation)).then(i.cmp(j))
    });
    let cocited = neighbours
        .iter()
        .filter(|(n, _)| matches!(n.relation, Relation::Cocited(_)))
        .map(|(_, b)| link(*b))
        .collect();
    (cocited, neighbours.into_iter().map(|(n, _)| n).collect())
}

/// The picture of an author's neighbours (empty when there are none).
fn draw_neighbourhood(context: &mut AuthorContext) {
    if !context.neighbours.is_empty() {
        context.graph_svg =
            charts::network::neighbourhood("neighbourhood", &context.name, &context.neighbours);
    }
}

pub(super) fn page<'p>(p: &'p Prepared, a: usize) -> PageJob<'p> {
    let author = &p.dossier.authors[a];
    let url = p.urls.author(&author.slug);
    let profile = author.contributor.map(|c| {
        let profile = &p.dossier.contributors[c];
        Profile {
            bio_html: p.bio_html[c].clone(),
            affiliations: profile.affiliations.clone(),
            orcid: profile.orcid.clone(),
            orcid_url: profile
                .orcid
                .as_ref()
                .map(|o| format!("https://orcid.org/{o}")),
            links: profile
                .links
                .iter()
                .map(|l| Link {
                    title: l.title.clone(),
                    url: l.url.clone(),
                })
                .collect(),
        }
    });
    let (issued, works): (Vec<AuthoredWork>, Vec<AuthoredWork>) = p.dossier.works_of[a]
        .iter()
        .map(|(w, role)| {
            let work = &p.dossier.works[*w];
            AuthoredWork {
                key: work.key.clone(),
                url: p.urls.source(&work.key),
                title: work.title().to_string(),
                role: role.clone(),
                reference_html: p.formatted.references[*w].clone(),
                citations: p.dossier.citations_of[*w]
                    .iter()
                    .map(|r| p.citing_note(r))
                    .collect(),
            }
        })
        .partition(|w| w.role == crate::resolve::ISSUER);
    let (cocited, neighbours) = neighbourhood(p, a);
    let cited_count = works.iter().chain(&issued).map(|w| w.citations.len()).sum();
    let context = AuthorContext {
        name: author.display.clone(),
        url: url.clone(),
        institution: author.is_institution(),
        profile,
        articles: p.dossier.articles_of[a]
            .iter()
            .map(|i| {
                let article = &p.dossier.articles[*i].article;
                Link {
                    title: article.meta.title.clone(),
                    url: p.urls.article(&article.slug),
                }
            })
            .collect(),
        works,
        issued,
        coauthors: p.dossier.coauthors[a]
            .iter()
            .map(|c| Link {
                title: p.dossier.authors[*c].display.clone(),
                url: p.urls.author(&p.dossier.authors[*c].slug),
            })
            .collect(),
        cocited,
        neighbours,
        graph_svg: String::new(),
        cited_count,
    };
    let description = match author.contributor {
        Some(c) => super::markdown::plain_text(&p.bio_html[c]),
        None => format!(
            "{}: works cited in the dossier and the notes that cite them.",
            author.display
        ),
    };
    let page = p
        .page(&author.display, &description, url.clone(), "author", false)
        .with_metadata(Vec::new(), super::metadata::author_json(p, a));
    job_finished(
        p,
        output_path(&p.urls, &url),
        "author.html",
        page,
        "author",
        context,
        draw_neighbourhood,
    )
}
