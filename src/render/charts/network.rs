//! An author's neighbourhood as a small graph: the author on the left, one node per co-author
//! and per author cited in the same notes on the right, each node a link to its page. Drawn as
//! a fan rather than a force layout: it reads at 390 px, prints, and is the same every build.

use std::fmt::Write;

use serde::Serialize;

use super::{count, Tenths, WIDTH};
use crate::text::escape_html;

/// How a neighbour relates to the author, with its strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Relation {
    /// Wrote this many works together with the author.
    Coauthor(usize),
    /// Cited in this many of the notes that cite the author.
    Cocited(usize),
}

#[derive(Debug, Clone, Serialize)]
pub struct Neighbour {
    pub name: String,
    pub url: String,
    pub relation: Relation,
}

impl Neighbour {
    pub fn describe(&self) -> String {
        match self.relation {
            Relation::Coauthor(n) => format!("co-author of {}", count(n, "work", "works")),
            Relation::Cocited(n) => format!("cited with them in {}", count(n, "note", "notes")),
        }
    }
}

/// A name as the node shows it: whole when it fits, else cut at a word with an ellipsis that
/// screen readers skip, so that the shown text stays part of the link's name.
fn label(name: &str) -> String {
    const FITS: usize = 30;
    if name.chars().count() <= FITS {
        return escape_html(name);
    }
    let mut shown = String::new();
    for word in name.split_whitespace() {
        if shown.chars().count() + word.chars().count() + 1 > FITS - 1 {
            break;
        }
        if !shown.is_empty() {
            shown.push(' ');
        }
        shown.push_str(word);
    }
    if shown.is_empty() {
        shown = name.chars().take(FITS - 1).collect();
    }
    format!(
        "{}<tspan aria-hidden=\"true\">…</tspan>",
        escape_html(&shown)
    )
}

/// The most neighbours drawn; the page lists them all.
pub const MAX_NODES: usize = 12;
const ROW: f64 = 26.0;
const CENTRE_X: f64 = 18.0;
const NODE_X: f64 = 150.0;

/// The neighbours to draw: co-authors first, but a third of the places kept for the authors
/// cited alongside, so that a prolific co-author does not hide them.
fn chosen(neighbours: &[Neighbour]) -> Vec<&Neighbour> {
    let is_coauthor = |n: &&Neighbour| matches!(n.relation, Relation::Coauthor(_));
    let cocited = neighbours.iter().filter(|n| !is_coauthor(n)).count();
    let coauthors = neighbours
        .iter()
        .filter(is_coauthor)
        .count()
        .min(MAX_NODES - cocited.min(MAX_NODES / 3));
    let mut shown: Vec<&Neighbour> = neighbours
        .iter()
        .filter(is_coauthor)
        .take(coauthors)
        .collect();
    shown.extend(
        neighbours
            .iter()
            .filter(|n| !is_coauthor(n))
            .take(MAX_NODES - coauthors),
    );
    shown
}

/// `neighbours` in the order to draw them (co-authors first, then by strength).
pub fn neighbourhood(id: &str, name: &str, neighbours: &[Neighbour]) -> String {
    let shown = chosen(neighbours);
    let height = (shown.len() as f64 * ROW).max(ROW) + 34.0;
    let cy = Tenths((shown.len() as f64 * ROW).max(ROW) / 2.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart network\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"group\" aria-labelledby=\"{id}-title\">\
         <title id=\"{id}-title\">{} and the authors nearest to them: {} shown, each a link</title>",
        escape_html(name),
        shown.len()
    );
    for (i, n) in shown.iter().enumerate() {
        let y = Tenths(i as f64 * ROW + ROW / 2.0);
        let (class, weight) = match n.relation {
            Relation::Coauthor(w) => ("coauthor", w),
            Relation::Cocited(w) => ("cocited", w),
        };
        let _ = write!(
            svg,
            "<path class=\"edge {class}\" stroke-width=\"{}\" d=\"M{CENTRE_X} {cy} C{} {cy} {} {y} {} {y}\"/>",
            Tenths(1.0 + (weight.min(5) as f64 - 1.0) * 0.75),
            Tenths(NODE_X * 0.5),
            Tenths(NODE_X * 0.6),
            Tenths(NODE_X - 6.0)
        );
    }
    let _ = write!(
        svg,
        "<circle class=\"node centre\" cx=\"{CENTRE_X}\" cy=\"{cy}\" r=\"9\"/>"
    );
    for (i, n) in shown.iter().enumerate() {
        let y = i as f64 * ROW + ROW / 2.0;
        let class = match n.relation {
            Relation::Coauthor(_) => "coauthor",
            Relation::Cocited(_) => "cocited",
        };
        let _ = write!(
            svg,
            "<a href=\"{}\" aria-label=\"{}, {}\"><circle class=\"node {class}\" cx=\"{NODE_X}\" cy=\"{}\" r=\"6\"/>\
             <text class=\"label\" x=\"{}\" y=\"{}\">{}</text></a>",
            escape_html(&n.url),
            escape_html(&n.name),
            escape_html(&n.describe()),
            Tenths(y),
            Tenths(NODE_X + 12.0),
            Tenths(y + 4.0),
            label(&n.name)
        );
    }
    // The key, drawn in the picture so that it prints with it.
    let key_y = height - 12.0;
    let _ = write!(
        svg,
        "<g class=\"key\" aria-hidden=\"true\">\
         <path class=\"edge coauthor\" d=\"M0 {key} H28\"/><text x=\"34\" y=\"{label_y}\">co-author</text>\
         <path class=\"edge cocited\" d=\"M120 {key} H148\"/><text x=\"154\" y=\"{label_y}\">cited in the same notes</text></g>",
        key = Tenths(key_y),
        label_y = Tenths(key_y + 4.0),
    );
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_at_a_word_and_the_shown_words_stay_in_the_link_name() {
        assert_eq!(label("NATO"), "NATO");
        assert_eq!(
            label("Ministry of Foreign Affairs of the Republic of Korea"),
            "Ministry of Foreign Affairs<tspan aria-hidden=\"true\">…</tspan>"
        );
    }

    #[test]
    fn every_node_is_a_named_link_and_the_graph_is_capped() {
        let neighbours: Vec<Neighbour> = (0..20)
            .map(|i| Neighbour {
                name: format!("Author {i}"),
                url: format!("/authors/a{i}/"),
                relation: if i < 2 {
                    Relation::Coauthor(1)
                } else {
                    Relation::Cocited(3)
                },
            })
            .collect();
        let svg = neighbourhood("g", "Zoë & Co", &neighbours);
        assert_eq!(svg.matches("<a href=").count(), MAX_NODES);
        // Two co-authors, then ten of the eighteen co-cited.
        assert_eq!(svg.matches("class=\"node cocited\"").count(), 10);
        assert!(
            svg.contains("aria-label=\"Author 0, co-author of 1 work\""),
            "{svg}"
        );
        assert!(svg.contains("aria-label=\"Author 5, cited with them in 3 notes\""));
        assert!(svg.contains("Zoë &amp; Co"));
        let many: Vec<Neighbour> = (0..20)
            .map(|i| Neighbour {
                name: format!("A{i}"),
                url: format!("/a{i}/"),
                relation: if i < 15 {
                    Relation::Coauthor(1)
                } else {
                    Relation::Cocited(1)
                },
            })
            .collect();
        let svg = neighbourhood("g", "X", &many);
        assert_eq!(svg.matches("class=\"node coauthor\"").count(), 8);
        assert_eq!(svg.matches("class=\"node cocited\"").count(), 4);
    }
}
