//! Co-citation: two authors are cited together when a note cites a work of each. Two authors
//! of one work are co-authors, not co-cited, unless a note also cites another work of theirs.

use std::collections::{BTreeSet, HashMap};

use super::ResolvedArticle;

/// Per author: the other authors cited in the same notes, with the number of such notes,
/// most often first.
pub fn cocited(
    articles: &[ResolvedArticle],
    authors_of: &[Vec<(usize, String)>],
    author_count: usize,
) -> Vec<Vec<(usize, usize)>> {
    let mut notes_together: HashMap<(usize, usize), usize> = HashMap::new();
    for article in articles {
        for clusters in &article.note_cites {
            let works: BTreeSet<usize> = clusters.iter().flatten().map(|c| c.work).collect();
            let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
            for &x in &works {
                for &y in works.range(x + 1..) {
                    for (a, _) in &authors_of[x] {
                        for (b, _) in &authors_of[y] {
                            if a != b {
                                pairs.insert((*a.min(b), *a.max(b)));
                            }
                        }
                    }
                }
            }
            for pair in pairs {
                *notes_together.entry(pair).or_default() += 1;
            }
        }
    }
    let mut per_author = vec![Vec::new(); author_count];
    for ((a, b), n) in notes_together {
        per_author[a].push((b, n));
        per_author[b].push((a, n));
    }
    for list in &mut per_author {
        list.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    }
    per_author
}
