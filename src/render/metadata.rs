//! Machine-readable metadata for reference managers and search engines: Highwire
//! `citation_*` tags (Google Scholar, Zotero), schema.org JSON-LD, and COinS.

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::Prepared;
use crate::model::{Date, Name, Work};
use crate::resolve::Dossier;

#[derive(Debug, Clone, Serialize)]
pub struct MetaTag {
    pub name: &'static str,
    pub content: String,
}

/// The article as a work of its own: what "Cite this article" and the exports describe.
pub fn article_as_work(dossier: &Dossier, index: usize) -> Work {
    let a = &dossier.articles[index];
    let meta = &a.article.meta;
    let mut work = Work {
        key: a.article.slug.clone(),
        issuing_body: Default::default(),
        csl_type: if meta.venue.is_some() {
            "article-journal".into()
        } else {
            "webpage".into()
        },
        names: Vec::new(),
        dates: Default::default(),
        text: Default::default(),
        origin: a.article.origin.clone(),
    };
    let authors: Vec<Name> = a
        .contributors
        .iter()
        .map(|c| dossier.authors[*c].name.clone())
        .collect();
    if !authors.is_empty() {
        work.names.push(("author".into(), authors));
    }
    let title = match &meta.subtitle {
        Some(s) => format!("{}: {s}", meta.title),
        None => meta.title.clone(),
    };
    let mut put = |k: &str, v: Option<&String>| {
        if let Some(v) = v {
            work.text.insert(k.into(), v.clone());
        }
    };
    put("title", Some(&title));
    put(
        "container-title",
        meta.venue.as_ref().or(Some(&dossier.config.title)),
    );
    put("volume", meta.volume.as_ref());
    put("issue", meta.issue.as_ref());
    put("page", meta.pages.as_ref());
    put("DOI", meta.doi.as_ref());
    put("abstract", meta.abstract_text.as_ref());
    let url = dossier
        .config
        .absolute_url(&format!("articles/{}/", a.article.slug));
    work.text.insert("URL".into(), url);
    if let Some(date) = meta.date.as_ref().and_then(|d| d.parse().ok()) {
        work.dates.insert("issued".into(), date);
    }
    work
}

/// Highwire Press tags of an article.
pub fn highwire(p: &Prepared, index: usize, cited: &[usize]) -> Vec<MetaTag> {
    let a = &p.dossier.articles[index];
    let meta = &a.article.meta;
    let mut tags = vec![MetaTag {
        name: "citation_title",
        content: meta.title.clone(),
    }];
    for c in &a.contributors {
        tags.push(MetaTag {
            name: "citation_author",
            content: p.dossier.authors[*c].name.sort_key(),
        });
    }
    if let Some(date) = meta.date.as_ref().and_then(|d| d.parse().ok()) {
        tags.push(MetaTag {
            name: "citation_publication_date",
            content: highwire_date(&date),
        });
    }
    tags.push(MetaTag {
        name: "citation_journal_title",
        content: meta
            .venue
            .clone()
            .unwrap_or_else(|| p.dossier.config.title.clone()),
    });
    for (name, value) in [
        ("citation_volume", &meta.volume),
        ("citation_issue", &meta.issue),
        ("citation_doi", &meta.doi),
    ] {
        if let Some(v) = value {
            tags.push(MetaTag {
                name,
                content: v.clone(),
            });
        }
    }
    tags.push(MetaTag {
        name: "citation_abstract_html_url",
        content: p
            .dossier
            .config
            .absolute_url(&format!("articles/{}/", a.article.slug)),
    });
    if !meta.keywords.is_empty() {
        tags.push(MetaTag {
            name: "citation_keywords",
            content: meta.keywords.join("; "),
        });
    }
    tags.push(MetaTag {
        name: "citation_language",
        content: p.dossier.config.language.clone(),
    });
    for w in cited {
        tags.push(MetaTag {
            name: "citation_reference",
            content: reference_tag(&p.dossier.works[*w]),
        });
    }
    tags
}

fn highwire_date(d: &Date) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{}/{m:02}/{day:02}", d.year),
        (Some(m), None) => format!("{}/{m:02}", d.year),
        _ => d.year.to_string(),
    }
}

/// One cited work in Google Scholar's `citation_reference` form.
fn reference_tag(work: &Work) -> String {
    let mut parts = vec![format!("citation_title={}", work.title())];
    for name in work.names_in("author") {
        parts.push(format!("citation_author={}", name.sort_key()));
    }
    if let Some(d) = work.issued() {
        parts.push(format!("citation_publication_date={}", d.year));
    }
    let container = if work.csl_type == "chapter" {
        "citation_inbook_title"
    } else {
        "citation_journal_title"
    };
    for (field, tag) in [
        ("container-title", container),
        ("volume", "citation_volume"),
        ("issue", "citation_issue"),
        ("publisher", "citation_publisher"),
        ("DOI", "citation_doi"),
        ("URL", "citation_public_url"),
    ] {
        if let Some(v) = work.field(field) {
            parts.push(format!("{tag}={v}"));
        }
    }
    if let Some(pages) = work.field("page") {
        let mut range = pages.splitn(2, ['-', '–']);
        if let Some(first) = range.next() {
            parts.push(format!("citation_firstpage={first}"));
        }
        if let Some(last) = range.next() {
            parts.push(format!("citation_lastpage={last}"));
        }
    }
    parts.join("; ")
}

/// The schema.org type of a CSL type.
pub fn schema_type(csl_type: &str) -> &'static str {
    match csl_type {
        "book" => "Book",
        "chapter" => "Chapter",
        "article-journal" => "ScholarlyArticle",
        "article-newspaper" => "NewsArticle",
        "article-magazine" | "article" => "Article",
        "report" => "Report",
        "webpage" | "post" | "post-weblog" => "WebPage",
        "thesis" => "Thesis",
        "dataset" => "Dataset",
        "legislation" => "Legislation",
        _ => "CreativeWork",
    }
}

fn person_json(name: &Name) -> Value {
    match name {
        Name::Institution { literal } => json!({ "@type": "Organization", "name": literal }),
        Name::Person { family, given, .. } => {
            let mut m = Map::new();
            m.insert("@type".into(), json!("Person"));
            m.insert("name".into(), json!(name.display()));
            m.insert("familyName".into(), json!(family));
            if let Some(g) = given {
                m.insert("givenName".into(), json!(g));
            }
            Value::Object(m)
        }
    }
}

/// A work as schema.org data.
pub fn work_json(work: &Work, url: Option<String>) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), json!(schema_type(&work.csl_type)));
    m.insert("name".into(), json!(work.title()));
    let authors: Vec<Value> = work.names_in("author").iter().map(person_json).collect();
    if !authors.is_empty() {
        m.insert("author".into(), Value::Array(authors));
    }
    let editors: Vec<Value> = work.names_in("editor").iter().map(person_json).collect();
    if !editors.is_empty() {
        m.insert("editor".into(), Value::Array(editors));
    }
    if let Some(d) = work.issued() {
        m.insert("datePublished".into(), json!(d.iso()));
    }
    if let Some(c) = work.field("container-title") {
        let part_of = match work.csl_type.as_str() {
            "chapter" => "Book",
            "article-journal" => "Periodical",
            "article-newspaper" => "Newspaper",
            _ => "CreativeWork",
        };
        m.insert("isPartOf".into(), json!({ "@type": part_of, "name": c }));
    }
    if let Some(v) = work.field("publisher") {
        m.insert(
            "publisher".into(),
            json!({ "@type": "Organization", "name": v }),
        );
    }
    if let Some(v) = work.field("page") {
        m.insert("pagination".into(), json!(v));
    }
    let mut same_as = Vec::new();
    if let Some(v) = work.field("URL") {
        same_as.push(json!(v));
    }
    if let Some(v) = work.field("DOI") {
        same_as.push(json!(format!("https://doi.org/{v}")));
    }
    if !same_as.is_empty() {
        m.insert("sameAs".into(), Value::Array(same_as));
    }
    if let Some(u) = url {
        m.insert("url".into(), json!(u));
    }
    Value::Object(m)
}

/// JSON-LD for a `<script type="application/ld+json">`, safe inside HTML.
pub fn script_json(mut value: Value) -> String {
    if let Value::Object(m) = &mut value {
        m.insert("@context".into(), json!("https://schema.org"));
    }
    serde_json::to_string(&value)
        .unwrap_or_default()
        .replace("</", "<\\/")
        .replace("<!--", "<\\!--")
}

/// An article as a `ScholarlyArticle` citing its works.
pub fn article_json(p: &Prepared, index: usize, cited: &[usize]) -> String {
    let a = &p.dossier.articles[index];
    let work = article_as_work(p.dossier, index);
    let mut value = work_json(
        &work,
        Some(
            p.dossier
                .config
                .absolute_url(&format!("articles/{}/", a.article.slug)),
        ),
    );
    if let Value::Object(m) = &mut value {
        m.insert("@type".into(), json!("ScholarlyArticle"));
        m.insert("headline".into(), json!(a.article.meta.title));
        let authors: Vec<Value> = a.contributors.iter().map(|c| author_value(p, *c)).collect();
        m.insert("author".into(), Value::Array(authors));
        if let Some(abs) = &a.article.meta.abstract_text {
            m.insert("abstract".into(), json!(abs.trim()));
        }
        if !a.article.meta.keywords.is_empty() {
            m.insert("keywords".into(), json!(a.article.meta.keywords.join(", ")));
        }
        let citations: Vec<Value> = cited
            .iter()
            .map(|w| {
                let work = &p.dossier.works[*w];
                work_json(
                    work,
                    Some(
                        p.dossier
                            .config
                            .absolute_url(&format!("sources/{}/", work.key)),
                    ),
                )
            })
            .collect();
        m.insert("citation".into(), Value::Array(citations));
    }
    script_json(value)
}

/// An author as `Person` or `Organization`.
pub fn author_json(p: &Prepared, a: usize) -> String {
    script_json(author_value(p, a))
}

/// A person or institution with its page, affiliations and identifiers.
fn author_value(p: &Prepared, a: usize) -> Value {
    let author = &p.dossier.authors[a];
    let mut value = person_json(&author.name);
    if let Value::Object(m) = &mut value {
        let url = p
            .dossier
            .config
            .absolute_url(&format!("authors/{}/", author.slug));
        m.insert("url".into(), json!(url));
        if let Some(profile) = author.contributor.map(|i| &p.dossier.contributors[i]) {
            if !profile.affiliations.is_empty() {
                let affiliations = profile
                    .affiliations
                    .iter()
                    .map(|a| json!({ "@type": "Organization", "name": a }));
                m.insert("affiliation".into(), Value::Array(affiliations.collect()));
            }
            let mut same = Vec::new();
            if let Some(o) = &profile.orcid {
                same.push(json!(format!("https://orcid.org/{o}")));
            }
            same.extend(profile.links.iter().map(|l| json!(l.url)));
            if !same.is_empty() {
                m.insert("sameAs".into(), Value::Array(same));
            }
        }
    }
    value
}

/// COinS (OpenURL ContextObject in a `span`), which Zotero's browser connector reads.
pub fn coins(work: &Work) -> String {
    let enc = |s: &str| {
        percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    let (format, genre) = match work.csl_type.as_str() {
        "article-journal" | "article-magazine" | "article-newspaper" => ("journal", "article"),
        "book" => ("book", "book"),
        "chapter" => ("book", "bookitem"),
        "report" => ("book", "report"),
        _ => ("dc", ""),
    };
    let mut kv = vec![
        ("ctx_ver".to_string(), "Z39.88-2004".to_string()),
        (
            "rft_val_fmt".into(),
            format!("info:ofi/fmt:kev:mtx:{format}"),
        ),
    ];
    let mut add = |k: &str, v: &str| kv.push((k.to_string(), v.to_string()));
    if format == "dc" {
        add("rft.title", work.title());
        for n in work.names_in("author") {
            add("rft.creator", &n.display());
        }
        if let Some(d) = work.issued() {
            add("rft.date", &d.iso());
        }
        if let Some(v) = work.field("publisher") {
            add("rft.publisher", v);
        }
        if let Some(v) = work.field("URL") {
            add("rft.identifier", v);
        }
    } else {
        if !genre.is_empty() {
            add("rft.genre", genre);
        }
        match work.csl_type.as_str() {
            "article-journal" | "article-magazine" | "article-newspaper" => {
                add("rft.atitle", work.title());
                if let Some(v) = work.field("container-title") {
                    add("rft.jtitle", v);
                }
            }
            "chapter" => {
                add("rft.atitle", work.title());
                if let Some(v) = work.field("container-title") {
                    add("rft.btitle", v);
                }
            }
            _ => add("rft.btitle", work.title()),
        }
        for n in work.names_in("author") {
            match n {
                Name::Person { family, given, .. } => {
                    add("rft.aulast", family);
                    if let Some(g) = given {
                        add("rft.aufirst", g);
                    }
                }
                Name::Institution { literal } => add("rft.aucorp", literal),
            }
        }
        if let Some(d) = work.issued() {
            add("rft.date", &d.iso());
        }
        for (field, key) in [
            ("volume", "rft.volume"),
            ("issue", "rft.issue"),
            ("page", "rft.pages"),
            ("publisher", "rft.pub"),
            ("publisher-place", "rft.place"),
            ("ISBN", "rft.isbn"),
        ] {
            if let Some(v) = work.field(field) {
                add(key, v);
            }
        }
        if let Some(v) = work.field("DOI") {
            add("rft_id", &format!("info:doi/{v}"));
        }
        if let Some(v) = work.field("URL") {
            add("rft_id", v);
        }
    }
    kv.iter()
        .map(|(k, v)| format!("{}={}", k, enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}
