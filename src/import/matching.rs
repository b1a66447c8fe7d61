//! When two references are one work: same DOI; same address and title; same family names
//! (normalised) and a title that is the other's prefix; a short form's names and title words.

use super::names::{families, is_any_particle};
use super::reference::Reference;
use super::scan::{alnum_fold, fold_words};
use crate::model::{Name, Work};

/// What identifies a work, folded for comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub families: Vec<String>,
    /// The same names, as short forms may print them (see [`CreatorKey`]).
    pub creators: Vec<CreatorKey>,
    pub et_al: bool,
    /// Editors and no authors: an edition, which short forms cite by its title alone.
    pub edited_only: bool,
    /// The authors from this position on wrote "with" the first: short forms may leave them out.
    pub with_from: Option<usize>,
    pub title: String,
    pub title_words: Vec<String>,
    /// Other titles a short form may print: a short title the note defined (`hereafter X`),
    /// a case's first party.
    pub short_titles: Vec<Vec<String>>,
    pub year: Option<i32>,
    pub url: Option<String>,
    pub doi: Option<String>,
    /// A document's number, folded (`caja 12, exp. 4`, `A/HRC/47/30`).
    pub number: Option<String>,
    /// The archive that keeps a document, folded, and the short name a note gave it
    /// (`Stadtarchiv Lindau (StAL), Urkunden 412`: `stal`).
    pub archive: Option<(String, Option<String>)>,
    /// What a work without a title is (`interview`, `letter`), folded: its short form prints
    /// the names and that word (`Lind, interview`).
    pub untitled: Option<String>,
    /// Where a decision is printed in a law report, folded (`bverfge|12|205`): a later note
    /// may cite it by that alone (`BVerfGE 12, 205, para. 4`).
    pub report: Option<String>,
}

/// `BVerfGE`, `12`, `205` → `bverfge|12|205`, when all three are printed.
fn report_identity(
    container: Option<&str>,
    volume: Option<&str>,
    page: Option<&str>,
) -> Option<String> {
    let (c, v, p) = (container?, volume?, page?);
    let first_page = p.split(['–', '-']).next().unwrap_or(p);
    Some(format!(
        "{}|{}|{}",
        alnum_fold(c),
        alnum_fold(v),
        alnum_fold(first_page)
    ))
}

/// `Stadtarchiv Lindau (StAL), Urkunden 412` → (`stadtarchivlindaustalurkunden412`, `stal`).
fn archive_identity(archive: &str) -> (String, Option<String>) {
    let short = archive
        .split_once(" (")
        .and_then(|(_, r)| r.split_once(')'))
        .map(|(s, _)| alnum_fold(s));
    (alnum_fold(archive), short)
}

impl Identity {
    pub fn of_reference(r: &Reference) -> Identity {
        let title = r.title.clone().unwrap_or_default();
        Identity {
            families: families(r.creators()),
            creators: r.creators().iter().map(CreatorKey::of).collect(),
            et_al: r.et_al,
            edited_only: r.authors.is_empty() && !r.editors.is_empty(),
            with_from: r.with_from,
            title: alnum_fold(&title),
            title_words: fold_words(&title),
            short_titles: short_titles(r.field("title-short"), &title, r.csl_type == "legal_case"),
            year: r.issued.map(|d| d.year),
            url: r.field("URL").map(normalise_url),
            doi: r.field("DOI").map(|d| d.trim().to_lowercase()),
            number: r.field("number").map(alnum_fold),
            archive: r.field("archive").map(archive_identity),
            untitled: r
                .field("genre")
                .filter(|_| title.trim().is_empty())
                .map(alnum_fold),
            report: report_identity(
                r.field("container-title"),
                r.field("volume"),
                r.field("page"),
            ),
        }
    }

    pub fn of_work(w: &Work) -> Identity {
        let creators = if w.names_in("author").is_empty() {
            w.names_in("editor")
        } else {
            w.names_in("author")
        };
        Identity {
            families: families(creators),
            creators: creators.iter().map(CreatorKey::of).collect(),
            et_al: false,
            edited_only: w.names_in("author").is_empty() && !w.names_in("editor").is_empty(),
            with_from: None,
            title: alnum_fold(w.title()),
            title_words: fold_words(w.field("title").unwrap_or("")),
            short_titles: short_titles(w.field("title-short"), w.title(), false),
            year: w.issued().map(|d| d.year),
            url: w.field("URL").map(normalise_url),
            doi: w.field("DOI").map(|d| {
                d.trim()
                    .to_lowercase()
                    .trim_start_matches("https://doi.org/")
                    .to_string()
            }),
            number: w.field("number").map(alnum_fold),
            archive: w.field("archive").map(archive_identity),
            untitled: w
                .field("genre")
                .filter(|_| w.title().trim().is_empty())
                .map(alnum_fold),
            report: report_identity(
                w.field("container-title"),
                w.field("volume"),
                w.field("page"),
            ),
        }
    }

    /// A full reference printed again (perhaps with fewer details).
    pub fn repeats(&self, earlier: &Identity) -> bool {
        if self.doi.is_some() && self.doi == earlier.doi {
            return true;
        }
        if self.title.is_empty() || earlier.title.is_empty() {
            return false;
        }
        let same_title = self.title == earlier.title;
        let years_agree =
            self.year.is_none() || earlier.year.is_none() || self.year == earlier.year;
        if self.url.is_some()
            && self.url == earlier.url
            && (same_title || self.title_prefix_of(earlier) || earlier.title_prefix_of(self))
        {
            return true;
        }
        // Two numbers neither of which holds the other: two documents of one title (two files
        // of one archive's series, two reports of one rapporteur).
        if let (Some(a), Some(b)) = (&self.number, &earlier.number) {
            if !a.contains(b.as_str()) && !b.contains(a.as_str()) {
                return false;
            }
        }
        let one_unsigned = self.families.is_empty() != earlier.families.is_empty();
        if one_unsigned {
            return same_title && years_agree;
        }
        let prefix = (self.title_prefix_of(earlier) || earlier.title_prefix_of(self))
            && self.title_words.len().min(earlier.title_words.len()) >= 3;
        self.families_agree(earlier) && years_agree && (same_title || prefix)
    }

    /// A short form ("Author, Short Title") of `full`.
    pub fn shortens(&self, full: &Identity) -> bool {
        if self.title_words.is_empty() {
            if let (Some(mine), Some(theirs)) = (&self.report, &full.report) {
                return self.families.is_empty() && mine == theirs;
            }
            // `Lind, interview`: an untitled work by its names and what it is.
            return self.untitled.is_some()
                && self.untitled == full.untitled
                && !self.families.is_empty()
                && self.families_agree(full);
        }
        // `StAL, Urkunden 412, fol. 3`: an unsigned document cited by the short name its note
        // gave the archive and by its shelfmark there.
        if let (Some((archive, Some(short))), [one]) = (&full.archive, &self.families[..]) {
            if full.families.is_empty() && one == short && archive.contains(&self.title) {
                return true;
            }
        }
        // `HA, MS 12/4, fol. 9`: an unsigned document cited by its archive's short name (or
        // name) and its number there.
        if let ([one], Some((archive, short))) = (&self.families[..], &full.archive) {
            let archive_named = short.as_ref() == Some(one) || archive == one;
            let numbered =
                archive.contains(&self.title) || full.number.as_ref() == Some(&self.title);
            if full.families.is_empty() && archive_named && numbered && !self.title.is_empty() {
                return true;
            }
        }
        if !self.families.is_empty() && !self.families_agree(full) {
            return false;
        }
        // An unsigned short form of a signed work: its title, or the short title the work's
        // note defined (`(hereafter Lake Report)`, then `Lake Report, para. 3`).
        // (An edition, with editors and no authors, is cited by its title alone: `Liber
        // Navalis, 2:41` for `Liber Navalis, ed. A and B`.)
        if self.families.is_empty()
            && !full.families.is_empty()
            && self.title != full.title
            && !full.edited_only
        {
            return full.short_titles.contains(&self.title_words);
        }
        if self.title_prefix_of(full) || self.prefix_of_short_title(full) {
            return true;
        }
        // `HHB, Survey of Harbours, 3` for `HHB Survey of Harbours: Second Report`: a title
        // opened by its author's acronym is cited without it, as without a leading article.
        if let Some(first) = full.title_words.first() {
            let own = full
                .creators
                .iter()
                .any(|c| c.institution && (c.aliases.contains(first) || &c.full == first));
            if own && full.title_words.len() > 1 {
                let mut bare = full.clone();
                bare.title_words.remove(0);
                bare.title = bare.title_words.concat();
                if self.title_prefix_of(&bare) {
                    return true;
                }
            }
        }
        // "2022 Strategic Concept" for "Strategic Concept" of 2022: every word in title or year.
        let year = full.year.map(|y| y.to_string());
        self.title_words.len() >= 2
            && self
                .title_words
                .iter()
                .all(|w| full.title_words.contains(w) || Some(w) == year.as_ref())
    }

    /// Word by word (a leading article aside: "Environmentalism of the Poor" shortens "The
    /// Environmentalism of the Poor"), or letter by letter for titles of some length (spacing
    /// typos: "‘decentering’from").
    fn title_prefix_of(&self, other: &Identity) -> bool {
        let bare = |w: &[String]| -> Vec<String> {
            match w.first().map(String::as_str) {
                Some("the" | "a" | "an") if w.len() > 1 => w[1..].to_vec(),
                _ => w.to_vec(),
            }
        };
        let (mine, theirs) = (bare(&self.title_words), bare(&other.title_words));
        let by_words =
            !mine.is_empty() && mine.len() <= theirs.len() && theirs[..mine.len()] == mine[..];
        by_words || (self.title.chars().count() >= 12 && other.title.starts_with(&self.title))
    }

    /// The short form's title words open one of the other titles of `full`.
    fn prefix_of_short_title(&self, full: &Identity) -> bool {
        full.short_titles.iter().any(|words| {
            !self.title_words.is_empty()
                && self.title_words.len() <= words.len()
                && words[..self.title_words.len()] == self.title_words[..]
        })
    }

    fn families_agree(&self, other: &Identity) -> bool {
        if self.families == other.families && self.initials_agree(other) {
            return true;
        }
        let pairwise = |a: &[CreatorKey], b: &[CreatorKey]| {
            a.len() <= b.len() && a.iter().zip(b).all(|(x, y)| x.agrees(y))
        };
        if self.creators.len() == other.creators.len()
            && !self.creators.is_empty()
            && pairwise(&self.creators, &other.creators)
        {
            return true;
        }
        // "Barrios, Title" for "Barrios with Viezzer, Title": the co-authors "with" left out.
        let before_with = |a: &Identity, b: &Identity| {
            b.with_from.is_some_and(|k| {
                a.creators.len() == k && k > 0 && pairwise(&a.creators, &b.creators[..k])
            })
        };
        if before_with(self, other) || before_with(other, self) {
            return true;
        }
        // "A et al." against the full list, or a list whose first names agree.
        let (short, long) = if self.families.len() <= other.families.len() {
            (self, other)
        } else {
            (other, self)
        };
        (short.et_al || long.et_al)
            && !short.creators.is_empty()
            && pairwise(&short.creators, &long.creators)
    }

    /// A short form whose family names are the first words of some full names: the full
    /// reference printed those family first ("Li Wei and Sarah O’Neill" cited as "Li and
    /// O’Neill"). The positions of the names to turn, if that reading matches.
    pub fn shortens_family_first(&self, full: &Identity) -> Option<Vec<usize>> {
        let mut flipped = full.clone();
        let mut turned = Vec::new();
        for (i, c) in flipped.creators.iter_mut().enumerate() {
            let short = self.creators.get(i);
            if c.given_first.is_some()
                && short.is_some_and(|s| Some(&s.full) == c.given_first.as_ref())
            {
                let first = c.given_first.take().unwrap_or_default();
                c.full = first.clone();
                c.core = first;
                c.initial = None;
                turned.push(i);
            }
        }
        flipped.families = flipped.creators.iter().map(|c| c.full.clone()).collect();
        (!turned.is_empty() && self.shortens(&flipped)).then_some(turned)
    }

    /// "Author, op. cit.": the names of `full`, read as they are or with a family name of two
    /// words (the positions to join, as [`Identity::shortens_compound`]).
    pub fn names_of(&self, full: &Identity) -> Option<Vec<usize>> {
        if self.creators.is_empty() || full.creators.is_empty() {
            return None;
        }
        if self.families_agree(full) {
            return Some(Vec::new());
        }
        let mut joined = full.clone();
        let mut turned = Vec::new();
        for (i, (s, c)) in self.creators.iter().zip(&mut joined.creators).enumerate() {
            if c.compound.is_some() && c.compound.as_ref() == Some(&s.whole) {
                c.full = c.compound.clone().unwrap_or_default();
                turned.push(i);
            }
        }
        joined.families = joined.creators.iter().map(|c| c.full.clone()).collect();
        (!turned.is_empty() && self.families_agree(&joined)).then_some(turned)
    }

    /// A short form whose family name is the last given name and the family name of a full
    /// name ("Ruiz Soto" for "Ana Ruiz Soto", read as family "Soto"): a compound family name
    /// printed in natural order. The positions of the names to join, if that reading matches.
    pub fn shortens_compound(&self, full: &Identity) -> Option<Vec<usize>> {
        let (mut short, mut joined) = (self.clone(), full.clone());
        let mut turned = Vec::new();
        for (i, (s, c)) in short
            .creators
            .iter_mut()
            .zip(&mut joined.creators)
            .enumerate()
        {
            if c.compound.is_some() && c.compound.as_ref() == Some(&s.whole) {
                (s.full, s.core, s.initial) = (s.whole.clone(), s.whole.clone(), None);
                c.full = c.compound.clone().unwrap_or_default();
                c.core = c.full.clone();
                turned.push(i);
            }
        }
        short.families = short.creators.iter().map(|c| c.full.clone()).collect();
        joined.families = joined.creators.iter().map(|c| c.full.clone()).collect();
        (!turned.is_empty() && short.shortens(&joined)).then_some(turned)
    }

    /// A short form whose family name is the last words of a longer family name of a full name
    /// ("Achá Velasco" for "Rosa María Achá Velasco", read as family "María Achá Velasco"): the
    /// words before it were given names. The positions of the names and the folded family
    /// names the short form prints, if that reading matches.
    pub fn shortens_family_tail(&self, full: &Identity) -> Option<Vec<(usize, String)>> {
        let (mut short, mut cut) = (self.clone(), full.clone());
        let mut turned = Vec::new();
        for (i, (s, c)) in short.creators.iter_mut().zip(&mut cut.creators).enumerate() {
            if s.whole != c.full && c.family_tails.contains(&s.whole) {
                (s.full, s.core, s.initial) = (s.whole.clone(), s.whole.clone(), None);
                (c.full, c.core) = (s.whole.clone(), s.whole.clone());
                turned.push((i, s.whole.clone()));
            }
        }
        short.families = short.creators.iter().map(|c| c.full.clone()).collect();
        cut.families = cut.creators.iter().map(|c| c.full.clone()).collect();
        (!turned.is_empty() && short.shortens(&cut)).then_some(turned)
    }

    /// Initials that tell two authors of one family name apart ("P. Smith", "E. Smith").
    fn initials_agree(&self, other: &Identity) -> bool {
        self.creators
            .iter()
            .zip(&other.creators)
            .all(|(a, b)| a.initial.is_none() || b.initial.is_none() || a.initial == b.initial)
    }
}

/// The other titles of a work, folded into words: a short title, a case's short names.
fn short_titles(short: Option<&str>, title: &str, case: bool) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = short.map(fold_words).into_iter().collect();
    // `Harbour Act (Port Law)`: the popular name in parentheses that closes a title.
    if let Some(inner) = title
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .map(|(_, inner)| inner)
    {
        if inner.starts_with(char::is_uppercase) && inner.split_whitespace().count() <= 6 {
            out.push(fold_words(inner));
        }
    }
    if case {
        out.extend(
            super::cases::short_names(title)
                .iter()
                .map(|t| fold_words(t)),
        );
    }
    out.retain(|w| !w.is_empty());
    out
}

/// One author as a short form may print them: the family name with or without its particles
/// ("Humboldt", "von Humboldt"), the first initial, an institution's acronym ("WHO", "IHME",
/// "NIPORT" for "National Institute … (NIPORT)").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreatorKey {
    pub full: String,
    pub core: String,
    pub initial: Option<char>,
    pub aliases: Vec<String>,
    pub institution: bool,
    /// The first given name, folded: the family name when the name was printed family first.
    pub given_first: Option<String>,
    /// The last given name and the family name, folded: a compound family name in natural
    /// order ("Ana Ruiz Soto", family "Ruiz Soto").
    pub compound: Option<String>,
    /// Given and family names, folded: a short form's two-word family name read as a person.
    pub whole: String,
    /// An institution's name as printed, for an acronym made of its words' first syllables.
    pub literal: String,
    /// The last words of a family name of several words, folded, longest first ("Achá
    /// Velasco", "Velasco" for "María Achá Velasco"): what a short form may print of it.
    pub family_tails: Vec<String>,
}

impl CreatorKey {
    pub fn of(name: &Name) -> CreatorKey {
        match name {
            Name::Person {
                family,
                given,
                particle,
                ..
            } => {
                let words: Vec<&str> = family.split_whitespace().collect();
                let core_from = words.iter().position(|w| !is_any_particle(w)).unwrap_or(0);
                CreatorKey {
                    full: alnum_fold(&format!("{}{family}", particle.as_deref().unwrap_or(""))),
                    core: alnum_fold(&words[core_from..].join(" ")),
                    initial: given
                        .as_deref()
                        .and_then(|g| crate::text::fold(g).chars().find(|c| c.is_alphabetic())),
                    aliases: Vec::new(),
                    institution: false,
                    given_first: given
                        .as_deref()
                        .and_then(|g| g.split_whitespace().next())
                        .filter(|g| !g.ends_with('.'))
                        .map(alnum_fold),
                    compound: given
                        .as_deref()
                        .and_then(|g| g.rsplit_once(' '))
                        .map(|(_, last)| last)
                        .filter(|last| !last.ends_with('.') && last.chars().count() > 1)
                        .map(|last| alnum_fold(&format!("{last}{family}"))),
                    whole: alnum_fold(&format!(
                        "{}{}{family}",
                        given.as_deref().unwrap_or(""),
                        particle.as_deref().unwrap_or("")
                    )),
                    literal: String::new(),
                    family_tails: (1..words.len())
                        .filter(|&i| !is_any_particle(words[i]))
                        .map(|i| alnum_fold(&words[i..].join(" ")))
                        .collect(),
                }
            }
            Name::Institution { literal } => CreatorKey {
                full: alnum_fold(literal),
                core: alnum_fold(literal),
                initial: None,
                aliases: institution_aliases(literal),
                institution: true,
                given_first: None,
                compound: None,
                whole: alnum_fold(literal),
                literal: literal.clone(),
                family_tails: Vec::new(),
            },
        }
    }

    pub fn agrees(&self, other: &CreatorKey) -> bool {
        if self.institution != other.institution {
            return false;
        }
        if self.institution {
            return self.full == other.full
                || other.aliases.contains(&self.full)
                || self.aliases.contains(&other.full)
                || acronym_of(&self.full, &other.aliases)
                || acronym_of(&other.full, &self.aliases)
                || syllable_acronym(&self.literal, &other.literal)
                || syllable_acronym(&other.literal, &self.literal);
        }
        let initials =
            self.initial.is_none() || other.initial.is_none() || self.initial == other.initial;
        // A short form's family name of two words reads as given and family names ("Vera
        // Campos"): it agrees with that family name whole.
        let whole = self.whole == other.full || self.full == other.whole;
        ((self.full == other.full || self.core == other.core) && initials) || whole
    }
}

/// `National Institute of Population Research and Training (NIPORT)` → `niport`, the name
/// without it, `niprt`;
/// `World Health Organization` → `who`.
fn institution_aliases(literal: &str) -> Vec<String> {
    let mut out = Vec::new();
    // "X (XI)" is also "XI" and, without its acronym, "X".
    if let (Some(open), true) = (literal.rfind('('), literal.ends_with(')')) {
        out.push(alnum_fold(&literal[open + 1..literal.len() - 1]));
        out.push(alnum_fold(&literal[..open]));
    }
    let bare = literal.split('(').next().unwrap_or(literal);
    let initials: String = bare
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase) && w.chars().count() > 1)
        .filter_map(|w| w.chars().next())
        .collect();
    if initials.chars().count() >= 2 {
        out.push(alnum_fold(&initials));
    }
    // `Bibliothèque nationale de France` → `bnf`: a name in sentence case gives the initials
    // of its lower-case words too (not of its connectors).
    let all_initials: String = bare
        .split_whitespace()
        .filter(|w| !super::institutions::is_connector(w) && w.chars().count() > 1)
        .filter_map(|w| w.chars().next())
        .collect();
    if all_initials != initials && all_initials.chars().count() >= 2 {
        out.push(alnum_fold(&all_initials));
    }
    // `UN General Assembly` → `unga`: a word in capitals gives all its letters.
    let spelt: String = bare
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase) && w.chars().count() > 1)
        .map(|w| {
            if w.chars().all(|c| c.is_uppercase()) {
                w.to_string()
            } else {
                w.chars().take(1).collect()
            }
        })
        .collect();
    if spelt != initials && spelt.chars().count() >= 2 {
        out.push(alnum_fold(&spelt));
    }
    // `UN Committee on Rivers` → `Committee on Rivers`: a shorter name that keeps the
    // institution's last words, as later notes print it.
    let words: Vec<&str> = bare.split_whitespace().collect();
    for i in 1..words.len().saturating_sub(1) {
        let rest = words[i..].join(" ");
        if rest.starts_with(char::is_uppercase) && super::names::parse_institution(&rest).is_some()
        {
            out.push(alnum_fold(&rest));
        }
    }
    // `Committee of Ministers of the Lake Council` → `Committee of Ministers`: the body's own
    // name, before the connector that names the larger body it belongs to.
    for i in 2..words.len() {
        let head = words[..i].join(" ");
        if super::institutions::is_connector(words[i])
            && !super::institutions::is_connector(words[i - 1])
            && super::names::parse_institution(&head).is_some()
        {
            out.push(alnum_fold(&head));
        }
    }
    out.push(format!("#{}", alnum_fold(&initials)));
    out
}

/// `OHCHR` for `Office of the United Nations High Commissioner for Human Rights`: an acronym
/// of three letters or more whose letters are, in order, initials of the name's words (some
/// words may give none), starting with the first.
fn acronym_of(acronym: &str, aliases: &[String]) -> bool {
    let Some(initials) = aliases.iter().find_map(|a| a.strip_prefix('#')) else {
        return false;
    };
    let letters: Vec<char> = acronym.chars().collect();
    if letters.len() < 3 || letters.len() > 8 || letters.first() != initials.chars().next().as_ref()
    {
        return false;
    }
    let mut pending = letters.iter().peekable();
    for c in initials.chars() {
        if pending.peek() == Some(&&c) {
            pending.next();
        }
    }
    pending.peek().is_none()
}

/// `COMIBOL` for `Corporación Minera de Bolivia`: an acronym of four letters or more made of
/// the first letters or syllables of every capitalised word of the name, in order.
fn syllable_acronym(acronym: &str, name: &str) -> bool {
    acronym.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && super::institutions::is_acronym(acronym)
        && name.split_whitespace().count() >= 2
        && super::institutions::spells(acronym, name)
}

/// `https://www.x.org/a/` and `http://x.org/a` are one address.
pub fn normalise_url(url: &str) -> String {
    let lower = url.trim().to_lowercase();
    let no_scheme = lower
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    no_scheme.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::super::reference::parse_reference;
    use super::*;

    fn id(text: &str) -> Identity {
        Identity::of_reference(&parse_reference(text, false).unwrap().reference)
    }

    #[test]
    fn repeated_references_and_short_forms() {
        let full = id("Liselotte Odgaard, “NATO’s China Role: Defending Cyber and Outer Space.” The Washington Quarterly 45, no. 1 (2022): 167–183.");
        assert!(id("Liselotte Odgaard, “NATO’s China Role: Defending Cyber and Outer Space.” The Washington Quarterly 45, no 1 (2022): 167–183.").repeats(&full));
        assert!(id("Odgaard, “NATO’s China Role.”").shortens(&full));
        assert!(!id("Smith, “NATO’s China Role.”").shortens(&full));
        let concept = id("NATO, Strategic Concept, 2022, https://www.nato.int/strategic-concept/");
        assert!(id("NATO, 2022 Strategic Concept.").shortens(&concept));
        assert!(!id("NATO, 2010 Strategic Concept.").shortens(&concept));
    }

    #[test]
    fn an_unsigned_repeat_matches_by_title() {
        let signed = id("AAP, “Albanese says Australia was coerced,” SBS, June 30, 2022, https://www.sbs.com.au/a");
        let unsigned = id(
            "“Albanese says Australia was coerced,” SBS, 30 June 2022, https://www.sbs.com.au/a",
        );
        assert!(unsigned.repeats(&signed));
    }
}
