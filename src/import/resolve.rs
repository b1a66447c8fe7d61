//! One key per work: "Ibid." is the work cited just before; a short form ("Author, Short
//! Title, 48") and a repeated full reference are the work first cited in full; a work already
//! in the dossier keeps its key. Locators stay on the citations.

use std::collections::BTreeSet;

use super::keys::assign_key;
use super::matching::Identity;
use super::reference::Reference;
use super::report::{Entry, Kind};
use super::rereading::{
    compound_editors, compound_family, family_first, family_tail, fill_missing, trailing_number,
    year_as_page,
};
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

/// How a short form that matched no work as printed reads an earlier work's names.
enum Reading {
    FamilyFirst(Vec<usize>),
    Compound(Vec<usize>),
    Tail(Vec<(usize, String)>),
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
        if r.op_cit {
            let id = Identity::of_reference(r);
            let (i, which) = self
                .works
                .iter()
                .enumerate()
                .rev()
                .find_map(|(i, (_, wid, _))| Some((i, id.names_of(wid)?)))?;
            if !which.is_empty() {
                compound_family(&mut self.works[i].0, &which);
                self.works[i].1 = Identity::of_reference(&self.works[i].0);
            }
            self.entries.push(log(
                Kind::Merge,
                format!(
                    "“{}” (op. cit.) is the last work of these names, {}",
                    shorten(source),
                    self.describe(Target::New(i))
                ),
            ));
            return Some((Target::New(i), r.locator.clone()));
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
            return self
                .reread_names(&id, note, source)
                .map(|t| (t, r.locator.clone()));
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
            if let Some(t) = self.reread_names(&id, note, source) {
                return Some((t, r.locator.clone()));
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
        let mut r = r.clone();
        let id = match self.acronym_signed(&mut r) {
            Some(remark) => {
                self.entries.push(log(Kind::Unsure, remark));
                Identity::of_reference(&r)
            }
            None => id,
        };
        self.works.push((r.clone(), id, Vec::new()));
        Some((Target::New(self.works.len() - 1), r.locator.clone()))
    }

    /// `HHB, Title (…)` after `Harbour Health Board (hereafter HHB), …`: an acronym signing a
    /// new work stands for the body an earlier work named in full; the name is written out.
    fn acronym_signed(&self, r: &mut Reference) -> Option<String> {
        use super::matching::CreatorKey;
        use crate::model::Name;
        let mut remark = None;
        for name in r.authors.iter_mut() {
            let Name::Institution { literal } = &*name else {
                continue;
            };
            if !super::institutions::is_acronym(literal) {
                continue;
            }
            let key = CreatorKey::of(name);
            let full = self.works.iter().rev().find_map(|(w, _, _)| {
                w.creators().iter().find(|n| match n {
                    Name::Institution { literal: l } => {
                        !super::institutions::is_acronym(l) && key.agrees(&CreatorKey::of(n))
                    }
                    Name::Person { .. } => false,
                })
            });
            if let Some(full) = full.cloned() {
                if let Name::Institution { literal: l } = &full {
                    remark = Some(format!(
                        "“{literal}” read as the acronym of “{l}”, cited before"
                    ));
                }
                *name = full;
            }
        }
        remark
    }

    /// The edited volume of an earlier chapter that `id` shortens, added as a work of its own.
    /// A short form that cites a work cited before by another reading of its names: printed
    /// family first ("Li" for "Li Wei"), or a family name of two words ("Ruiz Soto" for "Ana
    /// Ruiz Soto"). The work's names are read again so.
    fn reread_names(&mut self, id: &Identity, note: u32, source: &str) -> Option<Target> {
        let (i, reading) = self
            .works
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, (_, wid, _))| {
                let reading = id
                    .shortens_family_first(wid)
                    .map(Reading::FamilyFirst)
                    .or_else(|| id.shortens_compound(wid).map(Reading::Compound))
                    .or_else(|| id.shortens_family_tail(wid).map(Reading::Tail))?;
                Some((i, reading))
            })?;
        let reading = match reading {
            Reading::FamilyFirst(which) => {
                family_first(&mut self.works[i].0, &which);
                "by the first word of a name: that name read family first"
            }
            Reading::Compound(which) => {
                compound_family(&mut self.works[i].0, &which);
                "by the last two words of a name: read as a family name of two words"
            }
            Reading::Tail(which) => {
                family_tail(&mut self.works[i].0, &which);
                "by the last words of a family name: the words before them read as given names"
            }
        };
        self.works[i].1 = Identity::of_reference(&self.works[i].0);
        self.entries.push(Entry {
            note,
            kind: Kind::Unsure,
            text: format!(
                "“{}” names {} {reading}",
                shorten(source),
                self.describe(Target::New(i))
            ),
        });
        Some(Target::New(i))
    }

    fn volume_for(&mut self, id: &Identity) -> Option<Target> {
        let (chapter, mut volume, joined) =
            self.works
                .iter()
                .enumerate()
                .rev()
                .find_map(|(i, (r, _, _))| {
                    let v = super::volumes::volume_of(r)?;
                    let vid = Identity::of_reference(&v);
                    if id.shortens(&vid) {
                        return Some((i, v, Vec::new()));
                    }
                    // An editor's family name of two words ("Fernández de la Vega"), printed
                    // whole by the short form: the volume's and the chapter's editors so.
                    id.shortens_compound(&vid).map(|w| (i, v, w))
                })?;
        if !joined.is_empty() {
            compound_family(&mut volume, &joined);
            compound_editors(&mut self.works[chapter].0, &joined);
            self.works[chapter].1 = Identity::of_reference(&self.works[chapter].0);
        }
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
        let readings = r
            .field("container-title")
            .map(super::volumes::short_container)
            .unwrap_or_default();
        let found = readings.iter().find_map(|(names, title)| {
            let id = super::volumes::short_form_identity(names, title);
            self.works.iter().rev().find_map(|(w, wid, _)| {
                if w.csl_type == "book" && !w.editors.is_empty() && id.shortens(wid) {
                    return Some((w.clone(), title.clone()));
                }
                super::volumes::volume_of(w)
                    .filter(|v| id.shortens(&Identity::of_reference(v)))
                    .map(|v| (v, title.clone()))
            })
        });
        if let Some((volume, title)) = found {
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
