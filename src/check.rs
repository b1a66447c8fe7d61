//! `dossier check`: everything `build` validates, without writing, plus warnings about
//! what is likely a mistake: works never cited, near-duplicate author names, events without
//! works, internal links that point nowhere, missing metadata.

use std::collections::HashSet;

use crate::error::{Diagnostic, Error, Location};
use crate::render::Site;
use crate::resolve::Dossier;
use crate::text::fold;
use crate::BuildOptions;

/// Runs every stage but writing; returns the warnings.
pub fn check(options: &BuildOptions) -> Result<Vec<Diagnostic>, Error> {
    let mut config = crate::config::Config::load(&options.root, options.config.as_deref())?;
    if let Some(url) = &options.base_url {
        config.set_base_url(url)?;
    }
    config.drafts |= options.drafts;
    let loaded = crate::load::load(&options.root, &config)?;
    let dossier = crate::resolve::resolve(loaded, config)?;
    let site = crate::render::render(&dossier, &options.root)?;
    let mut warnings = Vec::new();
    uncited_works(&dossier, &mut warnings);
    near_duplicate_authors(&dossier, &mut warnings);
    events_without_works(&dossier, &mut warnings);
    unlisted_event_kinds(&dossier, &mut warnings);
    missing_metadata(&dossier, &mut warnings);
    broken_links(&dossier, &site, &mut warnings);
    warnings.sort_by(|a, b| a.location.cmp(&b.location).then(a.message.cmp(&b.message)));
    warnings.dedup();
    Ok(warnings)
}

/// A kind that config.yaml does not list is accepted, with a label made from its name; it is
/// often a typo of a listed one.
fn unlisted_event_kinds(d: &Dossier, out: &mut Vec<Diagnostic>) {
    let timeline = &d.config.timeline;
    let listed: Vec<&str> = timeline.kinds.iter().map(|k| k.kind.as_str()).collect();
    for event in &d.events {
        if timeline.listed(&event.kind).is_some() {
            continue;
        }
        let hint = match crate::resolve::closest(&event.kind, listed.iter().copied()) {
            Some(close) => format!("did you mean `{close}`? Or list `{}` under `timeline.kinds` in config.yaml", event.kind),
            None => format!(
                "list it under `timeline.kinds` in config.yaml to choose its label and place in the legend: `- {{ kind: {}, label: {} }}`",
                event.kind,
                timeline.label(&event.kind)
            ),
        };
        out.push(
            Diagnostic::warning(
                event.origin.clone(),
                format!(
                    "event kind `{}` is not listed in config.yaml; it is shown as “{}”",
                    event.kind,
                    timeline.label(&event.kind)
                ),
            )
            .with_hint(hint),
        );
    }
}

fn uncited_works(d: &Dossier, out: &mut Vec<Diagnostic>) {
    for (w, work) in d.works.iter().enumerate() {
        if d.citations_of[w].is_empty() {
            out.push(
                Diagnostic::warning(
                    work.origin.clone(),
                    format!("work `{}` is never cited", work.key),
                )
                .with_hint(
                    "cite it in a note, or remove it from the bibliography (it still gets a page)",
                ),
            );
        }
    }
}

/// Two people whose names differ only by a letter or two, or by an initial, are likely one
/// person spelled two ways.
fn near_duplicate_authors(d: &Dossier, out: &mut Vec<Diagnostic>) {
    let people: Vec<(usize, String, String)> = d
        .authors
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.is_institution())
        .map(|(i, a)| {
            let (family, given) = match &a.name {
                crate::model::Name::Person { family, given, .. } => {
                    (fold(family), fold(given.as_deref().unwrap_or("")))
                }
                crate::model::Name::Institution { literal } => (fold(literal), String::new()),
            };
            (i, family, given)
        })
        .collect();
    for (n, (a, family_a, given_a)) in people.iter().enumerate() {
        for (b, family_b, given_b) in &people[n + 1..] {
            let same_family = family_a == family_b;
            let close_family = strsim::normalized_damerau_levenshtein(family_a, family_b) >= 0.8
                && family_a.len() > 3;
            // Same family name, given names that are initials of each other or a typo apart;
            // or the same given name and a family name a typo apart.
            let given_close = compatible_initials(given_a, given_b)
                || strsim::normalized_damerau_levenshtein(given_a, given_b) >= 0.75;
            let likely = (same_family && given_a != given_b && given_close)
                || (close_family && !same_family && given_a == given_b && !given_a.is_empty());
            if likely {
                let (x, y) = (&d.authors[*a], &d.authors[*b]);
                let origin =
                    first_work_origin(d, *b).unwrap_or_else(|| Location::file("content".as_ref()));
                out.push(
                    Diagnostic::warning(origin, format!("authors “{}” and “{}” may be the same person", x.display, y.display))
                        .with_hint("spell the name the same way in every work, or add an alias to a contributor profile"),
                );
            }
        }
    }
}

fn compatible_initials(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let short: Vec<&str> = short.split(' ').filter(|s| !s.is_empty()).collect();
    let long: Vec<&str> = long.split(' ').filter(|s| !s.is_empty()).collect();
    !short.is_empty()
        && short.len() <= long.len()
        && short
            .iter()
            .zip(&long)
            .all(|(s, l)| l.starts_with(s) && (s.len() == 1 || s == l))
        && short != long
}

fn first_work_origin(d: &Dossier, author: usize) -> Option<Location> {
    d.works_of[author]
        .first()
        .map(|(w, _)| d.works[*w].origin.clone())
}

fn events_without_works(d: &Dossier, out: &mut Vec<Diagnostic>) {
    for event in &d.events {
        if event.works.is_empty() {
            out.push(
                Diagnostic::warning(
                    event.origin.clone(),
                    format!("event “{}” lists no works", event.title),
                )
                .with_hint("add `works: [key]` with the documents that record it"),
            );
        }
    }
}

fn missing_metadata(d: &Dossier, out: &mut Vec<Diagnostic>) {
    for a in &d.articles {
        let meta = &a.article.meta;
        let mut missing = Vec::new();
        if meta.date.is_none() {
            missing.push("date");
        }
        if meta.contributors.is_empty() {
            missing.push("contributors");
        }
        if meta.abstract_text.is_none() {
            missing.push("abstract");
        }
        if !missing.is_empty() {
            out.push(
                Diagnostic::warning(
                    a.article.origin.clone(),
                    format!("article “{}” has no {}", meta.title, missing.join(", ")),
                )
                .with_hint(
                    "reference managers and search engines use them (citation_* tags, JSON-LD)",
                ),
            );
        }
    }
    for work in &d.works {
        if work.field("title").is_none() {
            out.push(Diagnostic::warning(
                work.origin.clone(),
                format!("work `{}` has no title", work.key),
            ));
        }
        if work.issued().is_none()
            && !matches!(work.csl_type.as_str(), "webpage" | "post" | "post-weblog")
        {
            out.push(
                Diagnostic::warning(
                    work.origin.clone(),
                    format!("work `{}` has no `issued` date", work.key),
                )
                .with_hint("add `issued: YYYY` (CSL styles print n.d. without it)"),
            );
        }
    }
}

/// Internal links in the rendered pages (from Markdown or templates) that point to no page.
fn broken_links(d: &Dossier, site: &Site, out: &mut Vec<Diagnostic>) {
    let base = d.config.base_path();
    let files: HashSet<&str> = site.files.iter().map(|f| f.path.as_str()).collect();
    for file in site.files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&file.bytes);
        for href in hrefs(&html) {
            let Some(rel) = href.strip_prefix(base) else {
                continue;
            };
            let rel = rel.split(['#', '?']).next().unwrap_or("");
            let target = if rel.is_empty() || rel.ends_with('/') {
                format!("{rel}index.html")
            } else {
                rel.to_string()
            };
            if !files.contains(target.as_str()) {
                let origin =
                    source_of(d, &file.path).unwrap_or_else(|| Location::file(file.path.as_ref()));
                out.push(
                    Diagnostic::warning(origin, format!("link to {href} points to no page (on {})", file.path))
                        .with_hint("fix the link in the Markdown; internal links start with `/` and end with `/`"),
                );
            }
        }
    }
}

/// The content file a page comes from, for articles and profiles.
fn source_of(d: &Dossier, page: &str) -> Option<Location> {
    let slug = page
        .strip_prefix("articles/")?
        .strip_suffix("/index.html")?;
    d.articles
        .iter()
        .find(|a| a.article.slug == slug)
        .map(|a| a.article.origin.clone())
}

fn hrefs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=\"") {
        rest = &rest[i + 6..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    out
}
