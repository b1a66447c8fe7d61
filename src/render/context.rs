//! The data every template sees: the site, links to works, authors and notes.

use serde::Serialize;

use super::Prepared;
use crate::model::Date;
use crate::resolve::CitationRef;

#[derive(Debug, Clone, Serialize)]
pub struct SiteContext {
    pub title: String,
    pub description: String,
    pub base_url: String,
    pub base_path: String,
    pub language: String,
    pub search: bool,
    pub feeds: bool,
    pub stylesheet: String,
    pub script: String,
    pub nav: Vec<Link>,
    pub counts: Counts,
    pub timeline_title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub articles: usize,
    pub notes: usize,
    pub works: usize,
    pub authors: usize,
    pub people: usize,
    pub institutions: usize,
    pub events: usize,
}

/// What every page tells the base template about itself.
#[derive(Debug, Clone, Serialize)]
pub struct PageContext {
    pub title: String,
    pub description: String,
    /// Root-relative URL of this page.
    pub url: String,
    pub canonical: String,
    pub kind: &'static str,
    /// Link the code-highlighting stylesheet.
    pub has_code: bool,
    /// `<meta name=… content=…>` tags for this page (Highwire `citation_*`).
    pub meta_tags: Vec<super::metadata::MetaTag>,
    /// schema.org JSON-LD, ready for a `<script type="application/ld+json">`.
    pub json_ld: String,
    /// OpenGraph type.
    pub og_type: &'static str,
}

impl PageContext {
    pub fn with_metadata(
        mut self,
        meta_tags: Vec<super::metadata::MetaTag>,
        json_ld: String,
    ) -> Self {
        self.meta_tags = meta_tags;
        self.json_ld = json_ld;
        self
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DateContext {
    pub iso: String,
    pub human: String,
}

impl From<Date> for DateContext {
    fn from(d: Date) -> Self {
        DateContext {
            iso: d.iso(),
            human: d.human(),
        }
    }
}

/// A note that cites a work, as shown on the work's and its authors' pages.
#[derive(Debug, Clone, Serialize)]
pub struct CitingNote {
    pub article_title: String,
    pub article_url: String,
    /// `None` for a citation in the article's body.
    pub note: Option<u32>,
    pub url: String,
    pub html: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorLink {
    pub name: String,
    pub url: String,
    pub role: String,
}

impl Prepared<'_> {
    pub fn citing_note(&self, r: &CitationRef) -> CitingNote {
        let article = &self.dossier.articles[r.article];
        let slug = &article.article.slug;
        let (url, html) = match r.note {
            Some(n) => {
                let index = article
                    .article
                    .notes
                    .iter()
                    .position(|x| x.number == n)
                    .unwrap_or(0);
                (
                    self.urls.note(slug, n),
                    self.note_html[r.article][index].clone(),
                )
            }
            None => (self.urls.article(slug), String::new()),
        };
        CitingNote {
            article_title: article.article.meta.title.clone(),
            article_url: self.urls.article(slug),
            note: r.note,
            url,
            html,
        }
    }

    pub fn author_links(&self, work: usize) -> Vec<AuthorLink> {
        self.dossier.authors_of[work]
            .iter()
            .map(|(a, role)| {
                let author = &self.dossier.authors[*a];
                AuthorLink {
                    name: author.display.clone(),
                    url: self.urls.author(&author.slug),
                    role: role.clone(),
                }
            })
            .collect()
    }

    pub fn page(
        &self,
        title: &str,
        description: &str,
        url: String,
        kind: &'static str,
        has_code: bool,
    ) -> PageContext {
        let canonical = self.dossier.config.absolute_url(
            url.strip_prefix(self.dossier.config.base_path())
                .unwrap_or(&url),
        );
        PageContext {
            title: title.to_string(),
            description: truncate(description, 200),
            url,
            canonical,
            kind,
            has_code,
            meta_tags: Vec::new(),
            json_ld: String::new(),
            og_type: if kind == "article" {
                "article"
            } else {
                "website"
            },
        }
    }
}

pub fn truncate(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}
