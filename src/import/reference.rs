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
    if let Some(parsed) = ibid(text) {
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
    let lower = t.get(..4)?.to_ascii_lowercase();
    if lower != "ibid" || t[4..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let mut reference = Reference {
        ibid: true,
        short: true,
        ..Reference::default()
    };
    // Only a locator follows "Ibid." ("Ibid., 210. On the wider …" goes on in prose).
    let (locator, len) = super::numbers::locator_at(&t[4..]).unzip();
    reference.locator = locator;
    Some(Parsed {
        reference,
        end: lead + 4 + len.unwrap_or(0),
    })
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
    let title = if prefix.is_empty() {
        text[q.text_start..q.text_end].to_string()
    } else {
        format!("{prefix}{}", &text[q.open..q.end])
    };
    let tail = parse_tail(&text[q.end..]);
    let end = q.end + tail.end;
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
    let (names, title_start) = split_names_and_title(scope);
    let rest = &scope[title_start..];
    if !rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '‘') {
        return None;
    }
    let (title_end, tail_start) = unquoted_title_end(rest);
    let title = &rest[..title_end];
    if title.trim().is_empty() || title.split_whitespace().count() > 45 {
        return None;
    }
    let tail = parse_tail(&text[title_start + tail_start..]);
    // Without names, only publication data (not a container alone) makes it a reference.
    if names.names.is_empty() && tail.data == 0 {
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
    if !tail.container_editors.is_empty() && r.editors.is_empty() {
        r.editors = tail.container_editors.clone();
    }
    r.issued = tail.issued;
    r.accessed = tail.accessed;
    r.locator = tail.locator.clone();
    r.unsure.extend(tail.unsure.iter().cloned());
    r.short = tail.data == 0 && tail.container.is_none();
    r.within = tail.within;
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
mod tests {
    use super::*;

    fn read(text: &str) -> Reference {
        parse_reference(text, false).unwrap().reference
    }

    #[test]
    fn a_document_number_with_a_slash_or_colon_does_not_cut_the_reference() {
        let r = read("Agency for Coastal Affairs, Framework for Shared Harbours, doc. 123/45 (Paris: Agency for Coastal Affairs, 2019), 12.");
        assert_eq!(r.title.as_deref(), Some("Framework for Shared Harbours"));
        assert_eq!(r.field("number"), Some("123/45"));
        assert_eq!(r.field("publisher-place"), Some("Paris"));
        assert_eq!(r.locator.as_deref(), Some("12"));
        let r = read("Water Board, Annual Figures, no. 2019:7 (Delft: Water Board, 2019).");
        assert_eq!(r.field("number"), Some("2019:7"));
    }

    #[test]
    fn titles_with_inner_commas_and_question_marks_stay_whole() {
        let r = read("Maria Olsen, Two Rivers, One Plan? The Politics of Basin Sharing (Oslo: Fjord Press, 2016), 33.");
        assert_eq!(r.authors.len(), 1);
        assert_eq!(
            r.title.as_deref(),
            Some("Two Rivers, One Plan? The Politics of Basin Sharing")
        );
        let short = read("Olsen, Two Rivers, One Plan?, 40.");
        assert_eq!(short.title.as_deref(), Some("Two Rivers, One Plan?"));
        assert_eq!(short.locator.as_deref(), Some("40"));
        // A span of years ends a title; it is no pinpoint.
        let war = read("Ito, Europe at War, 1914–1918.");
        assert_eq!(war.title.as_deref(), Some("Europe at War, 1914–1918"));
    }

    #[test]
    fn an_initial_and_a_capitalised_particle_in_short_forms() {
        let r = read("P. Smith, Reluctant Navy, 45.");
        assert_eq!(r.authors.len(), 1);
        assert_eq!(r.title.as_deref(), Some("Reluctant Navy"));
        let r = read("De la Cruz, “Preface,” 7.");
        assert_eq!(
            r.authors,
            vec![Name::Person {
                family: "De la Cruz".into(),
                given: None,
                particle: None,
                suffix: None
            }]
        );
    }

    #[test]
    fn talks_blogs_and_last_modified_pages_keep_their_tails() {
        let r = read("Ana Ruiz, “Ports and Power” (speech, Forum on Maritime Order, Lisbon, June 1, 2019), https://example.org/ruiz.");
        assert_eq!(r.csl_type, "speech");
        assert_eq!(r.field("event-title"), Some("Forum on Maritime Order"));
        assert_eq!(r.field("URL"), Some("https://example.org/ruiz"));
        let r = read("Tom Lee, “Why Ports Matter,” Harbour Notes (blog), May 3, 2018, https://example.org/lee.");
        assert_eq!(r.csl_type, "post-weblog");
        assert_eq!(r.issued.unwrap().to_string(), "2018-05-03");
        let r = read("“Shipping Facts,” Port Authority of Valletta, last modified January 9, 2020, https://example.org/facts.");
        assert_eq!(
            r.field("container-title"),
            Some("Port Authority of Valletta")
        );
        assert_eq!(r.issued.unwrap().to_string(), "2020-01-09");
        let r = read("Ada Obi, “Deltas” (PhD diss., University of Lagos, 2010), 4.");
        assert_eq!(r.csl_type, "thesis");
        assert_eq!(r.field("publisher"), Some("University of Lagos"));
    }

    #[test]
    fn a_series_and_its_number_after_the_title() {
        let r = read("Ocean Institute (OI), Maritime Security in the Gulf, Harbour Paper no. 17 (Paris: OI, 2021), 14–16.");
        assert_eq!(r.title.as_deref(), Some("Maritime Security in the Gulf"));
        assert_eq!(r.field("collection-title"), Some("Harbour Paper"));
        assert_eq!(r.field("collection-number"), Some("17"));
        assert_eq!(r.locator.as_deref(), Some("14–16"));
        let r = read(
            "Ada Lee, Cash and Care, Sea Bank Policy Research Report (Lagos: Sea Bank, 2009), 3.",
        );
        assert_eq!(r.title.as_deref(), Some("Cash and Care"));
    }

    #[test]
    fn document_codes_end_a_plain_title_and_are_its_number() {
        let r = read("Harbour Council, Shared Ports: A Review, HC(2020) 12 final (Valletta, May 3, 2020), 7.");
        assert_eq!(r.title.as_deref(), Some("Shared Ports: A Review"));
        assert_eq!(r.field("number"), Some("HC(2020) 12 final"));
        assert_eq!(r.locator.as_deref(), Some("7"));
        let r = read("Standards Body, Tide Gauges — Requirements, TG/SB 4001:2021 (Geneva: SB, 2021), sec. 2.");
        assert_eq!(r.title.as_deref(), Some("Tide Gauges — Requirements"));
        assert_eq!(r.locator.as_deref(), Some("sec. 2"));
        // A series numbered with a slash; a genre in lower case before the facts.
        let r = read("Ana Lobo, Ports of Call, Sea Institute Occasional Paper 07/2016 (Lisbon: Sea Institute, 2016), 3.");
        assert_eq!(r.title.as_deref(), Some("Ports of Call"));
        let r =
            read("Port Office, Harbours in the New Era, white paper (Lima: Port Office, 2019), 4.");
        assert_eq!(r.title.as_deref(), Some("Harbours in the New Era"));
        assert_eq!(r.field("genre"), Some("White paper"));
    }

    #[test]
    fn parentheses_and_years_inside_the_titles_of_documents() {
        let r = read("Directive (EC) 2004/38 of the Council on Free Movement, OJ L 158, April 30, 2004, 77–123, art. 7.");
        assert_eq!(
            r.title.as_deref(),
            Some("Directive (EC) 2004/38 of the Council on Free Movement")
        );
        assert_eq!(r.locator.as_deref(), Some("art. 7"));
        let r = read("Harbour Assembly, Resolution 118 (2009), HA/RES/118 (May 2, 2009), para. 3.");
        assert_eq!(r.title.as_deref(), Some("Resolution 118 (2009)"));
        assert_eq!(r.locator.as_deref(), Some("para. 3"));
        // A treaty printed in a treaty series: volume, series, page; the article is the locator.
        let r = read("Convention on Harbour Tolls, June 1, 1960, 412 U.N.T.S. 59, art. 12.");
        assert_eq!(r.title.as_deref(), Some("Convention on Harbour Tolls"));
        assert_eq!(r.field("container-title"), Some("U.N.T.S."));
        assert_eq!(r.field("volume"), Some("412"));
        assert_eq!(r.locator.as_deref(), Some("art. 12"));
    }

    #[test]
    fn cases_directives_and_provisions() {
        // A case's name holds "v."; the application's number follows it.
        let r = read("Lobo and Others v. Portugal, App. No. 27765/09, Eur. Ct. H.R. (2012).");
        assert!(r.authors.is_empty());
        assert_eq!(r.title.as_deref(), Some("Lobo and Others v. Portugal"));
        assert_eq!(r.field("issue"), Some("27765/09"));
        // A title with a document's number is no institution; `29.6.2013` is a date.
        let r = read("Directive 2011/95/EU of the Council on Ports, OJ L 337, 20.12.2011, 9–26.");
        assert!(r.authors.is_empty());
        assert_eq!(
            r.title.as_deref(),
            Some("Directive 2011/95/EU of the Council on Ports")
        );
        assert_eq!(r.issued.unwrap().to_string(), "2011-12-20");
        let r = read(
            "Regulation (EU) No 604/2013 of the Council on Ports, OJ L 180, 29.6.2013, art. 3(2).",
        );
        assert_eq!(
            r.title.as_deref(),
            Some("Regulation (EU) No 604/2013 of the Council on Ports")
        );
        assert_eq!(r.locator.as_deref(), Some("art. 3(2)"));
        let r = read("Convention on Harbour Tolls, June 1, 1960, 412 U.N.T.S. 59, art. 1A(2).");
        assert_eq!(r.locator.as_deref(), Some("art. 1A(2)"));
    }

    #[test]
    fn editors_after_a_title_with_inner_commas() {
        let r = read("Wen Lobo, Old Ports, New Trades, ed. Ana Ruiz and Tom Lee, trans. Eva Ito (Lima: Sol, 2011), 71.");
        assert_eq!(r.authors.len(), 1);
        assert_eq!(r.title.as_deref(), Some("Old Ports, New Trades"));
        assert_eq!(r.editors.len(), 2);
        assert_eq!(r.locator.as_deref(), Some("71"));
    }

    #[test]
    fn two_institutions_whose_second_name_holds_and() {
        let r = read("Harbour Commission and Office of the Envoy for Ports and Coasts, Sea Lanes: An Outlook (Lima, 2019), 1.");
        assert_eq!(r.authors.len(), 2, "{:?}", r.authors);
        assert_eq!(r.title.as_deref(), Some("Sea Lanes: An Outlook"));
    }

    #[test]
    fn a_manuscript_leaf() {
        let r = read("Eva Ito, “Field Book,” MS 12, fol. 3v, Port Archive, Lima.");
        assert_eq!(r.locator.as_deref(), Some("fol. 3v"));
    }

    #[test]
    fn ibid_keeps_a_note_on_a_page() {
        assert_eq!(read("Ibid., 7n2.").locator.as_deref(), Some("7n2"));
        assert_eq!(read("Ibid., 12nn3–4.").locator.as_deref(), Some("12nn3–4"));
    }
}
