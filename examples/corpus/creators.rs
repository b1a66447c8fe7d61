//! Creators: the pool of distinct people and institutions, their assignment to works, and the
//! citation keys derived from them.

use std::collections::{HashMap, HashSet};

use crate::model::{Creator, Work};
use crate::rng::{Rng, Zipf};
use crate::words::{
    COUNTRIES, FAMILY, FIELDS, GIVEN, INSTITUTIONS, INSTITUTION_KIND, SYLLABLE_HEAD, SYLLABLE_TAIL,
};

/// The pool of people and institutions, all distinct after folding.
pub(crate) fn creator_pool(rng: &mut Rng, people: usize, institutions: usize) -> Vec<Creator> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut pool = Vec::with_capacity(people + institutions);
    // Person 0 is the contributor whose profile spells the name with accents.
    pool.push(Creator::Person {
        family: "Aberg".into(),
        given: "Zoe".into(),
    });
    seen.insert("zoe aberg".into());
    let mut by_family: HashMap<String, Vec<String>> = HashMap::new();
    let mut by_given: HashMap<String, Vec<String>> = HashMap::new();
    by_family.insert("Aberg".into(), vec!["Zoe".into()]);
    by_given.insert("Zoe".into(), vec!["Aberg".into()]);
    // A person is a distinct (given, family) pair; a middle initial is only decoration, so that
    // no two people differ by an initial alone.
    let mut attempts = 0usize;
    while pool.len() < people {
        attempts += 1;
        let family = if attempts > 50 * people {
            // Very large corpora: three syllables once two-syllable names run short.
            format!(
                "{}{}{}",
                rng.pick(SYLLABLE_HEAD),
                rng.pick(SYLLABLE_HEAD).to_lowercase(),
                rng.pick(SYLLABLE_TAIL)
            )
        } else if rng.chance(0.35) {
            rng.pick(FAMILY).to_string()
        } else {
            format!("{}{}", rng.pick(SYLLABLE_HEAD), rng.pick(SYLLABLE_TAIL))
        };
        let first = rng.pick(GIVEN).to_string();
        // Nor by a typo: `dossier check` would flag such pairs as possibly the same person.
        let near = by_family
            .get(&family)
            .is_some_and(|g: &Vec<String>| g.iter().any(|g| similarity(g, &first) >= 0.7))
            || by_given
                .get(&first)
                .is_some_and(|f: &Vec<String>| f.iter().any(|f| similarity(f, &family) >= 0.7));
        if near {
            continue;
        }
        let id = format!("{first} {family}").to_lowercase().replace('\'', "");
        if seen.insert(id) {
            by_family
                .entry(family.clone())
                .or_default()
                .push(first.clone());
            by_given
                .entry(first.clone())
                .or_default()
                .push(family.clone());
            let given = if rng.chance(0.25) {
                format!("{first} {}.", (b'A' + rng.below(26) as u8) as char)
            } else {
                first
            };
            pool.push(Creator::Person { family, given });
        }
    }
    let mut names: Vec<String> = INSTITUTIONS.iter().map(|s| s.to_string()).collect();
    'outer: for kind in INSTITUTION_KIND {
        for field in FIELDS {
            for country in COUNTRIES {
                if names.len() >= institutions {
                    break 'outer;
                }
                names.push(format!("{country} {kind} for {field}"));
            }
        }
    }
    let mut n = 1;
    while names.len() < institutions {
        names.push(format!("Commission on Security Cooperation No. {n}"));
        n += 1;
    }
    names.truncate(institutions);
    pool.extend(names.into_iter().map(Creator::Institution));
    pool
}

/// 1 − (optimal string alignment distance / longer length), on lower-cased text.
fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    1.0 - d[a.len()][b.len()] as f64 / longest as f64
}

/// Fills `slots` (work, is_editor) with creators from `members` so that each member is used at
/// least once (new ones introduced at a steady rate) and reuse follows Zipf-like popularity.
pub(crate) fn assign_creators(
    rng: &mut Rng,
    works: &mut [Work],
    slots: &[(usize, bool)],
    members: std::ops::Range<usize>,
) {
    let count = members.len();
    assert!(
        slots.len() >= count,
        "{} creator slots for {count} creators",
        slots.len()
    );
    let zipf = Zipf::new(count.max(1));
    let mut introduced = 0usize;
    for (i, (w, editor)) in slots.iter().enumerate() {
        let remaining_slots = slots.len() - i;
        let remaining_new = count - introduced;
        let taken: Vec<usize> = works[*w].creators().collect();
        let mut creator = None;
        if remaining_new > 0
            && (remaining_new >= remaining_slots
                || introduced == 0
                || rng.chance(remaining_new as f64 / remaining_slots as f64))
        {
            creator = Some(members.start + introduced);
            introduced += 1;
        } else {
            for _ in 0..20 {
                // Half by popularity, half uniformly: prolific authors without one dominating.
                let rank = if rng.chance(0.5) {
                    zipf.sample(rng, introduced)
                } else {
                    rng.below(introduced)
                };
                let c = members.start + rank;
                if !taken.contains(&c) {
                    creator = Some(c);
                    break;
                }
            }
        }
        // A creator already on this work (rare): the slot stays empty.
        if let Some(c) = creator {
            if *editor {
                works[*w].editors.push(c);
            } else {
                works[*w].authors.push(c);
            }
        }
    }
    assert_eq!(introduced, count);
}

pub(crate) fn work_key(creators: &[Creator], work: &Work, taken: &mut HashSet<String>) -> String {
    let first = work
        .authors
        .first()
        .or(work.editors.first())
        .map(|c| match &creators[*c] {
            Creator::Person { family, .. } => family.clone(),
            Creator::Institution(name) => name
                .split_whitespace()
                .find(|w| w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2)
                .unwrap_or("anon")
                .to_string(),
        })
        .unwrap_or_else(|| "anon".into());
    let base: String = first
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    let base = format!("{base}{}", work.year);
    let mut key = base.clone();
    let mut n = 0usize;
    while !taken.insert(key.clone()) {
        key = if n < 26 {
            format!("{base}{}", (b'a' + n as u8) as char)
        } else {
            format!("{base}x{n}")
        };
        n += 1;
    }
    key
}
