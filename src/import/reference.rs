//! One reference, as a note prints it, into CSL fields: names, title (quoted, italic or
//! plain), then the publication data ([`super::tail`]); "Ibid." with its locator.

use std::collections::BTreeMap;

use super::byline::split_names_and_title;
use super::dates::find_date;
use super::names::{parse_institution, parse_name_list, NameList};
use super::plain_title::unquoted_title_end;
use super::scan::{next_italic, next_quoted, split_top_level, Quoted};
use super::tail::{parse_tail, Tail};
use crate::model::{Date, Name};

/// A reference read from a note.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reference {
    pub csl_type: String,
    pub authors: Vec<Name>,
    pub editors: Vec<Name>,
    pub et_al: bool,
    pub title: Option<String>,
    /// Other CSL text fields (container-title, volume, page, publisher, URL, …).
    pub fields: BTreeMap<String, String>,
    pub issued: Option<Date>,
    pub accessed: Option<Date>,
    /// Where the citation points in the work (`48`, `chap. 3`).
    pub locator: Option<String>,
    pub ibid: bool,
    /// "Author, op. cit.": the work by those authors cited last, without its title.
    pub op_cit: bool,
    /// `A with B`: the authors from this position on wrote "with" the first (see
    /// [`NameList::with_from`]).
    pub with_from: Option<usize>,
    /// "in …" before the container: a chapter of a book (or a paper in a series).
    pub within: bool,
    /// The title was in quotation marks (or italics).
    pub title_marked: bool,
    /// Neither container, publisher, date nor address: a short form (or an incomplete reference).
    pub short: bool,
    /// A short form found in prose after "see", "in", "compare": a citation only if it matches
    /// a work cited before.
    pub in_prose: bool,
    pub unsure: Vec<String>,
}

impl Reference {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }

    /// The names that identify the work: authors, else editors.
    pub fn creators(&self) -> &[Name] {
        if self.authors.is_empty() {
            &self.editors
        } else {
            &self.authors
        }
    }
}

/// A reference and how many bytes of the text it takes.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub reference: Reference,
    pub end: usize,
}

/// Reads the reference that starts `text`; `None` when `text` does not start with one.
pub fn parse_reference(text: &str, markdown: bool) -> Option<Parsed> {
    if let Some(parsed) = ibid(text).or_else(|| op_cit(text)) {
        return Some(parsed);
    }
    if let Some(parsed) = letter(text).or_else(|| interview(text)) {
        return Some(parsed);
    }
    let quoted = first_title_mark(text, markdown);
    if let Some(q) = quoted {
        if let Some(parsed) = with_marked_title(text, q) {
            return Some(parsed);
        }
        // A quotation right after a word is inside a plain title ("Authorship of “Vestiges”").
        let word_before = text[..q.open].split_whitespace().next_back().unwrap_or("");
        if word_before.starts_with(char::is_lowercase) && word_before.ends_with(char::is_alphabetic)
        {
            let next = next_quoted(text, q.end).map(|n| n.open);
            if let Some(parsed) = without_marks(text, next) {
                return Some(parsed);
            }
        }
    }
    without_marks(text, quoted.map(|q| q.open))
}

/// The first quoted (or, in Markdown, italic) title.
fn first_title_mark(text: &str, markdown: bool) -> Option<Quoted> {
    let quoted = next_quoted(text, 0);
    let italic = if markdown { next_italic(text, 0) } else { None };
    match (quoted, italic) {
        (Some(q), Some(i)) => Some(if i.open < q.open { i } else { q }),
        (q, i) => q.or(i),
    }
}

fn ibid(text: &str) -> Option<Parsed> {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    // "Id.", as legal writers print Ibid., and the Spanish and Latin spellings ("Ibíd.",
    // "Ibidem", "Íd.", "Ídem"): the same work.
    let word = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    let spelling = crate::text::fold(&t[..word]).to_lowercase();
    // "Id." is Ibid. only capitalised and with its full stop ("ID" is an acronym).
    let capital =
        t.starts_with(char::is_uppercase) && t[..word].chars().skip(1).all(char::is_lowercase);
    let known = match spelling.as_str() {
        "ibid" | "ibidem" => true,
        "id" => capital && t[word..].starts_with('.'),
        "idem" => capital,
        _ => false,
    };
    if !known {
        return None;
    }
    let mut reference = Reference {
        ibid: true,
        short: true,
        ..Reference::default()
    };
    // Only a locator follows "Ibid." ("Ibid., 210. On the wider …" goes on in prose); legal
    // notes print "Id. at 12".
    let mut at = word;
    if let Some(rest) = t[at..]
        .strip_prefix(". at ")
        .or(t[at..].strip_prefix(" at "))
    {
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            at = t.len() - rest.len();
        }
    }
    let (locator, len) = super::numbers::locator_at(&t[at..]).unzip();
    reference.locator = locator;
    if len.is_none() {
        at = word;
    }
    Some(Parsed {
        reference,
        end: lead + at + len.unwrap_or(0),
    })
}

/// `García, op. cit., 33`, `García, ob. cit., p. 4`, `García, cit., 12`: names, a word that
/// stands for the title of their work cited before, and a locator.
fn op_cit(text: &str) -> Option<Parsed> {
    const MARKS: [&str; 5] = [
        ", op. cit.",
        ", ob. cit.",
        ", loc. cit.",
        ", art. cit.",
        ", cit.",
    ];
    let lower = text.to_ascii_lowercase();
    let (at, mark) = MARKS
        .iter()
        .find_map(|m| lower.find(m).map(|i| (i, m.len())))?;
    // Only names come before the mark (a list of them only with its "and").
    let head = &text[..at];
    if head.contains(['“', '"', '(', ';']) || head.contains(',') && !head.contains(" and ") {
        return None;
    }
    let names = parse_name_list(head.trim(), true)?;
    if names.names.is_empty() {
        return None;
    }
    let mut reference = Reference {
        op_cit: true,
        short: true,
        authors: names.names,
        et_al: names.et_al,
        ..Reference::default()
    };
    let end = at + mark;
    let (locator, len) = super::numbers::locator_at(&text[end..]).unzip();
    reference.locator = locator;
    Some(Parsed {
        reference,
        end: end + len.unwrap_or(0),
    })
}

/// `Ada Lind to Olof Berg, 3 May 1921, Archive …`: a letter, printed without a title as its
/// writer, "to", its recipient and its date; the writer is its author, the recipient no name
/// of it.
fn letter(text: &str) -> Option<Parsed> {
    let comma = text.find(", ")?;
    let head = &text[..comma];
    if head.contains(['“', '"', '(', ';', ':']) {
        return None;
    }
    let to = head.find(" to ")?;
    let (sender, recipient) = (&head[..to], &head[to + 4..]);
    // `Convention Relating to the Status of …, July 28, 1951`: a document's name, no writer.
    if sender
        .split_whitespace()
        .any(super::institutions::is_document_noun)
    {
        return None;
    }
    let recipient_ok = recipient.starts_with(char::is_uppercase)
        || recipient
            .strip_prefix("the ")
            .is_some_and(|r| r.starts_with(char::is_uppercase));
    if !recipient_ok
        || recipient.contains(|c: char| c.is_ascii_digit())
        || recipient.split_whitespace().count() > 8
    {
        return None;
    }
    super::dates::date_at(&text[comma + 2..])?;
    let names = parse_name_list(sender, false).filter(|l| !l.names.is_empty())?;
    let tail = parse_tail(&text[comma..]);
    let end = comma + tail.end;
    let mut reference = assemble(names, "", tail);
    reference.fields.insert("genre".into(), "Letter".into());
    reference.csl_type = "personal_communication".into();
    reference.short = false;
    reference.unsure.push(format!(
        "a letter without a title: “{}” read as its writer, “{}” as its recipient",
        sender.trim(),
        recipient.trim()
    ));
    Some(Parsed { reference, end })
}

/// `Ada Lind, interview by the author, Uppsala, 4 June 2010`: an interview, printed without a
/// title as the person interviewed, "interview by" and the interviewer, place and date; the
/// person interviewed is its author, the interviewer no name of it. `Lind, interview` is its
/// short form.
fn interview(text: &str) -> Option<Parsed> {
    let comma = text.find(", ")?;
    let head = &text[..comma];
    if head.contains(['“', '"', '(', ';', ':']) {
        return None;
    }
    let word = "interview";
    let rest = text[comma + 2..].strip_prefix(word)?;
    let at = comma + 2 + word.len();
    let by = ["ed by ", " by ", " with "]
        .iter()
        .find_map(|l| rest.strip_prefix(l).map(|r| (l.len(), r)));
    let (mut reference, end) = match by {
        Some((lead, by)) => {
            let names = parse_name_list(head, false).filter(|l| !l.names.is_empty())?;
            let mut reference = assemble(names, "", Tail::default());
            reference.short = false;
            // The interviewer, then the place, up to the date (at most four pieces on).
            let mut read = by.find(", ").unwrap_or(by.len());
            for _ in 0..4 {
                let Some(piece) = by.get(read..).and_then(|p| p.strip_prefix(", ")) else {
                    break;
                };
                if let Some((date, len)) = super::dates::date_at(piece) {
                    reference.issued = Some(date);
                    read += 2 + len;
                    break;
                }
                let next = piece.find(", ").unwrap_or(piece.len());
                if piece[..next].contains(|c: char| c.is_ascii_digit() || "();“”\"".contains(c))
                {
                    break;
                }
                read += 2 + next;
            }
            if reference.issued.is_none() {
                read = by.find([',', ';', '.']).unwrap_or(by.len());
            }
            (reference, at + lead + read)
        }
        None => {
            // The short form: the names and the word alone, perhaps a locator.
            if rest.starts_with(char::is_alphanumeric) {
                return None;
            }
            let names = parse_name_list(head, true).filter(|l| !l.names.is_empty())?;
            let mut reference = assemble(names, "", Tail::default());
            reference.short = true;
            let (locator, len) = super::numbers::locator_at(rest).unzip();
            reference.locator = locator;
            (reference, at + len.unwrap_or(0))
        }
    };
    reference.fields.insert("genre".into(), "Interview".into());
    reference.csl_type = "interview".into();
    Some(Parsed { reference, end })
}

/// `Names, “Title,” …`, `“Title,” …`, `Names, Prefix “Quoted” …`.
fn with_marked_title(text: &str, q: Quoted) -> Option<Parsed> {
    let pre = &text[..q.open];
    let mut prefix = "";
    let names = if pre.trim().is_empty() {
        NameList::default()
    } else if let Some(list) = names_before_title(pre) {
        list
    } else {
        // `NATO, Strategic Concept “Active Engagement”`: part of the title before the quotation.
        let parts = split_top_level(pre, ',');
        let &(last_start, _) = parts.last()?;
        if parts.len() < 2 || pre[last_start..].trim().is_empty() {
            return None;
        }
        prefix = pre[last_start..].trim_start();
        names_before_title(&pre[..last_start.saturating_sub(1)])?
    };
    let mut title = if prefix.is_empty() {
        text[q.text_start..q.text_end].to_string()
    } else {
        format!("{prefix}{}", &text[q.open..q.end])
    };
    // `“Pushed Back, Pushed Around”: Italy’s Forced Return …`: a colon after the closing mark
    // (Chicago puts a container after a comma inside it) goes on with the title's subtitle.
    let mut tail_at = q.end;
    if let Some(sub) = text[q.end..]
        .strip_prefix(": ")
        .filter(|s| s.starts_with(char::is_uppercase))
    {
        let (sub_end, sub_tail) = unquoted_title_end(sub);
        title = format!("“{}”: {}", &text[q.text_start..q.text_end], &sub[..sub_end]);
        tail_at = q.end + 2 + sub_tail;
    }
    // `Guidelines No. 4: “Inner Routes” within the Context of …`: a quotation inside a plain
    // title, followed by more of it in lower case (not by "in", "ed." or data).
    let inner = &text[q.text_start..q.text_end];
    // (`Name, “Kotoba” no rekishi: …`: also a quoted word or two opening a title.)
    let opening_word =
        prefix.is_empty() && !names.names.is_empty() && inner.split_whitespace().count() <= 2;
    let goes_on = text[q.end..].strip_prefix(' ').filter(|rest| {
        let word = rest.split_whitespace().next().unwrap_or("");
        (!prefix.is_empty() || opening_word)
            && !inner.ends_with([',', '.', '?', '!'])
            && word.chars().all(char::is_lowercase)
            && !word.is_empty()
            && ![
                "in", "en", "em", "and", "edited", "accessed", "last", "trans", "ed",
            ]
            .contains(&word)
    });
    if let Some(rest) = goes_on {
        let (more_end, more_tail) = unquoted_title_end(rest);
        if prefix.is_empty() {
            title = text[q.open..q.end].to_string();
        }
        title = format!("{title} {}", &rest[..more_end]);
        tail_at = q.end + 1 + more_tail;
    }
    let tail = parse_tail(&text[tail_at..]);
    let end = tail_at + tail.end;
    let mut reference = assemble(names, &title, tail);
    reference.title_marked = true;
    Some(Parsed { reference, end })
}

/// The names before a title, with their separator (`,` `.` `:`) and an optional "eds.".
fn names_before_title(pre: &str) -> Option<NameList> {
    let t = pre.trim_end().trim_end_matches([',', ':']).trim_end();
    parse_name_list(t, true).filter(|l| !l.names.is_empty())
}

/// `Names, Title (Place: Publisher, Year)`, `Title, Date, URL`, `Family, Short Title`.
fn without_marks(text: &str, stop: Option<usize>) -> Option<Parsed> {
    let scope = &text[..stop.unwrap_or(text.len())];
    if let Some(case) = super::cases::case_name(scope) {
        return Some(case_reference(text, case));
    }
    // `Harbour Reports 12, 40, para. 3`: a law report's volume and page alone cite the decision
    // printed there.
    if let Some((volume, series, page, len)) = super::codes::reporter_series_first(scope) {
        let tail = parse_tail(&text[len..]);
        let end = len + tail.end;
        let mut reference = assemble(NameList::default(), "", tail);
        reference.fields.insert("container-title".into(), series);
        reference.fields.insert("volume".into(), volume);
        reference.fields.insert("page".into(), page);
        reference.csl_type = "legal_case".into();
        reference.short = true;
        return Some(Parsed { reference, end });
    }
    let (mut names, mut title_start) = split_names_and_title(scope);
    // Prose before a case's parties ("On the … test, see K.L. v. Ruritania"): the case is
    // found at its first party, not here.
    if names.names.is_empty() && super::cases::versus_in(scope) {
        return None;
    }
    // `Harbour Covenant, art. 13`: a reference has a title; when the "names" would leave only
    // a locator, or a date with its month (`Lake Pact, May 2, 1981, …`: a treaty's date of
    // signature), they were the title.
    // (`Liber Navalis, 2:41`: a volume and its page alone are no title either.)
    let volume_page = |t: &str| {
        let t = t.trim_end().trim_end_matches('.');
        t.split_once(':').is_some_and(|(v, p)| {
            !v.is_empty()
                && v.chars().all(|c| c.is_ascii_digit())
                && super::numbers::number_at(p).is_some_and(|(_, len)| len == p.len())
        })
    };
    if title_start > 0
        && (super::numbers::is_labelled(&scope[title_start..])
            || volume_page(&scope[title_start..])
            // `Charter of the Harbour Corporation, Cm 8812 (…)`: a document's number alone is
            // no title either.
            // (An archive's short name before a shelfmark, `HA, MS 12/4, fol. 3`, signs it.)
            || (matches!(
                super::book_details::detail_at(&scope[title_start..]),
                Some((super::book_details::Detail::Number(_), _))
            ) && !matches!(names.names.as_slice(), [Name::Institution { literal }] if super::institutions::is_acronym(literal)))
            || super::dates::date_at(&scope[title_start..]).is_some_and(|(d, _)| d.month.is_some())
            // `Harbour Report, 12`: a short title and its page; a short form prints a title,
            // so the words before a bare page are that title, not names.
            || bare_page(&scope[title_start..])
            // `Second Harbour Case, BGHZ 41, 7`: nor a law report.
            || super::codes::reporter_series_first(&scope[title_start..]).is_some()
            // `Report of the Harbour Committee, 1949, Cmd. 8000`: nor is a year alone.
            || {
                let rest = &scope[title_start..];
                let (end, _) = unquoted_title_end(rest);
                let t = rest[..end].trim();
                !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || "–-".contains(c))
            })
    {
        (names, title_start) = (NameList::default(), 0);
    }
    let rest = &scope[title_start..];
    // A title does not open with a book's details (`2nd ed.`, `trans. …`).
    if !rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '‘')
        || super::book_details::detail_at(rest).is_some()
    {
        return None;
    }
    let (title_end, tail_start) = unquoted_title_end(rest);
    let title = &rest[..title_end];
    if title.trim().is_empty() || title.split_whitespace().count() > 45 {
        return None;
    }
    let tail = parse_tail(&text[title_start + tail_start..]);
    // Without names, only publication data (not a container alone) makes it a reference, or
    // a labelled locator (`Harbour Covenant, art. 13`: the short title of a document).
    // (`Liber Navalis, 2:41`: a volume and page point into a work of several volumes too.)
    let labelled_locator = tail
        .locator
        .as_deref()
        .is_some_and(|l| l.contains(|c: char| c.is_alphabetic() || c == ':'));
    // `…; Harbour Pact.`: a short title alone, in headline case, making up the rest of the
    // text, may cite a work cited before by it (the resolver keeps it only then).
    let alone = tail.end == 0
        && rest[title_end..].trim().trim_end_matches('.').is_empty()
        && (1..=8).contains(&title.split_whitespace().count())
        && title.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || super::names::is_minor_word(w)
        });
    if names.names.is_empty() && tail.data == 0 && !labelled_locator && !alone {
        return None;
    }
    let end = if tail.end == 0 {
        title_start + title_end
    } else {
        title_start + tail_start + tail.end
    };
    let mut reference = assemble(names, title, tail);
    // A date printed inside the title ("… in London 3–4 December 2019").
    if reference.issued.is_none() {
        if let Some((date, _, _)) = find_date(title) {
            reference.issued = Some(date);
        }
    }
    split_publisher_from_title(&mut reference);
    author_as_publisher(&mut reference);
    Some(Parsed { reference, end })
}

/// A page alone (not a year), closing the reference: the end, a list's semicolon, a sentence's
/// full stop.
fn bare_page(text: &str) -> bool {
    super::numbers::number_at(text).is_some_and(|(value, len)| {
        let after = &text[len..];
        !value.contains(':')
            && super::dates::year_of(&value).is_none()
            && (after.trim().trim_end_matches('.').is_empty()
                || after.starts_with(". ")
                || after.starts_with(';'))
    })
}

/// A court case: its parties as the title, a bench's marker or neutral citation after them,
/// then the usual data (application numbers, ECLI, date, pinpoint).
fn case_reference(text: &str, case: super::cases::CaseName) -> Parsed {
    let mut at = case.end;
    let mut neutral = None;
    if let Some((len, citation)) = super::cases::marker_after(&text[at..]) {
        at += len;
        neutral = citation;
    }
    let tail = parse_tail(&text[at..]);
    let end = at + tail.end;
    let names = NameList {
        names: case.author.into_iter().collect(),
        ..NameList::default()
    };
    let mut reference = assemble(names, &text[case.start..case.end], tail);
    if let Some(n) = neutral {
        // A neutral citation says where the judgment is published: the case is cited in full.
        reference.fields.entry("number".into()).or_insert(n);
        reference.short = false;
    }
    reference.csl_type = "legal_case".into();
    Parsed { reference, end }
}

/// `Muséum national d’Histoire naturelle, Catalogue … (Paris: Muséum national d’Histoire
/// naturelle, 1914)`: an unsigned title that opens with its publisher's name is that
/// institution's work, whatever words the name has.
fn author_as_publisher(r: &mut Reference) {
    let (Some(title), Some(publisher)) = (r.title.clone(), r.field("publisher")) else {
        return;
    };
    if !r.creators().is_empty() {
        return;
    }
    if let Some(rest) = title.strip_prefix(&format!("{publisher}, ")) {
        r.authors = vec![Name::Institution {
            literal: publisher.to_string(),
        }];
        r.title = Some(rest.to_string());
        super::classify::classify(r);
    }
}

/// "Report of the Expert Group, United States Institute of Peace": the institution after the
/// last comma of a plain title is its publisher.
fn split_publisher_from_title(r: &mut Reference) {
    let Some(title) = r.title.clone() else { return };
    if r.fields.contains_key("publisher") {
        return;
    }
    if let Some(k) = title.rfind(", ") {
        if let Some(Name::Institution { literal }) = parse_institution(&title[k + 2..]) {
            r.fields.insert("publisher".into(), literal);
            r.title = Some(title[..k].to_string());
            super::classify::classify(r);
        }
    }
}

/// `Port Watch, Title (London: Port Watch, 2020)`: a name that is also the work's publisher is
/// an institution's, whatever its words (a person does not publish under their own name).
fn signed_by_its_publisher(r: &mut Reference) {
    let Some(publisher) = r.field("publisher").map(super::scan::alnum_fold) else {
        return;
    };
    if let [Name::Person {
        family,
        given: Some(given),
        ..
    }] = r.authors.as_slice()
    {
        let printed = format!("{given} {family}");
        if super::scan::alnum_fold(&printed) == publisher {
            r.authors = vec![Name::Institution { literal: printed }];
        }
    }
}

/// `Ruritania, Parliamentary Debates, vol. 3 (May 2, 1950), 41`: a reference in full prints a
/// person with a given name or initials; a single capitalised word alone in the author's place
/// of a full reference is a body (a state, a city), not a family name.
fn lone_word_as_body(r: &mut Reference) {
    if r.short || r.title.is_none() {
        return;
    }
    if let [Name::Person {
        family,
        given: None,
        particle: None,
        ..
    }] = r.authors.as_slice()
    {
        let one_word = !family.contains(char::is_whitespace)
            && family.chars().all(|c| c.is_alphabetic() || c == '-')
            && family.starts_with(char::is_uppercase);
        if one_word && !r.et_al {
            r.authors = vec![Name::Institution {
                literal: family.clone(),
            }];
        }
    }
}

/// Builds the reference from its names, title and publication data.
fn assemble(names: NameList, title: &str, tail: Tail) -> Reference {
    let mut r = Reference {
        et_al: names.et_al,
        unsure: names.unsure,
        ..Reference::default()
    };
    if names.editors {
        r.editors = names.names;
    } else {
        r.authors = names.names;
        r.with_from = names.with_from;
    }
    if r.et_al {
        r.unsure
            .push("“et al.”: only the named authors are kept".into());
    }
    r.title = Some(clean_title(title)).filter(|t| !t.is_empty());
    let mut put = |field: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            r.fields.insert(field.to_string(), v.trim().to_string());
        }
    };
    put("container-title", tail.container.clone());
    put("volume", tail.volume.clone());
    put("issue", tail.issue.clone());
    put("page", tail.pages.clone());
    put("publisher", tail.publisher.clone());
    put("publisher-place", tail.place.clone());
    put("URL", tail.url.clone());
    put("DOI", tail.doi.clone());
    put("genre", tail.genre.clone());
    put("event-title", tail.event.clone());
    put("event-place", tail.event_place.clone());
    put("edition", tail.edition.clone());
    put("number-of-volumes", tail.volumes.clone());
    put("number", tail.number.clone());
    put("title-short", tail.short_title.clone());
    put("archive", tail.archive.clone());
    put("collection-title", tail.series.clone());
    if !tail.container_editors.is_empty() && r.editors.is_empty() {
        r.editors = tail.container_editors.clone();
    }
    signed_by_its_publisher(&mut r);
    super::iberian::join_family_names(&mut r);
    r.issued = tail.issued;
    r.accessed = tail.accessed;
    r.locator = tail.locator.clone();
    r.unsure.extend(tail.unsure.iter().cloned());
    r.short = tail.data == 0 && tail.container.is_none();
    r.within = tail.within;
    lone_word_as_body(&mut r);
    super::classify::classify(&mut r);
    r
}

/// Trailing punctuation out, `?`/`!` kept, nested double quotes made single.
pub fn clean_title(title: &str) -> String {
    let mut t = title.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = t.len();
        t = t.trim_end_matches([',', '.', ';', ':', ' ']).to_string();
        for closing in ['’', '”'] {
            for punct in [",", "."] {
                let pattern = format!("{punct}{closing}");
                if t.ends_with(&pattern) {
                    t.truncate(t.len() - pattern.len());
                    t.push(closing);
                }
            }
        }
        if t.len() == before {
            break;
        }
    }
    if t.ends_with("?.") || t.ends_with("!.") {
        t.pop();
    }
    if t.starts_with('“') && t.contains('”') {
        t = t.replacen('“', "‘", 1).replacen('”', "’", 1);
    }
    t
}

#[cfg(test)]
#[path = "reference_tests.rs"]
mod tests;
