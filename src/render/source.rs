//! The bibliography (`/sources/`) and one page per cited work (`/sources/<key>/`).

use serde::Serialize;

use super::charts::years::{works_by_year, WorksByYear};
use super::charts::{tone, Swatch};
use super::context::{AuthorLink, CitingNote, DateContext};
use super::{job, job_finished, output_path, PageJob, Prepared};
use crate::resolve::Dossier;
use crate::text::is_safe_url;

/// The kinds of works in the order of the sources page (most works first), and each work's kind.
pub(super) fn work_kinds(dossier: &Dossier) -> (Vec<Swatch>, Vec<usize>) {
    let mut labels: Vec<(&'static str, usize)> = Vec::new();
    for work in &dossier.works {
        let plural = type_label(&work.csl_type).1;
        match labels.iter_mut().find(|(l, _)| *l == plural) {
            Some((_, n)) => *n += 1,
            None => labels.push((plural, 1)),
        }
    }
    labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let of_work = dossier
        .works
        .iter()
        .map(|w| {
            let plural = type_label(&w.csl_type).1;
            labels.iter().position(|(l, _)| *l == plural).unwrap_or(0)
        })
        .collect();
    let swatches = labels
        .into_iter()
        .enumerate()
        .map(|(i, (label, count))| Swatch {
            label: label.to_string(),
            tone: tone(i),
            count,
        })
        .collect();
    (swatches, of_work)
}

#[derive(Serialize)]
struct SourcesContext {
    groups: Vec<Group>,
    /// Works by year and kind, when any work is dated.
    chart: Option<WorksByYear>,
}

#[derive(Serialize)]
struct Group {
    id: String,
    label: String,
    works: Vec<WorkEntry>,
}

#[derive(Serialize)]
struct WorkEntry {
    key: String,
    url: String,
    reference_html: String,
    cited: usize,
}

#[derive(Serialize)]
struct SourceContext {
    key: String,
    url: String,
    title: String,
    type_label: String,
    csl_type: String,
    reference_html: String,
    authors: Vec<AuthorLink>,
    fields: Vec<Field>,
    issued: Option<DateContext>,
    link: Option<String>,
    doi_url: Option<String>,
    citations: Vec<CitingNote>,
    events: Vec<EventLink>,
    coins: String,
    /// The hash of the work's CSL-JSON, which its downloads are made from.
    exports_hash: u64,
    /// Filled only when the page is rendered.
    downloads: Vec<super::exports::Download>,
}

#[derive(Serialize)]
struct Field {
    label: String,
    value: String,
}

#[derive(Serialize)]
struct EventLink {
    title: String,
    date: DateContext,
    url: String,
}

/// Human labels of CSL types: (singular, plural).
pub fn type_label(csl_type: &str) -> (&'static str, &'static str) {
    match csl_type {
        "book" => ("Book", "Books"),
        "chapter" => ("Book chapter", "Book chapters"),
        "article-journal" => ("Journal article", "Journal articles"),
        "article-magazine" => ("Magazine article", "Magazine articles"),
        "article-newspaper" => ("News article", "News articles"),
        "report" => ("Report", "Reports and official documents"),
        "webpage" | "post" | "post-weblog" => ("Web page", "Web pages"),
        "speech" => ("Speech", "Speeches and events"),
        "paper-conference" => ("Conference paper", "Conference papers"),
        "thesis" => ("Thesis", "Theses"),
        "legislation" | "treaty" | "bill" | "regulation" => ("Legal text", "Legal texts"),
        "interview" => ("Interview", "Interviews"),
        "dataset" => ("Dataset", "Datasets"),
        _ => ("Document", "Other documents"),
    }
}

pub(super) fn index<'p>(p: &'p Prepared) -> PageJob<'p> {
    let mut groups: Vec<Group> = Vec::new();
    for &w in &p.formatted.bibliography_order {
        let work = &p.dossier.works[w];
        let (_, plural) = type_label(&work.csl_type);
        let entry = WorkEntry {
            key: work.key.clone(),
            url: p.urls.source(&work.key),
            reference_html: p.formatted.references[w].clone(),
            cited: p.dossier.citations_of[w].len(),
        };
        match groups.iter_mut().find(|g| g.label == plural) {
            Some(g) => g.works.push(entry),
            None => groups.push(Group {
                id: crate::text::slugify(plural),
                label: plural.to_string(),
                works: vec![entry],
            }),
        }
    }
    groups.sort_by(|a, b| {
        b.works
            .len()
            .cmp(&a.works.len())
            .then(a.label.cmp(&b.label))
    });
    let (kinds, kind_of) = work_kinds(p.dossier);
    let dated: Vec<(Option<i32>, usize)> = p
        .dossier
        .works
        .iter()
        .zip(kind_of)
        .map(|(w, k)| (w.issued().map(|d| d.year), k))
        .collect();
    let chart = works_by_year(&dated, kinds);
    let url = p.urls.page("sources/");
    let description = format!("The {} works cited in the dossier.", p.dossier.works.len());
    let page = p.page("Sources", &description, url.clone(), "sources", false);
    job(
        p,
        output_path(&p.urls, &url),
        "sources.html",
        page,
        "sources",
        SourcesContext { groups, chart },
    )
}

pub(super) fn page<'p>(p: &'p Prepared, w: usize) -> PageJob<'p> {
    let work = &p.dossier.works[w];
    let url = p.urls.source(&work.key);
    let mut fields = Vec::new();
    let mut add = |label: &str, value: Option<&str>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            fields.push(Field {
                label: label.into(),
                value: v.to_string(),
            });
        }
    };
    add("Title", work.field("title"));
    add("In", work.field("container-title"));
    add("Series", work.field("collection-title"));
    add("Volume", work.field("volume"));
    add("Issue", work.field("issue"));
    add("Pages", work.field("page"));
    add("Publisher", work.field("publisher"));
    add("Place", work.field("publisher-place"));
    add("Genre", work.field("genre"));
    add("Event", work.field("event-title"));
    add("ISBN", work.field("ISBN"));
    let citations = p.dossier.citations_of[w]
        .iter()
        .map(|r| p.citing_note(r))
        .collect();
    let events = p.dossier.events_of[w]
        .iter()
        .map(|e| {
            let event = &p.dossier.events[*e];
            EventLink {
                title: event.title.clone(),
                date: event.date.into(),
                url: p.urls.event(&super::timeline::event_id(event)),
            }
        })
        .collect();
    let context = SourceContext {
        key: work.key.clone(),
        url: url.clone(),
        title: work.title().to_string(),
        type_label: type_label(&work.csl_type).0.to_string(),
        csl_type: work.csl_type.clone(),
        reference_html: p.formatted.references[w].clone(),
        authors: p.author_links(w),
        fields,
        issued: work.issued().map(Into::into),
        link: work
            .field("URL")
            .filter(|u| is_safe_url(u))
            .map(str::to_string),
        doi_url: work.field("DOI").map(|d| {
            format!(
                "https://doi.org/{}",
                d.trim_start_matches("https://doi.org/")
            )
        }),
        citations,
        events,
        coins: super::metadata::coins(work),
        exports_hash: p.formatted.work_hashes[w],
        downloads: Vec::new(),
    };
    let description = super::markdown::plain_text(&p.formatted.references[w]);
    let json_ld = super::metadata::script_json(super::metadata::work_json(
        work,
        Some(
            p.dossier
                .config
                .absolute_url(&format!("sources/{}/", work.key)),
        ),
    ));
    let page = p
        .page(work.title(), &description, url.clone(), "source", false)
        .with_metadata(Vec::new(), json_ld);
    let exports = &p.exports[w];
    job_finished(
        p,
        output_path(&p.urls, &url),
        "source.html",
        page,
        "work",
        context,
        move |c: &mut SourceContext| c.downloads = super::exports::downloads(&c.key, exports),
    )
}
