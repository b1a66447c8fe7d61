//! Contributor profiles: front matter and a Markdown bio.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Diagnostic, Diagnostics, Location};
use crate::model::{Contributor, Link, Name};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileMeta {
    name: String,
    #[serde(default)]
    family: Option<String>,
    #[serde(default)]
    given: Option<String>,
    #[serde(default)]
    institution: bool,
    #[serde(default)]
    affiliations: Vec<String>,
    #[serde(default)]
    orcid: Option<String>,
    #[serde(default)]
    links: Vec<Link>,
    #[serde(default)]
    aliases: Vec<String>,
}

pub fn load(text: &str, file: &Path, slug: &str, out: &mut Diagnostics) -> Option<Contributor> {
    let split = out.take(super::frontmatter::split(text, file))?;
    let meta: ProfileMeta = out.take(
        crate::yaml::parse(split.front_matter, file, split.front_matter_line)
            .map_err(|d| d.with_source(text)),
    )?;
    let origin = Location::new(file, split.front_matter_line, 0);
    if meta.name.trim().is_empty() {
        out.push(
            Diagnostic::new(origin, "the profile has no `name`").with_hint("add `name: Full Name`"),
        );
        return None;
    }
    for link in &meta.links {
        if !crate::text::is_safe_url(&link.url) {
            let line = text
                .lines()
                .position(|l| l.contains(&link.url))
                .map_or(0, |n| n + 1);
            out.push(
                Diagnostic::new(
                    Location::new(file, line, 0),
                    format!("unsafe URL `{}`", link.url),
                )
                .with_hint("only http, https and mailto links are published")
                .with_source(text),
            );
        }
    }
    if let Some(orcid) = &meta.orcid {
        if !is_orcid(orcid) {
            out.push(
                Diagnostic::new(origin.clone(), format!("`{orcid}` is not an ORCID iD"))
                    .with_hint("write it as 0000-0002-1825-0097"),
            );
        }
    }
    let name = if meta.institution {
        Name::Institution {
            literal: meta.name.trim().to_string(),
        }
    } else {
        let words: Vec<&str> = meta.name.split_whitespace().collect();
        let family = meta
            .family
            .clone()
            .unwrap_or_else(|| words.last().unwrap_or(&"").to_string());
        let given = meta
            .given
            .clone()
            .or_else(|| (words.len() > 1).then(|| words[..words.len() - 1].join(" ")));
        Name::Person {
            family,
            given,
            particle: None,
            suffix: None,
        }
    };
    Some(Contributor {
        slug: slug.to_string(),
        name,
        display_name: meta.name.trim().to_string(),
        affiliations: meta.affiliations,
        orcid: meta.orcid,
        links: meta.links,
        aliases: meta.aliases,
        bio_markdown: split.body.to_string(),
        origin,
    })
}

fn is_orcid(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    parts.len() == 4
        && parts.iter().enumerate().all(|(i, p)| {
            p.len() == 4
                && p.chars()
                    .enumerate()
                    .all(|(j, c)| c.is_ascii_digit() || (i == 3 && j == 3 && c == 'X'))
        })
}
