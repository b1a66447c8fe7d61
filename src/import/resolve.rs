//! One key per work: "Ibid." is the work cited just before; a short form ("Author, Short
//! Title, 48") and a repeated full reference are the work first cited in full; a work already
//! in the dossier keeps its key. Locators stay on the citations.

use std::collections::BTreeSet;

use super::keys::assign_key;
use super::matching::Identity;
use super::reference::Reference;
use super::report::{Entry, Kind};
use super::segment::Piece;
use crate::model::Work;

/// A work the import adds to the bibliography.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedWork {
    pub key: String,
    pub reference: Reference,
    /// The notes citing it, in order, without repeats.
    pub notes: Vec<u32>,
}

/// One cited work in a cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub key: String,
    pub locator: Option<String>,
}

/// A note, resolved: prose and clusters of citations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Prose(String),
    Cluster(Vec<Citation>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedNote {
    pub number: u32,
    pub parts: Vec<Part>,
}

/// The result of resolving all notes.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub notes: Vec<ResolvedNote>,
    pub works: Vec<ImportedWork>,
    /// Citations of works already in the dossier.
    pub reused: usize,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    New(usize),
    Existing(usize),
}

/// A part of a note before keys are given: prose, or a work with its locator (and the text).
type Pending = (Option<(Target, Option<String>)>, String);

struct State<'a> {
    existing: &'a [Work],
    existing_ids: Vec<Identity>,
    works: Vec<(Reference, Identity, Vec<u32>)>,
    entries: Vec<Entry>,
    reused: usize,
    /// The work cited last, and the number of works the note before cited.
    last: Option<Target>,
}

/// Resolves the notes' references against each other and against `existing` works.
pub fn resolve(notes: Vec<(u32, Vec<Piece>)>, existing: &[Work]) -> Resolved {
    let mut state = State {
        existing,
        existing_ids: existing.iter().map(Identity::of_work).collect(),
        works: Vec::new(),
        entries: Vec::new(),
        reused: 0,
        last: None,
    };
    let mut resolved_notes = Vec::new();
    let mut previous_note_works = 0;
    for (number, pieces) in notes {
        let mut parts: Vec<Pending> = Vec::new();
        let mut cited_here = 0;
        for piece in pieces {
            match piece {
                Piece::Prose(text) => parts.push((None, text)),
                Piece::Reference(reference, source) => {
                    let first_in_note = cited_here == 0;
                    match state.target(
                        number,
                        &reference,
                        &source,
                        first_in_note && previous_note_works > 1,
                    ) {
                        Some((target, locator)) => {
                            state.cite(target, number);
                            cited_here += 1;
                            parts.push((Some((target, locator)), source));
                        }
                        None => parts.push((None, source)),
                    }
                }
            }
        }
        previous_note_works = cited_here;
        resolved_notes.push((number, parts));
    }
    finish(state, resolved_notes)
}

impl State<'_> {
    fn target(
        &mut self,
        note: u32,
        r: &Reference,
        source: &str,
        ibid_ambiguous: bool,
    ) -> Option<(Target, Option<String>)> {
        let log = |kind, text: String| Entry { note, kind, text };
        if r.ibid {
            let Some(last) = self.last else {
                self.entries.push(log(
                    Kind::Unparsed,
                    format!("“{source}”: Ibid. with no earlier citation; left as text"),
                ));
                return None;
            };
            if ibid_ambiguous {
                self.entries.push(log(Kind::Unsure, format!("“{source}”: the note before cites several works; Ibid. read as the last, {}", self.describe(last))));
            }
            self.entries.push(log(
                Kind::Merge,
                format!("“{source}” → {}", self.describe(last)),
            ));
            return Some((last, r.locator.clone()));
        }
        // A short form found in prose stands only for a work cited before; else it is prose.
        if r.in_prose {
            let id = Identity::of_reference(r);
            let found = self
                .find(|earlier| id.shortens(earlier))
                .or_else(|| self.volume_for(&id));
            if let Some(t) = found {
                self.entries.push(log(
                    Kind::Merge,
                    format!(
                        "“{}” (in the prose) is the short form of {}: check that the prose cites it",
                        shorten(source),
                        self.describe(t)
                    ),
                ));
                return Some((t, r.locator.clone()));
            }
            return None;
        }
        let mut r = r.clone();
        self.complete_short_container(note, &mut r);
        year_as_page(&mut r, |short| {
            let id = Identity::of_reference(short);
            self.find(|earlier| id.shortens(earlier)).is_some()
        });
        let r = &r;
        for remark in &r.unsure {
            self.entries.push(log(
                Kind::Unsure,
                format!("{remark} (in “{}”)", shorten(source)),
            ));
        }
        let id = Identity::of_reference(r);
        if r.short {
            if let Some(t) = self
                .find(|earlier| id.shortens(earlier))
                .or_else(|| self.volume_for(&id))
            {
                self.entries.push(log(
                    Kind::Merge,
                    format!(
                        "“{}” is the short form of {}",
                        shorten(source),
                        self.describe(t)
                    ),
                ));
                return Some((t, r.locator.clone()));
            }
            if let Some(i) = self
                .works
                .iter()
                .rposition(|(_, wid, _)| id.shortens_family_first(wid))
            {
                family_first(&mut self.works[i].0);
                self.works[i].1 = Identity::of_reference(&self.works[i].0);
                self.entries.push(log(
                    Kind::Unsure,
                    format!(
                        "“{}” names {} by the first word of each name: its names read family first",
                        shorten(source),
                        self.describe(Target::New(i))
                    ),
                ));
                return Some((Target::New(i), r.locator.clone()));
            }
            if let Some((short_title, page)) = trailing_number(r.title.as_deref().unwrap_or("")) {
                let mut shorter = r.clone();
                shorter.title = Some(short_title);
                let id = Identity::of_reference(&shorter);
                if let Some(t) = self.find(|earlier| id.shortens(earlier)) {
                    self.entries.push(log(
                        Kind::Merge,
                        format!(
                            "“{}” is the short form of {}, page {page}",
                            shorten(source),
                            self.describe(t)
                        ),
                    ));
                    return Some((t, Some(page)));
                }
            }
            if !self.plausible_alone(r) {
                self.entries.push(log(Kind::Unparsed, format!("“{}” looks like a short form, but no earlier reference matches it; left as text", shorten(source))));
                return None;
            }
            self.entries.push(log(
                Kind::Unsure,
                format!(
                    "“{}” has no publication data (a short form of a work never given in full?)",
                    shorten(source)
                ),
            ));
        } else if let Some(t) = self.find(|earlier| id.repeats(earlier)) {
            self.entries.push(log(
                Kind::Merge,
                format!("“{}” repeats {}", shorten(source), self.describe(t)),
            ));
            if let Target::New(i) = t {
                let differences = fill_missing(&mut self.works[i].0, r);
                self.works[i].1 = Identity::of_reference(&self.works[i].0);
                for d in differences {
                    self.entries.push(log(Kind::Unsure, d));
                }
            }
            return Some((t, r.locator.clone()));
        }
        self.works.push((r.clone(), id, Vec::new()));
        Some((Target::New(self.works.len() - 1), r.locator.clone()))
    }

    /// The edited volume of an earlier chapter that `id` shortens, added as a work of its own.
    fn volume_for(&mut self, id: &Identity) -> Option<Target> {
        let volume = self.works.iter().rev().find_map(|(r, _, _)| {
            let v = super::volumes::volume_of(r)?;
            id.shortens(&Identity::of_reference(&v)).then_some(v)
        })?;
        let vid = Identity::of_reference(&volume);
        self.works.push((volume, vid, Vec::new()));
        Some(Target::New(self.works.len() - 1))
    }

    /// A chapter "in A, B, and C, Short Title": the volume's full title, editors and publisher,
    /// from the volume or a chapter of it cited before.
    fn complete_short_container(&mut self, note: u32, r: &mut Reference) {
        if !(r.within && r.editors.is_empty()) {
            return;
        }
        let Some((names, title)) = r
            .field("container-title")
            .and_then(super::volumes::short_container)
        else {
            return;
        };
        let id = super::volumes::short_form_identity(&names, &title);
        let volume = self.works.iter().rev().find_map(|(w, wid, _)| {
            if w.csl_type == "book" && !w.editors.is_empty() && id.shortens(wid) {
                return Some(w.clone());
            }
            super::volumes::volume_of(w).filter(|v| id.shortens(&Identity::of_reference(v)))
        });
        if let Some(volume) = volume {
            super::volumes::complete_chapter(r, &volume);
            self.entries.push(Entry {
                note,
                kind: Kind::Unsure,
                text: format!(
                    "the chapter’s volume “{title}” completed from “{}” cited before",
                    volume.title.as_deref().unwrap_or("")
                ),
            });
        }
    }

    /// The most recently added imported work that fits, else an existing work of the dossier.
    fn find(&self, fits: impl Fn(&Identity) -> bool) -> Option<Target> {
        self.works
            .iter()
            .rposition(|(_, id, _)| fits(id))
            .map(Target::New)
            .or_else(|| {
                self.existing_ids
                    .iter()
                    .position(&fits)
                    .map(Target::Existing)
            })
    }

    /// A reference with no data stands as a work of its own only when it names a full name, an
    /// institution, or a family name already seen.
    fn plausible_alone(&self, r: &Reference) -> bool {
        let creators = r.creators();
        let full_name = creators.iter().any(|n| match n {
            crate::model::Name::Person { given, .. } => given.is_some(),
            crate::model::Name::Institution { .. } => true,
        });
        let known = Identity::of_reference(r)
            .families
            .iter()
            .any(|f| self.works.iter().any(|(_, id, _)| id.families.contains(f)));
        !creators.is_empty() && (full_name || known)
    }

    fn cite(&mut self, target: Target, note: u32) {
        match target {
            Target::New(i) => {
                let notes = &mut self.works[i].2;
                if notes.last() != Some(&note) {
                    notes.push(note);
                }
            }
            Target::Existing(_) => self.reused += 1,
        }
        self.last = Some(target);
    }

    fn describe(&self, t: Target) -> String {
        match t {
            Target::New(i) => {
                let (r, _, notes) = &self.works[i];
                let title = r.title.as_deref().unwrap_or("untitled");
                match notes.first() {
                    Some(n) => format!("“{}” (note {n})", shorten(title)),
                    None => format!("“{}”", shorten(title)),
                }
            }
            Target::Existing(i) => format!("`{}` (already in the dossier)", self.existing[i].key),
        }
    }
}

/// "Trần Thị Mai" read as given names "Trần Thị", family "Mai", turned family first.
fn family_first(r: &mut Reference) {
    for name in r.authors.iter_mut().chain(r.editors.iter_mut()) {
        if let crate::model::Name::Person { family, given, .. } = name {
            if let Some(g) = given.take() {
                let mut words: Vec<&str> = g.split_whitespace().collect();
                if words.is_empty() {
                    continue;
                }
                let first = words.remove(0).to_string();
                words.push(family.as_str());
                *given = Some(words.join(" "));
                *family = first;
            }
        }
    }
}

/// `Baird, McIntosh, and Özler, “Cash or Condition?,” 1735`: a number that reads as a year
/// after a title with nothing else is the page of a short form, when a work cited before
/// matches that short form.
fn year_as_page(r: &mut Reference, matches: impl Fn(&Reference) -> bool) {
    let only_a_year = !r.short
        && r.fields.is_empty()
        && r.locator.is_none()
        && r.issued.is_some_and(|d| d.month.is_none());
    if !only_a_year {
        return;
    }
    let mut short = r.clone();
    short.short = true;
    short.locator = short.issued.take().map(|d| d.year.to_string());
    short.unsure.clear();
    if matches(&short) {
        *r = short;
    }
}

/// "Strategic partnerships in Asia 48" → ("Strategic partnerships in Asia", "48").
fn trailing_number(title: &str) -> Option<(String, String)> {
    let (head, last) = title.rsplit_once(' ')?;
    let ok = !last.is_empty()
        && last
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-'));
    ok.then(|| {
        (
            head.trim_end_matches([',', '.']).to_string(),
            last.to_string(),
        )
    })
}

/// Copies into `first` what only the repeat gives; lists the fields in which they differ.
fn fill_missing(first: &mut Reference, repeat: &Reference) -> Vec<String> {
    let mut differences = Vec::new();
    if first.authors.is_empty() && !repeat.authors.is_empty() {
        first.authors = repeat.authors.clone();
    }
    if first.issued.is_none()
        || first
            .issued
            .is_some_and(|d| d.day.is_none() && repeat.issued.is_some_and(|r| r.year == d.year))
    {
        first.issued = repeat.issued.or(first.issued);
    }
    for (field, value) in &repeat.fields {
        match first.fields.get(field) {
            None => {
                first.fields.insert(field.clone(), value.clone());
            }
            Some(v) if super::scan::alnum_fold(v) != super::scan::alnum_fold(value) => {
                differences.push(format!(
                    "the repeat gives {field} “{value}”, the first “{v}” (kept the first)"
                ));
            }
            Some(_) => {}
        }
    }
    differences
}

fn shorten(text: &str) -> String {
    let t: String = text.chars().take(90).collect();
    if t.len() < text.len() {
        format!("{}…", t.trim_end())
    } else {
        t
    }
}

fn finish(state: State<'_>, notes: Vec<(u32, Vec<Pending>)>) -> Resolved {
    let mut taken: BTreeSet<String> = state.existing.iter().map(|w| w.key.clone()).collect();
    let mut works: Vec<ImportedWork> = Vec::new();
    let mut order: Vec<usize> = (0..state.works.len()).collect();
    order.sort_by_key(|&i| state.works[i].2.first().copied().unwrap_or(u32::MAX));
    let mut key_of = vec![String::new(); state.works.len()];
    for i in order {
        let (reference, _, cited_in) = &state.works[i];
        let key = assign_key(reference, &mut taken);
        key_of[i] = key.clone();
        works.push(ImportedWork {
            key,
            reference: reference.clone(),
            notes: cited_in.clone(),
        });
    }
    let key = |t: Target| match t {
        Target::New(i) => key_of[i].clone(),
        Target::Existing(i) => state.existing[i].key.clone(),
    };
    let mut resolved = Vec::new();
    for (number, parts) in notes {
        let mut out: Vec<Part> = Vec::new();
        for (target, text) in parts {
            match target {
                None => match out.last_mut() {
                    Some(Part::Prose(p)) => p.push_str(&text),
                    _ => out.push(Part::Prose(text)),
                },
                Some((t, locator)) => {
                    let citation = Citation {
                        key: key(t),
                        locator,
                    };
                    // References separated only by a semicolon form one cluster.
                    let joins = matches!(out.as_slice(), [.., Part::Cluster(_), Part::Prose(p)] if p.trim() == ";");
                    if joins {
                        out.pop();
                    }
                    match out.last_mut() {
                        Some(Part::Cluster(c)) if joins => c.push(citation),
                        _ => out.push(Part::Cluster(vec![citation])),
                    }
                }
            }
        }
        resolved.push(ResolvedNote { number, parts: out });
    }
    Resolved {
        notes: resolved,
        works,
        reused: state.reused,
        entries: state.entries,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::segment::split_note;
    use super::*;

    /// Resolves notes given as text, numbered from 1.
    pub(in crate::import) fn run(notes: &[&str]) -> Resolved {
        let pieces = notes
            .iter()
            .enumerate()
            .map(|(i, n)| (i as u32 + 1, split_note(n, false)))
            .collect();
        resolve(pieces, &[])
    }

    #[test]
    fn ibid_with_nothing_before_is_left_as_text() {
        let r = run(&["Ibid., 4."]);
        assert!(r.works.is_empty());
        assert_eq!(r.notes[0].parts, vec![Part::Prose("Ibid., 4.".into())]);
        assert_eq!(r.entries[0].kind, Kind::Unparsed);
    }

    #[test]
    fn keys_follow_the_order_of_first_citation() {
        let r = run(&[
            "Rachel Carson, Silent Spring (Boston: Houghton Mifflin, 1962).",
            "Paul Sutter, “The Dust Bowl,” Environmental History 20, no. 1 (2015): 1–22; Carson, Silent Spring, 5.",
        ]);
        let keys: Vec<&str> = r.works.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, vec!["carson1962silent", "sutter2015dust"]);
        assert_eq!(
            r.notes[1].parts,
            vec![
                Part::Cluster(vec![
                    Citation {
                        key: "sutter2015dust".into(),
                        locator: None
                    },
                    Citation {
                        key: "carson1962silent".into(),
                        locator: Some("5".into())
                    },
                ]),
                // The closing full stop stays prose; the Markdown note leaves it to the style.
                Part::Prose(".".into()),
            ]
        );
    }

    /// Odd input (unbalanced quotes and brackets, stray digits, other scripts) never panics.
    #[test]
    fn no_input_panics() {
        const PARTS: [&str; 24] = [
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "(",
            ")",
            ";",
            ", ",
            ". ",
            "Ibid.",
            "eds.",
            "in ",
            "no. ",
            "2019",
            "33–35",
            "Smith",
            "Jane Doe",
            "NATO",
            "Ærø Ñandú",
            "*",
            "_",
            "https://x.org/a",
            "日本",
        ];
        let mut seed: u64 = 42;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..3000 {
            let len = next() % 14;
            let note: String = (0..len)
                .map(|_| PARTS[next() % PARTS.len()])
                .collect::<Vec<_>>()
                .join(if next() % 2 == 0 { " " } else { "" });
            for markdown in [false, true] {
                let pieces = split_note(&note, markdown);
                let _ = resolve(vec![(1, pieces.clone()), (2, pieces)], &[]);
            }
            let _ = super::super::notes::split_notes(&format!("1. {note}\n2 {note}"));
        }
    }
}
