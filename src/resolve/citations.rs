//! Citations resolved to works, with the CSL position of each cite in its article.

use std::collections::{HashMap, HashSet};

use crate::cite::{Cluster, Locator};
use crate::error::{Diagnostic, Diagnostics, Location};
use crate::model::{Article, Work};

/// Where a cite stands relative to earlier cites of the same work in the article (CSL §
/// "position"): this decides between the full note, the short note and "Ibid.".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Position {
    First,
    Subsequent,
    Ibid,
    IbidWithLocator,
}

/// One resolved cite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cite {
    pub work: usize,
    pub position: Position,
    pub locator: Option<Locator>,
    pub prefix: String,
    pub suffix: String,
}

/// Resolves the body clusters, then the notes in number order, tracking positions.
pub fn resolve_article(
    article: &Article,
    index: &HashMap<String, usize>,
    works: &[Work],
    out: &mut Diagnostics,
) -> (Vec<Vec<Cite>>, Vec<Vec<Vec<Cite>>>) {
    let mut tracker = Tracker::default();
    let file = &article.origin.file;
    let mut resolve = |cluster: &Cluster, tracker: &mut Tracker| {
        let mut cites = Vec::new();
        for item in &cluster.items {
            match index.get(&item.key) {
                Some(work) => cites.push(Cite {
                    work: *work,
                    position: tracker.position(*work, item.locator.as_ref(), cites.last()),
                    locator: item.locator.clone(),
                    prefix: item.prefix.clone(),
                    suffix: item.suffix.clone(),
                }),
                None => out.push(unknown_key(
                    &item.key,
                    &Location::new(file, item.line, item.column),
                    works,
                )),
            }
        }
        tracker.finish_cluster(&cites);
        cites
    };
    let body = article
        .body_clusters
        .iter()
        .map(|c| resolve(c, &mut tracker))
        .collect();
    let notes = article
        .notes
        .iter()
        .map(|note| {
            note.clusters
                .iter()
                .map(|c| resolve(c, &mut tracker))
                .collect()
        })
        .collect();
    (body, notes)
}

#[derive(Default)]
struct Tracker {
    seen: HashSet<usize>,
    /// The previous cluster when it cited exactly one work.
    previous_single: Option<(usize, Option<Locator>)>,
}

impl Tracker {
    fn position(
        &mut self,
        work: usize,
        locator: Option<&Locator>,
        previous_in_cluster: Option<&Cite>,
    ) -> Position {
        if self.seen.insert(work) {
            return Position::First;
        }
        let previous = match previous_in_cluster {
            Some(p) => Some((p.work, p.locator.clone())),
            None => self.previous_single.clone(),
        };
        match previous {
            Some((w, prev_locator)) if w == work => match (locator, prev_locator.as_ref()) {
                (None, None) => Position::Ibid,
                (Some(a), Some(b)) if a == b => Position::Ibid,
                (Some(_), _) => Position::IbidWithLocator,
                (None, Some(_)) => Position::Subsequent,
            },
            _ => Position::Subsequent,
        }
    }

    fn finish_cluster(&mut self, cites: &[Cite]) {
        self.previous_single = match cites {
            [one] => Some((one.work, one.locator.clone())),
            _ => None,
        };
    }
}

pub fn unknown_key(key: &str, at: &Location, works: &[Work]) -> Diagnostic {
    let hint = match closest(key, works.iter().map(|w| w.key.as_str())) {
        Some(k) => format!("did you mean `{k}`?"),
        None => "add the work to content/bibliography/ or fix the key".into(),
    };
    Diagnostic::new(at.clone(), format!("unknown citation key `{key}`")).with_hint(hint)
}

/// The most similar candidate, when it is similar enough to be a likely typo.
pub fn closest<'a>(key: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::normalized_damerau_levenshtein(key, c), c))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)))
        .map(|(_, c)| c)
}
