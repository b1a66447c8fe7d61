//! Authors by identity: one per distinct person or institution, contributors merged in.

use std::collections::{BTreeSet, HashMap};

use crate::error::{Diagnostic, Diagnostics};
use crate::model::{Article, Contributor, Name, Work};
use crate::text::{fold, slugify};

/// A person or institution that wrote or edited a work or an article.
#[derive(Debug, Clone)]
pub struct Author {
    pub slug: String,
    pub name: Name,
    pub display: String,
    pub sort_key: String,
    /// Index into the dossier's contributors when this author has a profile.
    pub contributor: Option<usize>,
}

impl Author {
    pub fn is_institution(&self) -> bool {
        self.name.is_institution()
    }
}

pub struct People {
    pub authors: Vec<Author>,
    pub by_contributor: HashMap<String, usize>,
    pub authors_of: Vec<Vec<(usize, String)>>,
    pub works_of: Vec<Vec<(usize, String)>>,
    pub coauthors: Vec<Vec<usize>>,
}

/// The role of the institution that issued a work (see [`Work::issuer`]), beside CSL's roles.
pub const ISSUER: &str = "issuer";

/// The identity of a name: folded so that case, accents and punctuation do not matter.
pub fn identity(name: &Name) -> String {
    match name {
        Name::Person { .. } => format!("p:{}", fold(&name.display())),
        Name::Institution { literal } => format!("i:{}", fold(literal)),
    }
}

pub fn collect(
    works: &[Work],
    contributors: &[Contributor],
    articles: &[Article],
    out: &mut Diagnostics,
) -> People {
    let mut authors: Vec<Author> = Vec::new();
    let mut by_identity: HashMap<String, usize> = HashMap::new();
    let mut by_contributor = HashMap::new();

    for (c, profile) in contributors.iter().enumerate() {
        let index = authors.len();
        authors.push(Author {
            slug: profile.slug.clone(),
            name: profile.name.clone(),
            display: profile.display_name.clone(),
            sort_key: profile.name.sort_key(),
            contributor: Some(c),
        });
        by_contributor.insert(profile.slug.clone(), index);
        let mut identities = vec![
            identity(&profile.name),
            format!("p:{}", fold(&profile.display_name)),
        ];
        identities.extend(profile.aliases.iter().map(|a| format!("p:{}", fold(a))));
        identities.extend(profile.aliases.iter().map(|a| format!("i:{}", fold(a))));
        for id in identities {
            if let Some(other) = by_identity.insert(id, index) {
                if other != index {
                    out.push(
                        Diagnostic::new(
                            profile.origin.clone(),
                            format!(
                                "profiles `{}` and `{}` claim the same name",
                                authors[other].slug, profile.slug
                            ),
                        )
                        .with_hint("remove the alias from one of the two profiles"),
                    );
                }
            }
        }
    }
    for article in articles {
        for slug in &article.meta.contributors {
            if !by_contributor.contains_key(slug) {
                let known: Vec<&str> = contributors.iter().map(|c| c.slug.as_str()).collect();
                out.push(
                    Diagnostic::new(article.origin.clone(), format!("unknown contributor `{slug}`"))
                        .with_hint(match crate::resolve::citations::closest(slug, known.iter().copied()) {
                            Some(s) => format!("did you mean `{s}`? contributors are files in content/contributors/"),
                            None => format!("add content/contributors/{slug}.md"),
                        }),
                );
            }
        }
    }

    let mut work_authors: Vec<Vec<(usize, String)>> = Vec::with_capacity(works.len());
    for work in works {
        let mut list: Vec<(usize, String)> = Vec::new();
        let issuer = work.issuer();
        let issuer = issuer.as_ref().map(|name| (ISSUER, name));
        for (role, name) in work.creators().chain(issuer) {
            let id = identity(name);
            let index = *by_identity.entry(id).or_insert_with(|| {
                authors.push(Author {
                    slug: String::new(),
                    name: name.clone(),
                    display: name.display(),
                    sort_key: name.sort_key(),
                    contributor: None,
                });
                authors.len() - 1
            });
            if !list.iter().any(|(a, r)| *a == index && r == role) {
                list.push((index, role.to_string()));
            }
        }
        work_authors.push(list);
    }

    // Final order A–Z; slugs assigned in that order so that collisions resolve the same way every build.
    let mut order: Vec<usize> = (0..authors.len()).collect();
    // Each key folded once, not at every comparison.
    order.sort_by_cached_key(|&i| (fold(&authors[i].sort_key), authors[i].display.clone()));
    let mut new_index = vec![0; authors.len()];
    for (new, old) in order.iter().enumerate() {
        new_index[*old] = new;
    }
    let mut sorted: Vec<Author> = order.iter().map(|i| authors[*i].clone()).collect();
    let mut taken: BTreeSet<String> = sorted
        .iter()
        .filter(|a| a.contributor.is_some())
        .map(|a| a.slug.clone())
        .collect();
    for author in sorted.iter_mut().filter(|a| a.contributor.is_none()) {
        let base = match slugify(&author.display) {
            s if s.is_empty() => "author".to_string(),
            s => s,
        };
        let mut slug = base.clone();
        let mut n = 2;
        while taken.contains(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(slug.clone());
        author.slug = slug;
    }
    let by_contributor = by_contributor
        .into_iter()
        .map(|(s, i)| (s, new_index[i]))
        .collect();
    let authors_of: Vec<Vec<(usize, String)>> = work_authors
        .into_iter()
        .map(|list| list.into_iter().map(|(a, r)| (new_index[a], r)).collect())
        .collect();
    let mut works_of = vec![Vec::new(); sorted.len()];
    let mut coauthor_sets = vec![BTreeSet::new(); sorted.len()];
    for (w, list) in authors_of.iter().enumerate() {
        for (a, role) in list {
            works_of[*a].push((w, role.clone()));
            // Issuing a document is not writing it together with its authors.
            if role == ISSUER {
                continue;
            }
            for (b, other) in list {
                if a != b && other != ISSUER {
                    coauthor_sets[*a].insert(*b);
                }
            }
        }
    }
    People {
        authors: sorted,
        by_contributor,
        authors_of,
        works_of,
        coauthors: coauthor_sets
            .into_iter()
            .map(|s| s.into_iter().collect())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_ignores_accents_and_case() {
        let a = Name::Person {
            family: "Grgić".into(),
            given: Some("Gorana".into()),
            particle: None,
            suffix: None,
        };
        let b = Name::Person {
            family: "GRGIC".into(),
            given: Some("gorana".into()),
            particle: None,
            suffix: None,
        };
        assert_eq!(identity(&a), identity(&b));
        let nato = Name::Institution {
            literal: "NATO".into(),
        };
        assert_ne!(
            identity(&nato),
            identity(&Name::Person {
                family: "NATO".into(),
                given: None,
                particle: None,
                suffix: None
            })
        );
    }
}
