//! Synthetic corpus generator for benchmarks: a dossier of about `--pages` pages in dossier's
//! content format and, with `--hugo DIR`, the equivalent Hugo site.
//!
//! ```sh
//! cargo run --release --example corpus -- --pages 10000 --out DIR [--hugo HUGO_DIR] [--seed 1]
//! ```
//!
//! The output is deterministic for a given `--pages` and `--seed` (a seeded splitmix64, std
//! only). Dossier writes one `index.html` page per article, per work and per author (distinct
//! person or institution over all works, profiles merged in) plus four fixed ones (home,
//! sources, authors, timeline) and a `404.html`; the counts are chosen so that the `index.html`
//! pages number `--pages`. Every work in the pool is cited at least once and every author of
//! the pool wrote or edited at least one work, so each gets its page. The Hugo site has the same
//! articles with the same 70 notes as footnotes (citations pre-formatted in a Chicago-like
//! style, each linking to its work's page), a `sources` taxonomy (one term page per work,
//! holding the work's reference) and an `authors` taxonomy (one term page per author) listing
//! the articles, which gives the same number of `index.html` files: home, `/articles/`,
//! `/sources/`, `/authors/`, one per article, work and author, plus `404.html`.
//!
//! Every note is referenced from the body (Hugo's Markdown drops footnotes that are not), so
//! both generators render the same 70 notes per article.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Notes per article.
const NOTES: usize = 70;
/// `index.html` pages dossier writes besides articles, works and authors: home, sources, authors,
/// timeline (404.html comes on top).
const FIXED_PAGES: usize = 4;
/// Works (each cited for the first time by one article) per article.
const WORKS_PER_ARTICLE: f64 = 24.0;
/// Distinct authors per work.
const AUTHORS_PER_WORK: f64 = 1.0;
/// Works per bibliography file.
const WORKS_PER_FILE: usize = 500;
/// Timeline events.
const EVENTS: usize = 30;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/// splitmix64: tiny, fast, good enough for synthetic data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index by weights (they need not sum to 1).
    fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Zipf-like popularity: rank r (from 0) has weight 1/(r+1); samples among the first `n` ranks.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Self {
        let mut cumulative = Vec::with_capacity(n);
        let mut total = 0.0;
        for r in 0..n {
            total += 1.0 / (r as f64 + 1.0);
            cumulative.push(total);
        }
        Zipf { cumulative }
    }

    /// A rank in `0..n` with `n <= ` the size it was made for.
    fn sample(&self, rng: &mut Rng, n: usize) -> usize {
        let x = rng.unit() * self.cumulative[n - 1];
        self.cumulative[..n].partition_point(|c| *c <= x).min(n - 1)
    }
}

// ---------------------------------------------------------------------------------------------
// Word lists

const GIVEN: &[&str] = &[
    "Anna", "Thomas", "Vidya", "Rajan", "Maria", "John", "Sarah", "Kenji", "Hyun", "Li", "Olga",
    "Pierre", "Ingrid", "Ahmed", "Rachel", "David", "Elena", "Marco", "Yuki", "Priya", "Lukas",
    "Sofia", "Daniel", "Amitav", "Chen", "Gorana", "Kristian", "Hannah", "Oliver", "Nina",
    "Samuel", "Fatima", "Jakub", "Ewa", "Michael", "Laura", "Tomas", "Aiko", "Sung", "Ravi",
    "Claire", "Henrik", "Mei", "Paul", "Julia", "Andrew", "Karin", "Stefan", "Irene", "Matteo",
    "Leila", "Victor", "Astrid", "Brendan", "Carmen", "Dmitri", "Emma", "Felix", "Greta", "Hugo",
    "Isabel", "Jonas", "Kavita", "Lars", "Miriam", "Noah", "Petra", "Quentin", "Rosa", "Simon",
    "Teresa", "Umar", "Vera", "Walter", "Ximena", "Yosef", "Zara", "Benedikt", "Caroline", "Dong",
    "Esther",
];

const FAMILY: &[&str] = &[
    "Wilkins",
    "Nadkarni",
    "Menon",
    "Smith",
    "Grgic",
    "Brooks",
    "Bekkevold",
    "Tanaka",
    "Kim",
    "Wang",
    "Petrov",
    "Dubois",
    "Larsen",
    "Hassan",
    "Cohen",
    "Miller",
    "Rossi",
    "Sato",
    "Sharma",
    "Weber",
    "Garcia",
    "Novak",
    "Kowalski",
    "Jensen",
    "Ivanova",
    "Murphy",
    "Okafor",
    "Nguyen",
    "Fischer",
    "Moreau",
    "Andersen",
    "Becker",
    "Castillo",
    "Haddad",
    "Yamamoto",
    "Park",
    "Zhang",
    "Lindqvist",
    "O'Brien",
    "Kaur",
    "Schmidt",
    "Tan",
    "Reyes",
    "Horvath",
    "Suzuki",
    "Lee",
    "Mahmoud",
    "Olsen",
    "Silva",
    "Vogel",
];

const SYLLABLE_HEAD: &[&str] = &[
    "Ash", "Bel", "Cor", "Dal", "Eng", "Fair", "Gar", "Hal", "Ing", "Jor", "Kel", "Lam", "Mor",
    "Nor", "Ost", "Pem", "Quar", "Ros", "Sel", "Tor", "Ul", "Var", "Wes", "Yar", "Zel", "Brad",
    "Car", "Dun", "Elm", "Fen", "Gil", "Hart", "Kin", "Lind", "Mar", "Nash", "Old", "Pres", "Rad",
    "Stan",
];

const SYLLABLE_TAIL: &[&str] = &[
    "berg", "by", "combe", "dale", "den", "field", "ford", "gate", "ham", "holm", "hurst", "ley",
    "man", "mont", "more", "ner", "rick", "ridge", "son", "stad", "strom", "ton", "vik", "well",
    "wood", "worth", "er", "ing", "ova", "escu",
];

const INSTITUTIONS: &[&str] = &[
    "NATO",
    "European Union",
    "U.S. Department of Defense",
    "Ministry of Defense of Japan",
    "Australian Government",
    "International Institute for Strategic Studies",
    "RAND Corporation",
    "Congressional Research Service",
    "European Parliament",
    "NATO Parliamentary Assembly",
    "Stockholm International Peace Research Institute",
    "Ministry of Foreign Affairs of the Republic of Korea",
    "New Zealand Ministry of Foreign Affairs and Trade",
    "The White House",
    "Council of the European Union",
    "United Nations",
];

const COUNTRIES: &[&str] = &[
    "Asia-Pacific",
    "European",
    "Nordic",
    "Baltic",
    "Atlantic",
    "Pacific",
    "Japanese",
    "Korean",
    "Australian",
    "Canadian",
    "German",
    "French",
    "Italian",
    "Polish",
    "Dutch",
    "Danish",
    "Norwegian",
    "Swedish",
    "Finnish",
    "Spanish",
    "British",
    "Indian",
    "Singaporean",
    "Indonesian",
    "Philippine",
    "Vietnamese",
    "Chilean",
    "Brazilian",
    "Mexican",
    "Turkish",
];
const INSTITUTION_KIND: &[&str] = &["Institute", "Centre", "Council", "Foundation", "Forum"];
const FIELDS: &[&str] = &[
    "Strategic Studies",
    "International Affairs",
    "Security Policy",
    "Defence Studies",
    "Maritime Studies",
    "Peace Research",
    "Foreign Policy",
    "Global Governance",
    "Asian Studies",
    "European Studies",
    "Arms Control",
    "Regional Security",
];

const JOURNALS: &[&str] = &[
    "Review of International Studies",
    "International Affairs",
    "Survival",
    "Journal of Strategic Studies",
    "Contemporary Security Policy",
    "Asian Security",
    "The Washington Quarterly",
    "European Security",
    "The Pacific Review",
    "Security Dialogue",
    "International Security",
    "Australian Journal of International Affairs",
    "Journal of Transatlantic Studies",
    "Defence Studies",
    "Asia Policy",
];
const NEWSPAPERS: &[&str] = &[
    "Financial Times",
    "The Guardian",
    "The New York Times",
    "Nikkei Asia",
    "The Japan Times",
    "Le Monde",
    "South China Morning Post",
    "The Washington Post",
    "The Sydney Morning Herald",
    "Politico Europe",
];
const SITES: &[&str] = &[
    "War on the Rocks",
    "The Diplomat",
    "Lawfare",
    "NATO Review",
    "Foreign Affairs",
    "The Interpreter",
    "East Asia Forum",
    "Carnegie Endowment for International Peace",
];
const PUBLISHERS: &[(&str, &str)] = &[
    ("Routledge", "London"),
    ("Oxford University Press", "Oxford"),
    ("Cambridge University Press", "Cambridge"),
    ("Palgrave Macmillan", "Basingstoke"),
    ("Brookings Institution Press", "Washington, DC"),
    ("Georgetown University Press", "Washington, DC"),
    ("Stanford University Press", "Stanford, CA"),
    ("Manchester University Press", "Manchester"),
    ("Edward Elgar", "Cheltenham"),
    ("Cornell University Press", "Ithaca, NY"),
    ("Columbia University Press", "New York"),
    ("Springer", "Cham"),
];

const CONCEPTS: &[&str] = &[
    "Strategic partnerships",
    "Alliance politics",
    "Cooperative security",
    "Collective defence",
    "Deterrence",
    "Burden sharing",
    "Hedging",
    "Extended deterrence",
    "Maritime security",
    "Arms control",
    "Crisis management",
    "Defence cooperation",
    "Security governance",
    "Minilateralism",
    "Strategic autonomy",
    "Great-power competition",
    "Regional order",
    "Nuclear sharing",
    "Interoperability",
    "Resilience",
];
const REGIONS: &[&str] = &[
    "Asia",
    "the Indo-Pacific",
    "Europe",
    "the Euro-Atlantic area",
    "the South China Sea",
    "the Baltic region",
    "Northeast Asia",
    "the Pacific",
    "the Arctic",
    "the Mediterranean",
    "Oceania",
    "the Korean Peninsula",
];
const SUBTITLES: &[&str] = &[
    "Balancing without alliances",
    "The shifting paradigm of international security cooperation",
    "Old problems, new partners",
    "A reassessment",
    "Between rhetoric and practice",
    "Lessons from the Cold War",
    "Continuity and change",
    "Theory and evidence",
    "From partnership to alliance?",
    "Myths and realities",
    "The limits of engagement",
    "Interests, identities and institutions",
    "A comparative perspective",
    "The view from the region",
    "Why it matters",
];
const ADJECTIVES: &[&str] = &[
    "new",
    "fragile",
    "enduring",
    "reluctant",
    "unfinished",
    "hidden",
    "global",
    "limited",
    "contested",
    "emerging",
];
const NOUNS: &[&str] = &[
    "partnership",
    "alliance",
    "consensus",
    "bargain",
    "order",
    "frontier",
    "balance",
    "dilemma",
    "transformation",
    "compact",
];
const GERUNDS: &[&str] = &[
    "Rethinking",
    "Managing",
    "Explaining",
    "Assessing",
    "Negotiating",
    "Reinventing",
    "Securing",
    "Navigating",
];
const OBJECTS: &[&str] = &[
    "alliance commitments",
    "partner capabilities",
    "defence industrial ties",
    "security guarantees",
    "threat perceptions",
    "regional institutions",
    "military exercises",
    "maritime domain awareness",
    "cyber defence",
    "strategic communication",
];
const ACTORS: &[&str] = &[
    "NATO",
    "Japan",
    "Australia",
    "South Korea",
    "New Zealand",
    "The EU",
    "Washington",
    "Beijing",
    "Allies",
    "Partners",
    "Canberra",
    "Tokyo",
];
const HEADLINE_VERBS: &[&str] = &[
    "looks to",
    "deepens ties with",
    "rethinks its role in",
    "signs new pact on",
    "steps up presence in",
    "debates strategy for",
    "warns of risks in",
    "seeks partners in",
];
const SUBJECTS: &[&str] = &[
    "The literature",
    "Recent scholarship",
    "Officials in Brussels",
    "Several analysts",
    "The 2022 Strategic Concept",
    "This article",
    "Critics of enlargement",
    "Earlier studies",
    "Policy-makers in the region",
    "The partners themselves",
];
const VERBS: &[&str] = &[
    "emphasised",
    "overlooked",
    "questioned",
    "framed",
    "described",
    "long debated",
    "linked",
    "downplayed",
    "returned to",
];
const QUALIFIERS: &[&str] = &[
    "",
    " in the period after 2014",
    " with some caution",
    " at length",
    " in strikingly similar terms",
    " only in passing",
    " as a matter of principle",
];
const EVENT_KINDS: &[&str] = &[
    "strategic-concept",
    "summit",
    "partnership",
    "crisis",
    "document",
    "other",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

// ---------------------------------------------------------------------------------------------
// The model

#[derive(Clone)]
enum Creator {
    Person { family: String, given: String },
    Institution(String),
}

impl Creator {
    fn display(&self) -> String {
        match self {
            Creator::Person { family, given } => format!("{given} {family}"),
            Creator::Institution(name) => name.clone(),
        }
    }

    fn short(&self) -> String {
        match self {
            Creator::Person { family, .. } => family.clone(),
            Creator::Institution(name) => name.clone(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Book,
    Chapter,
    Journal,
    Report,
    Webpage,
    Newspaper,
}

impl Kind {
    fn csl(self) -> &'static str {
        match self {
            Kind::Book => "book",
            Kind::Chapter => "chapter",
            Kind::Journal => "article-journal",
            Kind::Report => "report",
            Kind::Webpage => "webpage",
            Kind::Newspaper => "article-newspaper",
        }
    }

    /// Whether the title is italic (a whole publication) rather than quoted (a part of one).
    fn italic_title(self) -> bool {
        matches!(self, Kind::Book | Kind::Report)
    }
}

struct Work {
    key: String,
    kind: Kind,
    /// Indices into the creator pool.
    authors: Vec<usize>,
    editors: Vec<usize>,
    institutional: bool,
    title: String,
    title_short: Option<String>,
    container: Option<String>,
    volume: Option<u32>,
    issue: Option<u32>,
    page: Option<String>,
    publisher: Option<(&'static str, &'static str)>,
    year: u32,
    month: u32,
    day: u32,
    url: Option<String>,
    doi: Option<String>,
}

impl Work {
    fn creators(&self) -> impl Iterator<Item = usize> + '_ {
        self.authors.iter().chain(self.editors.iter()).copied()
    }
}

struct Profile {
    slug: String,
    name: String,
    creator: usize,
    affiliation: String,
}

/// One citation inside a cluster: `[prefix @key, locator suffix]`.
struct Cite {
    work: usize,
    locator: Option<String>,
    prefix: Option<&'static str>,
    suffix: Option<&'static str>,
}

enum Segment {
    Text(&'static str),
    Cluster(Vec<Cite>),
}

struct Note {
    segments: Vec<Segment>,
}

impl Note {
    fn works(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for s in &self.segments {
            if let Segment::Cluster(cites) = s {
                out.extend(cites.iter().map(|c| c.work));
            }
        }
        out
    }
}

struct Article {
    slug: String,
    title: String,
    contributors: Vec<usize>,
    date: String,
    abstract_: String,
    /// Body paragraphs; `None` is a section break carrying a heading.
    body: Vec<Block>,
    notes: Vec<Note>,
}

enum Block {
    Heading(String),
    /// Sentences, each ending with the reference to note `n` (1-based).
    Paragraph(Vec<(String, usize)>),
}

struct Event {
    date: String,
    end: Option<String>,
    title: String,
    kind: &'static str,
    summary: String,
    works: Vec<usize>,
}

struct Corpus {
    creators: Vec<Creator>,
    people: usize,
    profiles: Vec<Profile>,
    works: Vec<Work>,
    articles: Vec<Article>,
    events: Vec<Event>,
}

// ---------------------------------------------------------------------------------------------
// Generation

struct Counts {
    articles: usize,
    works: usize,
    authors: usize,
}

fn counts(pages: usize) -> Counts {
    let rest = pages.saturating_sub(FIXED_PAGES);
    let per_article = 1.0 + WORKS_PER_ARTICLE * (1.0 + AUTHORS_PER_WORK);
    let articles = ((rest as f64 / per_article).round() as usize).max(1);
    let works = (((rest - articles.min(rest)) as f64) / (1.0 + AUTHORS_PER_WORK)).round() as usize;
    let works = works.max(articles);
    let authors = rest.saturating_sub(articles + works).max(5);
    Counts {
        articles,
        works,
        authors,
    }
}

fn make_title(rng: &mut Rng) -> (String, Option<String>) {
    match rng.below(5) {
        0 => {
            let short = format!("{} in {}", rng.pick(CONCEPTS), rng.pick(REGIONS));
            (format!("{short}: {}", rng.pick(SUBTITLES)), Some(short))
        }
        1 => {
            let short = format!("The {} {}", rng.pick(ADJECTIVES), rng.pick(NOUNS));
            (format!("{short}: {}", rng.pick(SUBTITLES)), Some(short))
        }
        2 => (
            format!(
                "{} {} in {}",
                rng.pick(GERUNDS),
                rng.pick(OBJECTS),
                rng.pick(REGIONS)
            ),
            None,
        ),
        3 => {
            let short = format!("{} {}", rng.pick(GERUNDS), rng.pick(OBJECTS));
            (format!("{short}: {}", rng.pick(SUBTITLES)), Some(short))
        }
        _ => (
            format!(
                "{} and {} after {}",
                rng.pick(CONCEPTS),
                rng.pick(CONCEPTS).to_lowercase(),
                rng.range(1991, 2022)
            ),
            None,
        ),
    }
}

fn headline(rng: &mut Rng) -> String {
    format!(
        "{} {} {}",
        rng.pick(ACTORS),
        rng.pick(HEADLINE_VERBS),
        rng.pick(REGIONS)
    )
}

fn sentence(rng: &mut Rng) -> String {
    format!(
        "{} {} {} in {}{}",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(REGIONS),
        rng.pick(QUALIFIERS)
    )
}

/// The pool of people and institutions, all distinct after folding.
fn creator_pool(rng: &mut Rng, people: usize, institutions: usize) -> Vec<Creator> {
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
fn assign_creators(
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

fn work_key(creators: &[Creator], work: &Work, taken: &mut HashSet<String>) -> String {
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

fn cite(rng: &mut Rng, work: usize) -> Cite {
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
fn note_segments(rng: &mut Rng, mut cites: Vec<Cite>, ibid: bool) -> Vec<Segment> {
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

fn date(rng: &mut Rng, from: usize, to: usize) -> (u32, u32, u32) {
    (
        rng.range(from, to) as u32,
        rng.range(1, 12) as u32,
        rng.range(1, 28) as u32,
    )
}

fn generate(pages: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let Counts {
        articles: article_count,
        works: work_count,
        authors: author_count,
    } = counts(pages);

    // Works: kinds, fields, how many creator slots of each sort.
    let mut works: Vec<Work> = Vec::with_capacity(work_count);
    for _ in 0..work_count {
        let kind = match rng.weighted(&[18.0, 17.0, 35.0, 12.0, 10.0, 8.0]) {
            0 => Kind::Book,
            1 => Kind::Chapter,
            2 => Kind::Journal,
            3 => Kind::Report,
            4 => Kind::Webpage,
            _ => Kind::Newspaper,
        };
        let institutional = match kind {
            Kind::Report => rng.chance(0.5),
            Kind::Webpage => rng.chance(0.3),
            _ => rng.chance(0.02),
        };
        let (year, month, day) = date(&mut rng, 1990, 2024);
        let (mut title, mut title_short) = make_title(&mut rng);
        if matches!(kind, Kind::Webpage | Kind::Newspaper) {
            title = headline(&mut rng);
            title_short = None;
        }
        // Some works carry their short title, most leave it to the style.
        if title_short.is_some() && rng.chance(0.4) {
            title_short = None;
        }
        let publisher = match kind {
            Kind::Book | Kind::Chapter => Some(*rng.pick(PUBLISHERS)),
            Kind::Report if !institutional => Some(*rng.pick(PUBLISHERS)),
            _ => None,
        };
        let container = match kind {
            Kind::Chapter => Some(make_title(&mut rng).0),
            Kind::Journal => Some(rng.pick(JOURNALS).to_string()),
            Kind::Webpage => Some(rng.pick(SITES).to_string()),
            Kind::Newspaper => Some(rng.pick(NEWSPAPERS).to_string()),
            _ => None,
        };
        let first_page = rng.range(1, 400);
        let page = match kind {
            Kind::Chapter | Kind::Journal => {
                Some(format!("{first_page}–{}", first_page + rng.range(12, 30)))
            }
            _ => None,
        };
        let (volume, issue) = if kind == Kind::Journal {
            (
                Some(rng.range(1, 80) as u32),
                rng.chance(0.9).then(|| rng.range(1, 6) as u32),
            )
        } else {
            (None, None)
        };
        let url = match kind {
            Kind::Report | Kind::Webpage | Kind::Newspaper => Some(format!(
                "https://www.example.{}/{}/{:02}/{}",
                rng.pick(&["org", "com", "int", "net"]),
                year,
                month,
                rng.next_u64() % 1_000_000
            )),
            _ => None,
        };
        let doi = (kind == Kind::Journal && rng.chance(0.6))
            .then(|| format!("10.{}/{:x}", rng.range(1000, 9999), rng.next_u64() >> 36));
        works.push(Work {
            key: String::new(),
            kind,
            authors: Vec::new(),
            editors: Vec::new(),
            institutional,
            title,
            title_short,
            container,
            volume,
            issue,
            page,
            publisher,
            year,
            month,
            day,
            url,
            doi,
        });
    }

    // Creator slots: institutions for institutional works, 1–3 authors otherwise, editors of
    // edited books and of the books that hold chapters.
    let mut person_slots: Vec<(usize, bool)> = Vec::new();
    let mut institution_slots: Vec<(usize, bool)> = Vec::new();
    for (w, work) in works.iter().enumerate() {
        if work.institutional {
            institution_slots.push((w, false));
            continue;
        }
        let edited_book = work.kind == Kind::Book && rng.chance(0.15);
        let authors = if edited_book {
            0
        } else {
            1 + rng.weighted(&[60.0, 28.0, 12.0])
        };
        for _ in 0..authors {
            person_slots.push((w, false));
        }
        if edited_book || work.kind == Kind::Chapter {
            for _ in 0..(1 + rng.weighted(&[60.0, 40.0])) {
                person_slots.push((w, true));
            }
        }
    }
    let institutions =
        ((author_count as f64 * 0.03).round() as usize).clamp(1, institution_slots.len().max(1));
    let institutions = if institution_slots.is_empty() {
        0
    } else {
        institutions
    };
    let people = author_count - institutions;
    // Not enough slots for every person (tiny corpora): more co-authors.
    while person_slots.len() < people {
        let w = rng.below(works.len());
        if !works[w].institutional {
            person_slots.push((w, false));
        }
    }
    // Slots are filled in a shuffled order so that new names are spread over the works.
    rng.shuffle(&mut person_slots);
    rng.shuffle(&mut institution_slots);
    let creators = creator_pool(&mut rng, people, institutions);
    assign_creators(&mut rng, &mut works, &person_slots, 0..people);
    assign_creators(
        &mut rng,
        &mut works,
        &institution_slots,
        people..people + institutions,
    );
    // A work left with no author (duplicate draws only) takes its editors' place or person 0.
    for work in works.iter_mut() {
        if work.authors.is_empty() && work.editors.is_empty() {
            work.authors.push(0);
        }
    }
    let mut keys = HashSet::new();
    for work in works.iter_mut() {
        work.key = work_key(&creators, work, &mut keys);
    }

    // Profiles: the four most prolific people (introduced first), one spelled with accents.
    let affiliations = [
        "Center for Security Studies, ETH Zürich",
        "Department of War Studies, King’s College London",
        "Australian National University",
        "Norwegian Institute for Defence Studies",
    ];
    let mut profiles = Vec::new();
    for (i, affiliation) in affiliations.iter().enumerate().take(people.min(4)) {
        let name = if i == 0 {
            "Zoë Åberg".to_string()
        } else {
            creators[i].display()
        };
        let slug: String = name
            .to_lowercase()
            .replace(['.', '\''], "")
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .map(|c| match c {
                        'ë' => 'e',
                        'å' => 'a',
                        c => c,
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("-");
        profiles.push(Profile {
            slug,
            name,
            creator: i,
            affiliation: affiliation.to_string(),
        });
    }

    // Articles: each introduces its share of works; reuse follows Zipf-like popularity.
    let mut order: Vec<usize> = (0..works.len()).collect();
    rng.shuffle(&mut order);
    let popularity = {
        let mut p: Vec<usize> = (0..works.len()).collect();
        rng.shuffle(&mut p);
        p
    };
    let zipf = Zipf::new(works.len());
    let mut articles = Vec::with_capacity(article_count);
    let width = article_count.to_string().len().max(4);
    for a in 0..article_count {
        let lo = a * works.len() / article_count;
        let hi = (a + 1) * works.len() / article_count;
        let mut fresh: Vec<usize> = order[lo..hi].to_vec();
        fresh.reverse(); // popped from the end, so in `order`
                         // Plan: which notes are Ibid. (same single work as the note before), how many cites.
        let mut plan: Vec<(bool, usize)> = Vec::with_capacity(NOTES);
        for n in 0..NOTES {
            let ibid = n > 0 && plan[n - 1].1 == 1 && rng.chance(0.12);
            let k = if ibid {
                1
            } else {
                1 + rng.weighted(&[60.0, 28.0, 12.0])
            };
            plan.push((ibid, k));
        }
        let mut slots: usize = plan.iter().filter(|p| !p.0).map(|p| p.1).sum();
        let mut n = 0;
        while slots < fresh.len() {
            if !plan[n % NOTES].0 && plan[n % NOTES].1 < 6 {
                plan[n % NOTES].1 += 1;
                slots += 1;
            }
            n += 1;
        }
        let mut cited: Vec<usize> = Vec::new();
        let mut cited_set: HashSet<usize> = HashSet::new();
        let mut notes: Vec<Note> = Vec::with_capacity(NOTES);
        let mut remaining_slots = slots;
        for (ibid, k) in plan {
            let mut cites: Vec<Cite> = Vec::new();
            if ibid {
                let prev = notes.last().expect("ibid follows a note").works()[0];
                cites.push(cite(&mut rng, prev));
            } else {
                for _ in 0..k {
                    let remaining_new = fresh.len();
                    let mut chosen = None;
                    if remaining_new > 0
                        && (remaining_new >= remaining_slots
                            || rng.chance(remaining_new as f64 / remaining_slots as f64))
                    {
                        let w = fresh.pop().expect("fresh work");
                        if !cites.iter().any(|c| c.work == w) {
                            chosen = Some(w);
                        }
                    } else {
                        for _ in 0..10 {
                            let w = if !cited.is_empty() && rng.chance(0.45) {
                                cited[rng.below(cited.len())]
                            } else if rng.chance(0.5) {
                                popularity[zipf.sample(&mut rng, works.len())]
                            } else {
                                rng.below(works.len())
                            };
                            if !cites.iter().any(|c| c.work == w) {
                                chosen = Some(w);
                                break;
                            }
                        }
                    }
                    remaining_slots -= 1;
                    if let Some(w) = chosen {
                        if cited_set.insert(w) {
                            cited.push(w);
                        }
                        cites.push(cite(&mut rng, w));
                    }
                }
                if cites.is_empty() {
                    // Every draw collided (vanishingly rare): cite the article's first work.
                    let w = *cited.first().unwrap_or(&popularity[0]);
                    cited_set.insert(w);
                    cites.push(cite(&mut rng, w));
                }
            }
            notes.push(Note {
                segments: note_segments(&mut rng, cites, ibid),
            });
        }
        assert!(fresh.is_empty());

        // Body: paragraphs of sentences, each referencing the next note, under a few headings.
        let mut body = vec![Block::Heading("Introduction".into())];
        let mut next = 1;
        let mut paragraphs = 0;
        while next <= NOTES {
            let len = rng.range(4, 7).min(NOTES + 1 - next);
            let sentences = (next..next + len)
                .map(|n| (sentence(&mut rng), n))
                .collect();
            body.push(Block::Paragraph(sentences));
            next += len;
            paragraphs += 1;
            if paragraphs % 3 == 0 && next <= NOTES {
                body.push(Block::Heading(format!(
                    "{} in {}",
                    rng.pick(CONCEPTS),
                    rng.pick(REGIONS)
                )));
            }
        }
        let mut contributors = vec![rng.below(profiles.len())];
        if profiles.len() > 1 && rng.chance(0.3) {
            let other = rng.below(profiles.len());
            if other != contributors[0] {
                contributors.push(other);
            }
        }
        let (y, m, d) = date(&mut rng, 2015, 2024);
        let (title, _) = make_title(&mut rng);
        articles.push(Article {
            slug: format!("article-{:0width$}", a + 1),
            title,
            contributors,
            date: format!("{y}-{m:02}-{d:02}"),
            abstract_: format!(
                "{}. {}. {}.",
                sentence(&mut rng),
                sentence(&mut rng),
                sentence(&mut rng)
            ),
            body,
            notes,
        });
    }

    // Timeline events, documented by (mostly popular) works.
    let mut events = Vec::new();
    for _ in 0..EVENTS.min(works.len()) {
        let (y, m, d) = date(&mut rng, 2010, 2022);
        let end = rng
            .chance(0.3)
            .then(|| format!("{y}-{m:02}-{:02}", (d + 1).min(28)));
        let mut linked = vec![popularity[zipf.sample(&mut rng, works.len())]];
        if rng.chance(0.4) {
            let w = popularity[zipf.sample(&mut rng, works.len())];
            if w != linked[0] {
                linked.push(w);
            }
        }
        events.push(Event {
            date: format!("{y}-{m:02}-{d:02}"),
            end,
            title: headline(&mut rng),
            kind: EVENT_KINDS[rng.below(EVENT_KINDS.len())],
            summary: format!("{}.", sentence(&mut rng)),
            works: linked,
        });
    }

    Corpus {
        creators,
        people,
        profiles,
        works,
        articles,
        events,
    }
}

// ---------------------------------------------------------------------------------------------
// Dossier output

/// A double-quoted YAML scalar.
fn q(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn write_names(out: &mut String, field: &str, creators: &[Creator], list: &[usize]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {field}:");
    for c in list {
        match &creators[*c] {
            Creator::Person { family, given } => {
                let _ = writeln!(
                    out,
                    "    - family: {}\n      given: {}",
                    q(family),
                    q(given)
                );
            }
            Creator::Institution(name) => {
                let _ = writeln!(out, "    - literal: {}", q(name));
            }
        }
    }
}

fn work_yaml(out: &mut String, corpus: &Corpus, work: &Work) {
    let _ = writeln!(out, "- id: {}\n  type: {}", work.key, work.kind.csl());
    write_names(out, "author", &corpus.creators, &work.authors);
    write_names(out, "editor", &corpus.creators, &work.editors);
    let _ = writeln!(out, "  title: {}", q(&work.title));
    if let Some(s) = &work.title_short {
        let _ = writeln!(out, "  title-short: {}", q(s));
    }
    if let Some(s) = &work.container {
        let _ = writeln!(out, "  container-title: {}", q(s));
    }
    if let Some(v) = work.volume {
        let _ = writeln!(out, "  volume: {v}");
    }
    if let Some(v) = work.issue {
        let _ = writeln!(out, "  issue: {v}");
    }
    if let Some(s) = &work.page {
        let _ = writeln!(out, "  page: {}", q(s));
    }
    if let Some((publisher, place)) = work.publisher {
        let _ = writeln!(
            out,
            "  publisher: {}\n  publisher-place: {}",
            q(publisher),
            q(place)
        );
    } else if work.kind == Kind::Report {
        let name = corpus.creators[work.authors[0]].display();
        let _ = writeln!(out, "  publisher: {}", q(&name));
    }
    match work.kind {
        Kind::Webpage | Kind::Newspaper | Kind::Report => {
            let _ = writeln!(
                out,
                "  issued: {}-{:02}-{:02}",
                work.year, work.month, work.day
            );
        }
        _ => {
            let _ = writeln!(out, "  issued: {}", work.year);
        }
    }
    if let Some(s) = &work.url {
        let _ = writeln!(out, "  URL: {}", q(s));
    }
    if let Some(s) = &work.doi {
        let _ = writeln!(out, "  DOI: {}", q(s));
    }
    if work.kind == Kind::Webpage {
        let _ = writeln!(out, "  accessed: 2024-03-15");
    }
}

fn note_markdown(corpus: &Corpus, note: &Note) -> String {
    let mut out = String::new();
    for segment in &note.segments {
        match segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Cluster(cites) => {
                out.push('[');
                for (i, c) in cites.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if let Some(p) = c.prefix {
                        out.push_str(p);
                        out.push(' ');
                    }
                    out.push('@');
                    out.push_str(&corpus.works[c.work].key);
                    if let Some(l) = &c.locator {
                        out.push_str(", ");
                        out.push_str(l);
                    }
                    if let Some(s) = c.suffix {
                        out.push_str(s);
                    }
                }
                out.push(']');
            }
        }
    }
    out
}

fn body_markdown(article: &Article) -> String {
    let mut out = String::new();
    for block in &article.body {
        match block {
            Block::Heading(h) => {
                let _ = writeln!(out, "## {h}\n");
            }
            Block::Paragraph(sentences) => {
                let text: Vec<String> = sentences
                    .iter()
                    .map(|(s, n)| format!("{s}[^{n}]."))
                    .collect();
                let _ = writeln!(out, "{}\n", text.join(" "));
            }
        }
    }
    out
}

fn write_dossier(corpus: &Corpus, dir: &Path) -> io::Result<()> {
    let content = dir.join("content");
    for sub in ["articles", "bibliography", "contributors", "timeline"] {
        fs::create_dir_all(content.join(sub))?;
    }
    fs::write(
        dir.join("config.yaml"),
        "title: Synthetic dossier\n\
         description: A generated dossier for benchmarks.\n\
         base_url: https://example.org/\n",
    )?;
    for article in &corpus.articles {
        let mut out = String::new();
        let contributors: Vec<&str> = article
            .contributors
            .iter()
            .map(|c| corpus.profiles[*c].slug.as_str())
            .collect();
        let _ = writeln!(
            out,
            "---\ntitle: {}\ncontributors: [{}]\ndate: {}\nabstract: {}\n---\n",
            q(&article.title),
            contributors.join(", "),
            article.date,
            q(&article.abstract_)
        );
        out.push_str(&body_markdown(article));
        for (i, note) in article.notes.iter().enumerate() {
            let _ = writeln!(out, "[^{}]: {}", i + 1, note_markdown(corpus, note));
        }
        fs::write(
            content
                .join("articles")
                .join(format!("{}.md", article.slug)),
            out,
        )?;
    }
    for (i, chunk) in corpus.works.chunks(WORKS_PER_FILE).enumerate() {
        let mut out = String::new();
        for work in chunk {
            work_yaml(&mut out, corpus, work);
        }
        fs::write(
            content
                .join("bibliography")
                .join(format!("works-{:02}.yaml", i + 1)),
            out,
        )?;
    }
    for profile in &corpus.profiles {
        let (given, family) = match &corpus.creators[profile.creator] {
            Creator::Person { given, family } if profile.creator != 0 => {
                (given.clone(), family.clone())
            }
            _ => ("Zoë".into(), "Åberg".into()),
        };
        let out = format!(
            "---\nname: {}\nfamily: {}\ngiven: {}\naffiliations:\n  - {}\nlinks:\n  - title: Homepage\n    url: https://example.org/people/{}\n---\n{} writes about alliances and partnerships.\n",
            q(&profile.name),
            q(&family),
            q(&given),
            q(&profile.affiliation),
            profile.slug,
            profile.name
        );
        fs::write(
            content
                .join("contributors")
                .join(format!("{}.md", profile.slug)),
            out,
        )?;
    }
    let mut out = String::new();
    for event in &corpus.events {
        let _ = writeln!(out, "- date: {}", event.date);
        if let Some(end) = &event.end {
            let _ = writeln!(out, "  end: {end}");
        }
        let keys: Vec<&str> = event
            .works
            .iter()
            .map(|w| corpus.works[*w].key.as_str())
            .collect();
        let _ = writeln!(
            out,
            "  title: {}\n  kind: {}\n  summary: {}\n  works: [{}]",
            q(&event.title),
            event.kind,
            q(&event.summary),
            keys.join(", ")
        );
    }
    fs::write(content.join("timeline").join("events.yaml"), out)?;
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("themes"),
        &dir.join("themes"),
    )
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Hugo output

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

fn date_text(work: &Work) -> String {
    format!(
        "{} {}, {}",
        MONTHS[work.month as usize - 1],
        work.day,
        work.year
    )
}

/// The full note form, Chicago-like, without the locator and final period.
fn full_reference(corpus: &Corpus, work: &Work) -> String {
    let display = |list: &[usize]| -> Vec<String> {
        list.iter().map(|c| corpus.creators[*c].display()).collect()
    };
    let authors = join_names(&display(&work.authors));
    let editors = join_names(&display(&work.editors));
    let title = if work.kind.italic_title() {
        format!("*{}*", work.title)
    } else {
        format!("“{},”", work.title)
    };
    let imprint = |year: u32| match work.publisher {
        Some((publisher, place)) => format!("({place}: {publisher}, {year})"),
        None => format!("({year})"),
    };
    match work.kind {
        Kind::Book if work.authors.is_empty() => {
            let ed = if work.editors.len() > 1 {
                "eds."
            } else {
                "ed."
            };
            format!("{editors}, {ed}, {title} {}", imprint(work.year))
        }
        Kind::Book | Kind::Report => format!("{authors}, {title} {}", imprint(work.year)),
        Kind::Chapter => format!(
            "{authors}, {title} in *{}*, ed. {editors} {}",
            work.container.as_deref().unwrap_or_default(),
            imprint(work.year)
        ),
        Kind::Journal => {
            let mut s = format!(
                "{authors}, {title} *{}* {}",
                work.container.as_deref().unwrap_or_default(),
                work.volume.unwrap_or(1)
            );
            if let Some(issue) = work.issue {
                let _ = write!(s, ", no. {issue}");
            }
            let _ = write!(s, " ({})", work.year);
            s
        }
        Kind::Webpage => format!(
            "{authors}, {title} {}, {}",
            work.container.as_deref().unwrap_or_default(),
            date_text(work)
        ),
        Kind::Newspaper => format!(
            "{authors}, {title} *{}*, {}",
            work.container.as_deref().unwrap_or_default(),
            date_text(work)
        ),
    }
}

/// The short note form: family names and short title.
fn short_reference(corpus: &Corpus, work: &Work) -> String {
    let list = if work.authors.is_empty() {
        &work.editors
    } else {
        &work.authors
    };
    let names: Vec<String> = list.iter().map(|c| corpus.creators[*c].short()).collect();
    let short = work.title_short.clone().unwrap_or_else(|| {
        let t = work.title.split(':').next().unwrap_or(&work.title);
        t.split_whitespace().take(4).collect::<Vec<_>>().join(" ")
    });
    if work.kind.italic_title() {
        format!("{}, *{short}*", join_names(&names))
    } else {
        format!("{}, “{short}”", join_names(&names))
    }
}

fn hugo_locator(locator: &Option<String>, suffix: Option<&str>) -> String {
    match locator {
        Some(l) => format!(
            ", {}{}",
            l.strip_prefix("pp. ").unwrap_or(l),
            suffix.unwrap_or_default()
        ),
        None => String::new(),
    }
}

/// A note as pre-formatted Markdown, each citation linking to its work's term page.
fn hugo_note(
    corpus: &Corpus,
    note: &Note,
    seen: &mut HashSet<usize>,
    previous: Option<usize>,
) -> String {
    let works = note.works();
    let single = (works.len() == 1).then(|| works[0]);
    let mut out = String::new();
    for segment in &note.segments {
        match segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Cluster(cites) => {
                for (i, c) in cites.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if let Some(p) = c.prefix {
                        let _ = write!(out, "{p} ");
                    }
                    let work = &corpus.works[c.work];
                    let url = format!("/sources/{}/", work.key);
                    let text = if single.is_some() && previous == single {
                        "Ibid".to_string()
                    } else if seen.insert(c.work) {
                        full_reference(corpus, work)
                    } else {
                        short_reference(corpus, work)
                    };
                    let _ = write!(out, "[{text}]({url}){}", hugo_locator(&c.locator, c.suffix));
                    if work.kind == Kind::Report || work.kind == Kind::Webpage {
                        if let (Some(u), false) = (&work.url, text == "Ibid") {
                            let _ = write!(out, ", <{u}>");
                        }
                    }
                }
            }
        }
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

const HUGO_BASEOF: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
<style>body{max-width:42rem;margin:auto;padding:1rem;font-family:Georgia,serif;line-height:1.5}nav a{margin-right:1rem}.footnotes{font-size:.9em}</style>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav><a href="{{ "/articles/" | relURL }}">Articles</a><a href="{{ "/sources/" | relURL }}">Sources</a><a href="{{ "/authors/" | relURL }}">Authors</a></nav>
</header>
<main>
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
"#;

const HUGO_SINGLE: &str = r#"{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p class="byline">{{ delimit .Params.contributors ", " " and " }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<section class="abstract"><h2>Abstract</h2>{{ .Params.abstract | markdownify }}</section>
{{ .Content }}
<section class="cited"><h2>Works cited</h2>
<ul>{{ range .GetTerms "sources" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</section>
</article>
{{ end }}
"#;

const HUGO_LIST: &str = r#"{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ if eq .Kind "taxonomy" }}
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ else }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> · {{ .Date.Format "2006" }}</li>{{ end }}</ul>
{{ end }}
{{ end }}
"#;

const HUGO_HOME: &str = r#"{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<p>{{ len (where .Site.RegularPages "Section" "articles") }} articles.</p>
<ul>{{ range where .Site.RegularPages "Section" "articles" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
"#;

const HUGO_404: &str = r#"{{ define "main" }}
<h1>Page not found</h1>
<p><a href="{{ "/" | relURL }}">Home</a></p>
{{ end }}
"#;

fn write_hugo(corpus: &Corpus, dir: &Path) -> io::Result<()> {
    fs::write(
        dir.join("hugo.toml"),
        "baseURL = \"https://example.org/\"\n\
         languageCode = \"en-us\"\n\
         title = \"Synthetic dossier\"\n\
         disableKinds = [\"RSS\"]\n\
         \n\
         [taxonomies]\n\
         source = \"sources\"\n\
         author = \"authors\"\n",
    )?;
    let layouts = dir.join("layouts").join("_default");
    fs::create_dir_all(&layouts)?;
    fs::write(layouts.join("baseof.html"), HUGO_BASEOF)?;
    fs::write(layouts.join("single.html"), HUGO_SINGLE)?;
    fs::write(layouts.join("list.html"), HUGO_LIST)?;
    fs::write(dir.join("layouts").join("index.html"), HUGO_HOME)?;
    fs::write(dir.join("layouts").join("404.html"), HUGO_404)?;

    let content = dir.join("content");
    let articles_dir = content.join("articles");
    fs::create_dir_all(&articles_dir)?;
    fs::write(
        articles_dir.join("_index.md"),
        "---\ntitle: Articles\n---\n",
    )?;
    for article in &corpus.articles {
        let mut seen = HashSet::new();
        let mut previous = None;
        let mut notes = String::new();
        let mut sources: Vec<usize> = Vec::new();
        let mut source_set = HashSet::new();
        for (i, note) in article.notes.iter().enumerate() {
            let text = hugo_note(corpus, note, &mut seen, previous);
            let _ = writeln!(notes, "[^{}]: {text}", i + 1);
            let works = note.works();
            previous = (works.len() == 1).then(|| works[0]);
            for w in works {
                if source_set.insert(w) {
                    sources.push(w);
                }
            }
        }
        let mut authors: Vec<String> = Vec::new();
        let mut author_set = HashSet::new();
        for w in &sources {
            for c in corpus.works[*w].creators() {
                if author_set.insert(c) {
                    authors.push(corpus.creators[c].display());
                }
            }
        }
        let contributors: Vec<String> = article
            .contributors
            .iter()
            .map(|c| q(&corpus.profiles[*c].name))
            .collect();
        let keys: Vec<&str> = sources
            .iter()
            .map(|w| corpus.works[*w].key.as_str())
            .collect();
        let authors: Vec<String> = authors.iter().map(|a| q(a)).collect();
        let mut out = format!(
            "---\ntitle: {}\ndate: {}\ncontributors: [{}]\nabstract: {}\nsources: [{}]\nauthors: [{}]\n---\n\n",
            q(&article.title),
            article.date,
            contributors.join(", "),
            q(&article.abstract_),
            keys.join(", "),
            authors.join(", ")
        );
        out.push_str(&body_markdown(article));
        out.push_str(&notes);
        fs::write(articles_dir.join(format!("{}.md", article.slug)), out)?;
    }
    // Term pages of works carry the work's reference, as dossier's source pages do.
    let sources_dir = content.join("sources");
    fs::create_dir_all(&sources_dir)?;
    fs::write(sources_dir.join("_index.md"), "---\ntitle: Sources\n---\n")?;
    for work in &corpus.works {
        let term = sources_dir.join(&work.key);
        fs::create_dir_all(&term)?;
        let mut reference = full_reference(corpus, work);
        if let Some(page) = &work.page {
            let _ = write!(reference, ", {page}");
        }
        if let Some(url) = &work.url {
            let _ = write!(reference, ", <{url}>");
        }
        fs::write(
            term.join("_index.md"),
            format!(
                "---\ntitle: {}\n---\n\n{reference}.\n",
                q(&short_reference(corpus, work).replace(['*', '“', '”'], ""))
            ),
        )?;
    }
    let authors_dir = content.join("authors");
    fs::create_dir_all(&authors_dir)?;
    fs::write(authors_dir.join("_index.md"), "---\ntitle: Authors\n---\n")?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Command line

struct Args {
    pages: usize,
    out: PathBuf,
    hugo: Option<PathBuf>,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut pages = None;
    let mut out = None;
    let mut hugo = None;
    let mut seed = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--pages" => {
                pages = Some(
                    value("--pages")?
                        .parse::<usize>()
                        .map_err(|e| format!("--pages: {e}"))?,
                )
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--hugo" => hugo = Some(PathBuf::from(value("--hugo")?)),
            "--seed" => {
                seed = value("--seed")?
                    .parse::<u64>()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let pages = pages.ok_or("--pages is required")?;
    if pages < 60 {
        return Err("--pages must be at least 60".into());
    }
    Ok(Args {
        pages,
        out: out.ok_or("--out is required")?,
        hugo,
        seed,
    })
}

/// Empties what a previous run of the generator wrote under `dir`.
fn reset(dir: &Path, entries: &[&str]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    for entry in entries {
        let path = dir.join(entry);
        if path.is_dir() {
            fs::remove_dir_all(&path)?;
        } else if path.exists() {
            fs::remove_file(&path)?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: cargo run --release --example corpus -- --pages N --out DIR [--hugo HUGO_DIR] [--seed S]"
            );
            return ExitCode::from(2);
        }
    };
    let corpus = generate(args.pages, args.seed);

    let result = reset(
        &args.out,
        &[
            "config.yaml",
            "content",
            "themes",
            "output",
            ".dossier-cache",
        ],
    )
    .and_then(|()| write_dossier(&corpus, &args.out))
    .and_then(|()| match &args.hugo {
        Some(dir) => reset(
            dir,
            &[
                "hugo.toml",
                "content",
                "layouts",
                "public",
                "resources",
                ".hugo_build.lock",
            ],
        )
        .and_then(|()| write_hugo(&corpus, dir)),
        None => Ok(()),
    });
    if let Err(e) = result {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }

    let notes: usize = corpus.articles.iter().map(|a| a.notes.len()).sum();
    let citations: usize = corpus
        .articles
        .iter()
        .flat_map(|a| &a.notes)
        .map(|n| n.works().len())
        .sum();
    let mut by_kind: HashMap<&str, usize> = HashMap::new();
    for w in &corpus.works {
        *by_kind.entry(w.kind.csl()).or_default() += 1;
    }
    let mut kinds: Vec<_> = by_kind.into_iter().collect();
    kinds.sort();
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let institutional = corpus.works.iter().filter(|w| w.institutional).count();
    let authors = corpus.creators.len();
    let institutions = authors - corpus.people;
    let pages = corpus.articles.len() + corpus.works.len() + authors + FIXED_PAGES;
    println!("articles      {}", corpus.articles.len());
    println!("notes         {notes}");
    println!("citations     {citations}");
    println!(
        "works         {} ({}; {institutional} by institutions)",
        corpus.works.len(),
        kinds.join(", ")
    );
    println!(
        "authors       {authors} ({} people, {institutions} institutions)",
        corpus.people
    );
    println!("contributors  {}", corpus.profiles.len());
    println!("events        {}", corpus.events.len());
    println!(
        "expected pages {pages} (index.html: articles + works + authors + home, /sources/, /authors/, /timeline/; plus 404.html)"
    );
    println!("dossier corpus in {}", args.out.display());
    if let Some(dir) = &args.hugo {
        println!(
            "hugo site in {} (expected pages {}: articles + works + authors + home, /articles/, /sources/, /authors/; plus 404.html)",
            dir.display(),
            corpus.articles.len() + corpus.works.len() + authors + 4
        );
    }
    ExitCode::SUCCESS
}
