//! What follows a title: container, volume, issue ("no. 2"), pages, "(Place: Publisher, Year)",
//! dates, URL, DOI, genre ("press release"), "in Container", "edited by …", and a pinpoint
//! page after the reference.

use super::dates::{date_at, parse_whole, year_of};
use super::names::parse_name_list;
use super::numbers::{labelled, number_at, skip_separators, starts_with_ci};
use super::scan::{closing_paren, url_len};
use crate::model::{Date, Name};
use crate::text::capitalise;

/// The publication data of a reference.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tail {
    pub container: Option<String>,
    /// "in …" / "In …": the container is a book (or a series).
    pub within: bool,
    pub container_editors: Vec<Name>,
    pub volume: Option<String>,
    pub issue: Option<String>,
    pub pages: Option<String>,
    pub publisher: Option<String>,
    pub place: Option<String>,
    pub issued: Option<Date>,
    pub accessed: Option<Date>,
    pub url: Option<String>,
    pub doi: Option<String>,
    pub genre: Option<String>,
    /// The occasion of a talk and where it was given.
    pub event: Option<String>,
    pub event_place: Option<String>,
    pub edition: Option<String>,
    pub volumes: Option<String>,
    /// A report's or a resolution's number printed bare (`A/RES/70/1`).
    pub number: Option<String>,
    /// The archive that keeps a document, with its place, series and where in it (`Archivo
    /// Nacional, Santiago, Fondo Trabajo, vol. 1245`: the dossier's works have no
    /// `archive_location`).
    pub archive: Option<String>,
    /// The series a book or an edition appears in, with its number (`Monumenta Historica,
    /// Scriptores 18`; `Studies in Lake History, 2nd ser., 4`), printed after its editors.
    pub series: Option<String>,
    /// A short title the note defines for later citations (`(hereafter X)`, `(“X”)`).
    pub short_title: Option<String>,
    /// A page or other locator after the reference: it belongs to the citation.
    pub locator: Option<String>,
    pub unsure: Vec<String>,
    /// How many data items (everything but the container) were read.
    pub data: usize,
    /// Bytes of the text read; what follows is prose.
    pub end: usize,
}

#[rustfmt::skip]
const GENRES: [&str; 14] = [
    "press release", "media release", "event recording", "speech", "transcript", "podcast",
    "video", "factsheet", "editorial", "op-ed", "letter to the editor", "obituary", "interview",
    "leading article",
];

/// Reads publication data from the start of `text` until something that is not.
pub fn parse_tail(text: &str) -> Tail {
    let mut t = Tail::default();
    let mut i = 0;
    // Set after a parenthesis or a date: the reference proper is complete.
    let mut complete = false;
    loop {
        let (j, colon) = skip_separators(text, i);
        let rest = &text[j..];
        if rest.is_empty() || rest.starts_with([';', '“', '”', '"']) {
            break;
        }
        let before = t.data;
        // `Harbour Act, c. 4, as amended, s. 2`: a statute's later amendments, no data.
        if let Some(after) = rest.strip_prefix("as amended") {
            if after.is_empty() || after.starts_with([',', '.', ';']) {
                i = j + "as amended".len();
                continue;
            }
        }
        if let Some(len) = url_len(rest) {
            let url = rest[..len]
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string();
            match doi_of(&url) {
                Some(doi) if t.doi.is_none() => t.doi = Some(doi),
                _ if t.url.is_none() => t.url = Some(url),
                _ => {}
            }
            i = j + len;
        } else if let Some(len) = doi_len(rest) {
            t.doi = doi_of(&rest[..len]);
            i = j + len;
        } else if let Some((detail, len)) = super::book_details::detail_at(rest) {
            // `Ito, Law of Port Status, 2nd ed., 50`: a short form may name the edition it
            // cites; an edition alone is no publication data.
            let edition = matches!(detail, super::book_details::Detail::Edition(_));
            detail.apply(&mut t);
            i = j + len;
            if edition {
                t.end = i;
                continue;
            }
        } else if let Some((court, len)) =
            super::codes::abbreviated_source_at(rest).filter(|_| t.container.is_none())
        {
            // `App. No. 27765/09, Eur. Ct. H.R. (2012)`: the court or series, abbreviated,
            // before its year, also after a number.
            t.container = Some(court);
            i = j + len;
        } else if rest.starts_with('(') {
            let Some(close) = closing_paren(text, j) else {
                break;
            };
            let inner = &text[j + 1..close - 1];
            // `El Siglo (Santiago), October 14, 1947, 1`: a newspaper's city after its name.
            if t.container.is_some() && t.data == 0 && t.place.is_none() && is_city(inner) {
                t.place = Some(inner.trim().to_string());
                i = close;
                t.end = i;
                continue;
            }
            if !publication(inner, &mut t) {
                break;
            }
            complete = true;
            i = close;
        } else if let Some((date, len)) = date_at(rest) {
            if t.issued.is_none() {
                t.issued = Some(date);
            }
            complete = true;
            i = j + len;
        } else if let Some((label, value, len)) = labelled(rest) {
            match label {
                // `Short Title, vol. 2.` closing a short form points into the work: a
                // locator, not publication data.
                // (So does `Letters of the House, no. 9.`: the item of an edition.)
                "vol." | "no."
                    if t.data == 0 && t.container.is_none() && ends_reference(&rest[len..]) =>
                {
                    t.locator = Some(format!("{label} {value}"));
                    i = j + len;
                    t.end = i;
                    continue;
                }
                // `Short Title, vol. 2, 45.`: a volume and a page in it, the citation's.
                "vol."
                    if t.data == 0
                        && t.container.is_none()
                        && page_closing(&rest[len..]).is_some() =>
                {
                    let (page, more) = page_closing(&rest[len..]).unwrap_or_default();
                    t.locator = Some(format!("vol. {value}, {page}"));
                    i = j + len + more;
                    t.end = i;
                    continue;
                }
                "no." if !complete => t.issue = Some(value),
                "vol."
                    if !complete && t.container.is_none() && set_volume(&rest[len..]).is_some() =>
                {
                    // `Title, vol. 2 of Whole Work (…)`, `Title, vol. 1, 1850–1900: Its Own
                    // Title (…)`: one volume of a work in several, by its number.
                    let (more, whole, own) = set_volume(&rest[len..]).unwrap_or_default();
                    t.volume = Some(value);
                    if let Some(whole) = whole {
                        t.series = Some(whole);
                    }
                    if let Some(own) = own {
                        t.unsure
                            .push(format!("“{own}”, the volume's own title, is not kept"));
                    }
                    i = j + len + more;
                    t.data = before + 1;
                    t.end = i;
                    continue;
                }
                "vol." if !complete => t.volume = Some(value),
                // `Fondo Trabajo, vol. 1245`: the bound volume of an archive's series.
                "vol." if t.archive.is_some() => {
                    if let Some(a) = t.archive.as_mut() {
                        a.push_str(&format!(", vol. {value}"));
                    }
                }
                "pp." | "p." if !complete && t.pages.is_none() => t.pages = Some(value),
                "accessed" => t.accessed = parse_whole(&value),
                // A page's last change stands for its date when it gives no other.
                "modified" => {
                    if t.issued.is_none() {
                        t.issued = parse_whole(&value);
                    }
                }
                // A locator points into the work: no publication data (`Short Title, art. 13`
                // stays a short form).
                // `Act 2020, c. 12`: a statute's chapter is its number.
                "c." => t.number = Some(format!("c. {value}")),
                // An archive's bundle and file (`leg. 12, exp. 3`) place the document in it.
                "leg." | "exp." | "caja" => {
                    let here = format!("{label} {value}");
                    t.number = Some(match t.number.take() {
                        Some(n) => format!("{n}, {here}"),
                        None => here,
                    });
                }
                "p." | "pp." | "chap." | "sec." | "para." | "n." | "art." | "fol." | "col." => {
                    // `214, n. 4`: a note on the page just cited.
                    let page_before = t.locator.clone().filter(|l| {
                        label == "n." && l.chars().all(|c| c.is_ascii_digit() || "–-".contains(c))
                    });
                    t.locator = Some(match label {
                        "n." if page_before.is_some() => {
                            format!("{}, n. {value}", page_before.unwrap_or_default())
                        }
                        "p." | "pp." => value,
                        _ => format!("{label} {value}"),
                    });
                    i = j + len;
                    t.end = i;
                    // A full stop after the locator ends the reference: prose follows.
                    if text[i..].starts_with(". ") {
                        break;
                    }
                    continue;
                }
                _ => t.locator = Some(format!("{label} {value}")),
            }
            i = j + len;
        } else if let Some((volume, series, page, len)) =
            super::codes::reporter_at(rest).filter(|_| t.container.is_none() && t.volume.is_none())
        {
            // `189 U.N.T.S. 137`: the treaty series or law report the work is printed in.
            t.container = Some(series);
            t.volume = Some(volume);
            t.pages = Some(page).filter(|p| !p.is_empty());
            i = j + len;
        } else if let Some((volume, series, page, len)) = super::codes::reporter_series_first(rest)
            .filter(|_| t.container.is_none() && t.volume.is_none())
        {
            // `BVerfGE 12, 205`: the law report, its volume and the decision's first page.
            t.container = Some(series);
            t.volume = Some(volume);
            t.pages = Some(page);
            i = j + len;
        } else if let Some((value, len)) = number_at(rest) {
            let range = value.contains(['–', '-']) || value.contains(|c: char| c.is_alphabetic());
            let after_data = colon || complete;
            if t.data == 0 && t.container.is_none() && !complete && year_of(&value).is_none() {
                // A page right after a title (a short form, "Ibid., 48"): the citation's. The
                // locator comes last: a full stop after it ends the reference.
                t.locator = Some(value);
                i = j + len;
                t.end = i;
                if text[i..].starts_with('.') {
                    break;
                }
                continue;
            } else if t.container.is_some()
                && t.volume.is_none()
                && !after_data
                && year_of(&value).is_none_or(|_| text[j + len..].trim_start().starts_with('('))
                && !range
            {
                t.volume = Some(value);
            } else if range && t.pages.is_none() {
                t.pages = Some(value);
            } else if !range && year_of(&value).is_some() && t.issued.is_none() && !colon {
                t.issued = parse_whole(&value);
                complete = true;
            } else if range && after_data && t.pages.is_some() && t.locator.is_none() {
                // `12–30, 15–16`, `BVerfGE 12, 205 (1961), 262–63`: after the extent or the
                // first page, a range is the pinpoint.
                t.locator = Some(value);
            } else if !range && after_data && t.locator.is_none() {
                // After a journal or a book's chapter, a lone page may be where it starts.
                if t.container.is_some() {
                    t.unsure.push(format!(
                        "`{value}` read as a pinpoint page, not the extent of the work"
                    ));
                }
                t.locator = Some(value);
            } else {
                break;
            }
            i = j + len;
        } else if let Some(genre) = GENRES.iter().find(|g| genre_at(rest, g)) {
            t.genre = Some(capitalise(genre));
            i = j + genre.len();
            // `press release IP/19/785`, `press release 199/19`: the genre numbers the document.
            let after = &text[i..];
            let number = after.strip_prefix(' ').and_then(|n| {
                super::codes::code_at(n)
                    .or_else(|| super::codes::serial_at(n))
                    .map(|len| (n[..len].to_string(), len + 1))
            });
            if let Some((value, len)) = number {
                t.number.get_or_insert(value);
                i += len;
            }
            // `interview by Ada Lind, Daily Courier, May 2, 2001, 4`: the interviewer (no
            // author of the piece) before the paper that printed it.
            if let Some(by) = text[i..].strip_prefix(" by ") {
                let end = by.find(", ").unwrap_or(by.len());
                let persons = super::names::parse_name_list(&by[..end], false).is_some_and(|l| {
                    !l.names.is_empty() && !l.names.iter().any(crate::model::Name::is_institution)
                });
                if persons && end < by.len() {
                    i += " by ".len() + end;
                    // The paper's name follows, as after a title.
                    t.end = i;
                    continue;
                }
            }
        } else if let Some(len) = numbered_series(rest).filter(|_| t.data > 0 && t.series.is_none())
        {
            // `…, nos. 12/88, Series A no. 276 (…)`: a court's or a body's series of
            // publications and the work's number in it.
            t.series = Some(rest[..len].to_string());
            i = j + len;
        } else if let Some((genre, len)) = super::genre::genre_before_facts(rest)
            .filter(|_| t.data == 0 && t.container.is_none() && t.genre.is_none())
        {
            t.genre = Some(genre);
            i = j + len;
        } else if let Some(len) = described_before_date(rest)
            .filter(|_| t.data == 0 && t.container.is_none() && !complete)
        {
            // `“Title,” memorandum to the minister, June 19, 1989, Archive …`: what the
            // document is, in lower case, before its date.
            t.genre = Some(capitalise(rest[..len].trim()));
            i = j + len;
        } else if let Some(len) = edited_by(rest, &mut t) {
            i = j + len;
        } else if let Some(len) = series_before_facts(rest)
            .filter(|_| !t.container_editors.is_empty() && !complete && t.series.is_none())
        {
            // `…, ed. Name, Series Name 18 (Place: …)`: after the editors, the series.
            t.series = Some(rest[..len].trim().trim_end_matches(',').to_string());
            i = j + len;
        } else if let Some((archive, len, _)) = archive_at(rest).filter(|a| {
            // Without a date before it, an archive shows itself by a shelfmark and a folio.
            (complete || (a.2 && t.data == 0 && t.container.is_none())) && t.archive.is_none()
        }) {
            t.archive = Some(archive);
            i = j + len;
        } else if t.container.is_none() && t.data == 0 && !complete {
            // "en", "em": a chapter in Spanish and Portuguese notes.
            let within = ["in ", "In ", "en ", "En ", "em ", "Em "]
                .iter()
                .any(|p| rest.starts_with(p));
            let mut from = if within { 3 } else { 0 };
            if within {
                from += editors_before_container(&rest[from..], &mut t);
            }
            let Some(len) = container_len(&rest[from..]) else {
                break;
            };
            // `*Journal*` in Markdown: the emphasis marks are not the name.
            let name = rest[from..from + len]
                .trim()
                .trim_end_matches([',', '.', ':'])
                .trim_matches(['*', '_'])
                .trim();
            if name.is_empty()
                || (!within && !name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
            {
                break;
            }
            t.container = Some(name.to_string());
            t.within = within;
            i = j + from + len;
            t.end = i;
            continue;
        } else {
            break;
        }
        t.data = before + 1;
        t.end = i;
    }
    t
}

/// A genre word at the start of `text`, as a whole word; the genres of newspaper pieces
/// (`editorial`, `interview`) only in lower case (`Editorial Sudamericana` is a publisher).
fn genre_at(text: &str, genre: &str) -> bool {
    let whole = !text
        .get(genre.len()..)
        .is_some_and(|t| t.starts_with(char::is_alphabetic));
    let lower_only = GENRES[..8].iter().all(|g| *g != genre);
    let matched = if lower_only {
        text.starts_with(genre)
    } else {
        starts_with_ci(text, genre)
    };
    matched && whole
}

/// `Archivo Nacional, Santiago (hereafter AN), Fondo Trabajo, vol. 12, fol. 24` after a
/// document's date: comma pieces of capitalised words (an archive, its city, a series, a
/// "hereafter" that names the archive) up to the number of a volume, bundle, file or folio,
/// which only an archive prints so. Returns the archive's pieces and their length.
fn archive_at(text: &str) -> Option<(String, usize, bool)> {
    const PLACES: [&str; 6] = ["vol.", "fol.", "leg.", "exp.", "caja", "no."];
    let mut pieces: Vec<String> = Vec::new();
    let mut at = 0;
    // `Datini 1171`, `B 330/10240`, `reg. 1403`: the document's shelfmark, after the archive
    // and its series, right before the folio.
    let mut shelfmark = false;
    while pieces.len() <= 6 {
        let rest = &text[at..];
        let lead = rest.len() - rest.trim_start_matches([',', ' ']).len();
        let body = &rest[lead..];
        if let Some((label, _, _)) = labelled(body) {
            return (PLACES.contains(&label)
                && !pieces.is_empty()
                && (!shelfmark || label == "fol."))
                .then(|| (pieces.join(", "), at, shelfmark && label == "fol."));
        }
        let end = body.find(',')?;
        if shelfmark_like(&body[..end]) && !pieces.is_empty() {
            if !body[end..]
                .trim_start_matches([',', ' '])
                .starts_with("fol")
            {
                return None;
            }
            shelfmark = true;
            pieces.push(body[..end].to_string());
            at += lead + end;
            continue;
        }
        // `Santiago (hereafter AN)`: the name the note gives the archive, kept after it in
        // parentheses for the later notes that cite the archive by it (`AN, Series 12`).
        let mut defined = None;
        let piece = match body[..end].find(" (") {
            Some(k) => match defined_short_title(body[k + 2..end].trim_end_matches(')')) {
                Some(short) => {
                    defined = Some(short);
                    &body[..k]
                }
                None => &body[..end],
            },
            None => &body[..end],
        };
        // An archive's name may run on in lower case after its first word (`Archives
        // nationales`, `Archivio di Stato di Prato`).
        let words_ok = piece
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || "’'-.".contains(c)));
        if piece.is_empty()
            || !piece.starts_with(char::is_uppercase)
            || piece.contains(|c: char| c.is_ascii_digit())
            || !words_ok
        {
            return None;
        }
        pieces.push(match defined {
            Some(short) => format!("{piece} ({short})"),
            None => piece.to_string(),
        });
        at += lead + end;
    }
    None
}

/// `Monumenta Historica, Scriptores 18 (Hanover: …)`, `Studies in Lake History, 2nd ser., 4,
/// pt. 2 (…)`: a series' name (capitalised) and its numbers, up to a parenthesis of
/// publication facts, no sentence between; the length before the parenthesis.
fn series_before_facts(text: &str) -> Option<usize> {
    if !text.starts_with(char::is_uppercase) {
        return None;
    }
    let open = text.find('(')?;
    let close = closing_paren(text, open)?;
    let facts = parse_tail(&text[open..close]);
    if facts.end == 0 || (facts.publisher.is_none() && facts.place.is_none()) {
        return None;
    }
    let between = &text[..open];
    let sentence = between
        .match_indices(". ")
        .any(|(k, _)| between[k + 2..].starts_with(char::is_uppercase));
    let plain = !sentence
        && !between.contains([';', '“', '”', '"', ':'])
        && (1..=16).contains(&between.split_whitespace().count())
        && !between.starts_with("In ");
    plain.then_some(open)
}

/// `Series A no. 276`, `Reports of Judgments no. 12`: up to four capitalised words (or single
/// letters), then a labelled number; its length.
fn numbered_series(text: &str) -> Option<usize> {
    let words = super::scan::words(text);
    for (k, &(a, _)) in words.iter().enumerate().take(5) {
        if let Some(("no.", _, len)) = labelled(&text[a..]) {
            let names_ok = k >= 1
                && words[..k].iter().all(|&(x, y)| {
                    let w = &text[x..y];
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                });
            return names_ok.then_some(a + len);
        }
    }
    None
}

/// After `vol. 2` of a book: ` of The Whole Work` or `, 1850–1900: The Volume's Own Title`,
/// up to the parenthesis of publication facts (no sentence between): (length, the whole work's
/// title, the volume's own).
fn set_volume(text: &str) -> Option<(usize, Option<String>, Option<String>)> {
    let open = text.find(" (")?;
    let close = closing_paren(text, open + 1)?;
    let facts = parse_tail(&text[open + 1..close]);
    if facts.end == 0 || (facts.publisher.is_none() && facts.place.is_none()) {
        return None;
    }
    let between = &text[..open];
    if between.contains(". ") || between.contains([';', '“', '”', '"', '(']) {
        return None;
    }
    if let Some(whole) = between.strip_prefix(" of ") {
        return whole
            .starts_with(char::is_uppercase)
            .then(|| (open, Some(whole.trim().to_string()), None));
    }
    let own = between.strip_prefix(", ")?;
    let words_ok = own.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && own.contains(char::is_alphabetic)
        && !super::numbers::is_labelled(own)
        && own.split_whitespace().count() <= 16;
    words_ok.then(|| (open, None, Some(own.trim().to_string())))
}

/// `memorandum to the minister, June 19, 1989`: a piece in lower case, without digits,
/// followed by a date; its length.
fn described_before_date(text: &str) -> Option<usize> {
    if !text.starts_with(char::is_lowercase) {
        return None;
    }
    let end = text.find(", ")?;
    let piece = &text[..end];
    let plain = !piece.contains(|c: char| c.is_ascii_digit() || "();:“”\"".contains(c))
        && (2..=12).contains(&piece.split_whitespace().count())
        && !piece.starts_with("in ")
        && !piece.starts_with("ed")
        && !piece.starts_with("trans");
    if !plain {
        return None;
    }
    // `memorandum by the treasurer, Board paper B.P.(61)12, May 1961`: the paper's series and
    // number may follow the description, before the date (two pieces at most).
    let mut at = end;
    for _ in 0..3 {
        let next = text.get(at + 2..)?;
        if date_at(next).is_some() {
            return Some(at);
        }
        let piece_end = next.find(", ")?;
        let piece = &next[..piece_end];
        if piece.contains(". ")
            || piece.contains([';', '“', '”', '"'])
            || piece.split_whitespace().count() > 8
        {
            return None;
        }
        at += 2 + piece_end;
    }
    None
}

/// `Datini 1171`, `B 330/10240`, `5AG4/EG 178`, `reg. 1403`: at most three words, one with
/// a digit, the last a number or a code.
fn shelfmark_like(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.last().is_some_and(|w| {
            w.chars().next().is_some_and(|c| c.is_ascii_digit()) || w.contains('/')
        })
        && words
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
        && !piece.contains(['(', ')', ':', '“', '"'])
}

/// `Santiago`, `La Paz`, `Rio de Janeiro`: a place's name alone, a few capitalised words (and
/// their particles), no digits or punctuation of publication facts.
fn is_city(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && (w.starts_with(char::is_uppercase) || super::names::is_any_particle(w))
        })
}

/// `, 45.` closing a reference: the page and its length.
fn page_closing(text: &str) -> Option<(String, usize)> {
    let after = text.strip_prefix(", ")?;
    let (page, len) = number_at(after)?;
    let rest = &after[len..];
    (year_of(&page).is_none() && (ends_reference(rest) || rest.starts_with(". ")))
        .then_some((page, 2 + len))
}

/// Nothing but a closing full stop (or the next item of a list) follows.
fn ends_reference(text: &str) -> bool {
    let rest = text.trim_start_matches(['.', ' ']);
    rest.is_empty() || rest.starts_with(';')
}

/// `(London: Palgrave, 2000)`, `(Routledge, 2007)`, `(2014)`, `(Washington, DC: Brookings)`,
/// `(Brussels: NATO, November 25, 2020)`, `(eds.)`, `(accessed 3 May 2021)`.
fn publication(inner: &str, t: &mut Tail) -> bool {
    let s = inner.trim();
    if let Some(short) = defined_short_title(s) {
        t.short_title = Some(short);
        return true;
    }
    if let Some(f) = super::genre::genre_facts(s) {
        t.genre = Some(f.genre);
        t.event = f.event;
        t.event_place = f.event_place;
        if f.publisher.is_some() {
            t.publisher = f.publisher;
        }
        if let Some(d) = f.issued {
            t.issued.get_or_insert(d);
        }
        return true;
    }
    if let Some(rest) = s
        .strip_prefix("accessed ")
        .or_else(|| s.strip_prefix("Accessed "))
    {
        t.accessed = parse_whole(rest);
        return t.accessed.is_some();
    }
    let (before, date) = split_trailing_date(s);
    let before = before.trim().trim_end_matches(',').trim();
    let (place, publisher) = match before.find(": ") {
        Some(k) => (Some(before[..k].trim()), before[k + 2..].trim()),
        None => (None, before),
    };
    let capitalised = |x: &str| x.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let plausible = !publisher.is_empty()
        && capitalised(publisher)
        && publisher.split_whitespace().count() <= 14;
    if date.is_none() && !(plausible && (place.is_some() || publisher_like(publisher))) {
        return false;
    }
    if !publisher.is_empty() && !plausible {
        return false;
    }
    if let Some(d) = date {
        t.issued.get_or_insert(d);
    }
    if !publisher.is_empty() {
        t.publisher = Some(publisher.to_string());
    }
    if let Some(p) = place.filter(|p| !p.is_empty()) {
        t.place = Some(p.to_string());
    }
    true
}

/// `hereafter Refugee Pact`, `hereinafter “the Pact”`, `“Pact”`, `en adelante Pacto`,
/// `doravante Pacto`: the short title a reference defines for the notes after it.
pub fn defined_short_title(inner: &str) -> Option<String> {
    let s = inner.trim();
    let lower = s.to_lowercase();
    let lead = [
        "hereafter cited as ",
        "hereinafter cited as ",
        "hereinafter referred to as ",
        "hereafter referred to as ",
        "cited hereafter as ",
        "cited as ",
        "hereafter ",
        "hereinafter ",
        "henceforth ",
        "en adelante ",
        "en lo sucesivo ",
        "de aquí en adelante ",
        "doravante ",
        "daqui em diante ",
        "em diante ",
    ]
    .iter()
    .find(|l| lower.starts_with(*l))
    .map(|l| l.len());
    let quoted = |x: &str| {
        x.strip_prefix('“')
            .and_then(|y| y.strip_suffix('”'))
            .or_else(|| x.strip_prefix('"').and_then(|y| y.strip_suffix('"')))
            .map(str::to_string)
    };
    let body = match lead {
        Some(len) => {
            let rest = s[len..].trim();
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            quoted(rest).unwrap_or_else(|| rest.to_string())
        }
        // `(“Pact”)`, `(the “Pact”)`: a quoted name alone.
        None => quoted(s.strip_prefix("the ").unwrap_or(s))?,
    };
    let body = body.trim().trim_end_matches([',', '.']).trim();
    let words = body.split_whitespace().count();
    (body.starts_with(|c: char| c.is_uppercase()) && (1..=8).contains(&words))
        .then(|| body.to_string())
}

fn publisher_like(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "press",
        "publish",
        "books",
        "university",
        "routledge",
        "palgrave",
        "springer",
        "wiley",
        "elsevier",
        "verlag",
        "éditions",
        "report",
        "institute",
        "office",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// `Brussels: NATO, November 25, 2020` → (`Brussels: NATO`, 2020-11-25).
pub fn split_trailing_date(s: &str) -> (&str, Option<Date>) {
    if let Some(d) = parse_whole(s) {
        return ("", Some(d));
    }
    for (k, _) in s.match_indices(", ") {
        if let Some(d) = parse_whole(&s[k + 2..]) {
            return (&s[..k], Some(d));
        }
    }
    (s, None)
}

/// `edited by A and B` / `ed. A` / `eds. A and B` after a container: its editors.
fn edited_by(text: &str, t: &mut Tail) -> Option<usize> {
    // Spanish and Portuguese print who edited, compiled, coordinated or organised a volume.
    let lead = [
        "edited by ",
        "ed. by ",
        "ed. por ",
        "eds. por ",
        "editado por ",
        "comp. por ",
        "compilado por ",
        "coord. por ",
        "coordinado por ",
        "org. por ",
        "organizado por ",
        "dir. por ",
        "eds. ",
        "ed. ",
    ]
    .iter()
    .find(|l| starts_with_ci(text, l))?;
    let after = &text[lead.len()..];
    // "ed. A, B, and C (": the whole list up to the parenthesis; else up to a comma
    // ("ed. A, trans. B").
    let whole = after.find(['(', ';']).unwrap_or(after.len());
    let first = after.find([',', '(', ';']).unwrap_or(after.len());
    let read = |end: usize| parse_name_list(after[..end].trim_end_matches('.').trim(), false);
    // `ed. A, B, and C, Series 12 (`: a list of three or more closes with its "and"; the
    // pieces after it (a series) are not names.
    let closed_list = |end: usize| {
        let last = after[..end].rsplit(", ").next().unwrap_or("");
        last.starts_with("and ") || last.starts_with("& ")
    };
    let longer = after[first..whole]
        .match_indices(", ")
        .map(|(k, _)| first + k)
        .filter(|&k| k > first && closed_list(k))
        .collect::<Vec<_>>();
    let (end, list) = match read(whole) {
        Some(list) if whole > first => (whole, list),
        _ => match longer.iter().rev().find_map(|&k| read(k).map(|l| (k, l))) {
            Some(found) => found,
            None => (first, read(first)?),
        },
    };
    t.container_editors = list.names;
    t.unsure.extend(list.unsure);
    Some(lead.len() + end)
}

/// `Tom Griffiths and Libby Robin (eds.), Ecology and Empire`: the editors before the book's
/// title; the length they take.
fn editors_before_container(text: &str, t: &mut Tail) -> usize {
    let Some(open) = text.find('(') else { return 0 };
    let marker = ["(eds.)", "(ed.)", "(Eds.)", "(Ed.)"]
        .iter()
        .find(|m| text[open..].starts_with(**m));
    let Some(marker) = marker else { return 0 };
    let Some(list) = parse_name_list(text[..open].trim(), false) else {
        return 0;
    };
    t.container_editors = list.names;
    let after = open + marker.len();
    after + (text[after..].len() - text[after..].trim_start_matches([',', ' ']).len())
}

/// How far a container title runs: to a parenthesis, a volume number, a label, a date, a URL,
/// a sentence break, or a comma before any of those. At most 20 words.
fn container_len(text: &str) -> Option<usize> {
    let mut words = 0;
    let mut last_end = 0;
    for (start, end) in super::scan::words(text) {
        let word = &text[start..end];
        let rest = &text[start..];
        // `in Mining Towns of the South, 1900–1980, ed. …`: a span of years after a comma ends
        // the volume's title, as it ends plain titles; a volume is no span of years.
        let years = word.trim_end_matches([',', '.']);
        let year_span = text[..start].trim_end().ends_with(',')
            && years.contains(['–', '-'])
            && years.split(['–', '-']).all(|y| year_of(y).is_some());
        if year_span {
            words += 1;
            last_end = end;
            continue;
        }
        let stops = word.starts_with(['(', '“', '"', ';'])
            || url_len(rest).is_some()
            || date_at(rest).is_some()
            || labelled(rest).is_some()
            || GENRES.iter().any(|g| genre_at(rest, g))
            || ["ed.", "eds.", "edited"].contains(&word)
            || (number_at(rest).is_some() && volume_like(word));
        if stops {
            break;
        }
        words += 1;
        if words > 20 {
            return None;
        }
        last_end = end;
        if word.ends_with(';') || word.ends_with('”') {
            break;
        }
        // A full stop ends the container, unless it ends an initial.
        if word.ends_with('.') && !super::names::is_initial(word) {
            break;
        }
    }
    (last_end > 0).then_some(last_end)
}

fn volume_like(word: &str) -> bool {
    let w = word.trim_end_matches([',', ':', ';', '.']);
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-'))
}

fn doi_len(text: &str) -> Option<usize> {
    let lower = text.get(..4).unwrap_or("").to_ascii_lowercase();
    if !(lower == "doi:" || text.starts_with("10.")) {
        return None;
    }
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    let end = text[..end].trim_end_matches(['.', ',', ';']).len();
    (end > 7).then_some(end)
}

/// The DOI of `doi:10.…`, `10.…` or `https://doi.org/10.…`.
pub fn doi_of(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("10.")?;
    let prefix = &lower[..at];
    let is_doi =
        prefix.is_empty() || prefix == "doi:" || prefix == "doi: " || prefix.ends_with("doi.org/");
    is_doi.then(|| text[at..].to_string())
}

#[cfg(test)]
#[path = "tail_tests.rs"]
mod tests;
