//! Citations: locators, single cites, and the prose of a note around its citation clusters.

use crate::model::{Cite, Segment};
use crate::rng::Rng;

fn locator(rng: &mut Rng) -> Option<String> {
    let page = rng.range(3, 420);
    match rng.weighted(&[45.0, 30.0, 10.0, 5.0, 5.0, 3.0, 2.0]) {
        0 => None,
        1 => Some(page.to_string()),
        2 => Some(format!("{page}–{}", page + rng.range(1, 6))),
        3 => Some(format!("pp. {page}–{}", page + rng.range(1, 12))),
        4 => Some(format!("chap. {}", rng.range(1, 12))),
        5 => Some(format!("sec. {}", rng.range(1, 9))),
        _ => Some(format!("no. {}", rng.range(1, 6))),
    }
}

pub(crate) fn cite(rng: &mut Rng, work: usize) -> Cite {
    let locator = locator(rng);
    let passim = locator
        .as_deref()
        .is_some_and(|l| l.chars().all(|c| c.is_ascii_digit()))
        && rng.chance(0.08);
    Cite {
        work,
        locator,
        prefix: None,
        suffix: passim.then_some(" and passim"),
    }
}

/// The prose around a note's citations, by how many it has.
pub(crate) fn note_segments(rng: &mut Rng, mut cites: Vec<Cite>, ibid: bool) -> Vec<Segment> {
    use Segment::{Cluster, Text};
    let n = cites.len();
    if ibid || n == 1 {
        let mut c = cites;
        return match rng.weighted(&[45.0, 15.0, 10.0, 10.0, 10.0, 10.0]) {
            0 => vec![Cluster(c)],
            1 => vec![Text("See for instance "), Cluster(c), Text(".")],
            2 => {
                c[0].prefix = Some("See");
                vec![Cluster(c)]
            }
            3 => vec![Text("On this point, see "), Cluster(c), Text(".")],
            4 => vec![
                Text("This argument is developed at length in "),
                Cluster(c),
                Text("."),
            ],
            _ => vec![
                Text("For the figures and their sources, "),
                Cluster(c),
                Text("."),
            ],
        };
    }
    if n == 2 {
        return match rng.weighted(&[40.0, 20.0, 15.0, 15.0, 10.0]) {
            0 => vec![Cluster(cites)],
            1 => vec![Text("See "), Cluster(cites), Text(".")],
            2 => {
                cites[0].prefix = Some("See");
                vec![Cluster(cites)]
            }
            3 => {
                let second = cites.pop().expect("two cites");
                vec![
                    Text("Compare "),
                    Cluster(cites),
                    Text(" with "),
                    Cluster(vec![second]),
                    Text("."),
                ]
            }
            _ => vec![
                Text("There is a vibrant debate on this question; see for instance, "),
                Cluster(cites),
                Text("."),
            ],
        };
    }
    if n == 3 {
        return match rng.weighted(&[35.0, 25.0, 25.0, 15.0]) {
            0 => vec![Cluster(cites)],
            1 => vec![
                Text("For contrasting views, see "),
                Cluster(cites),
                Text("."),
            ],
            2 => {
                let third = cites.pop().expect("three cites");
                let second = cites.pop().expect("three cites");
                vec![
                    Text("See "),
                    Cluster(cites),
                    Text("; "),
                    Cluster(vec![second]),
                    Text("; and, for a critique, "),
                    Cluster(vec![third]),
                    Text("."),
                ]
            }
            _ => {
                cites[0].prefix = Some("See");
                vec![Cluster(cites)]
            }
        };
    }
    vec![Text("See, among many others, "), Cluster(cites), Text(".")]
}
