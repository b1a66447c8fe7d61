//! Where a title without quotation marks ends: before a parenthesis of publication facts, a
//! full stop (not after an initial or an abbreviation), a date, a year, a URL, a genre, a
//! labelled number, a translator or an edition, a pinpoint that closes the reference.

use super::dates::year_of;
use super::names::is_initial;
use super::scan::url_len;
use super::tail::parse_tail;

/// Where a title without quotation marks ends: before a parenthesis, a full stop (not after an
/// initial), a date or year after a comma, a URL, a genre, "in …". Returns (title end, tail start).
pub fn unquoted_title_end(text: &str) -> (usize, usize) {
    let mut inside_until = 0;
    for (i, c) in text.char_indices() {
        let after = &text[i + c.len_utf8()..];
        if i < inside_until {
            continue;
        }
        match c {
            // `Study 2019 (GBD 2019) Results (Seattle: …)`: a parenthesis without publication
            // facts, followed by more of the title, is part of the title.
            // `Article 1A(2) of …`: a parenthesis joined to its word numbers a provision.
            '(' if text[..i].ends_with(|c: char| c.is_alphanumeric())
                && super::scan::closing_paren(text, i).is_some() =>
            {
                inside_until = super::scan::closing_paren(text, i).unwrap_or(i);
            }
            '(' if title_paren_end(text, i).is_some() => {
                inside_until = title_paren_end(text, i).unwrap_or(i);
            }
            // `Kotoba no rekishi [A history of words] (Tokyo: …)`: a translation in brackets
            // after the title, before the facts, is no part of it.
            '[' if text[..i].ends_with(' ') && bracket_before_facts(text, i).is_some() => {
                return (i, bracket_before_facts(text, i).unwrap_or(i));
            }
            // "Zoonomia; or, The Laws of Organic Life": an old double title goes on.
            ';' if after.starts_with(" or, ") => {}
            '(' | ';' => return (i, i),
            '.' if after.starts_with(' ') => {
                let word = text[..i].split_whitespace().last().unwrap_or("");
                // `Urteil vom 5. Mai 2020`, `Kaufleute im 15. Jahrhundert`: a German ordinal
                // (a number of up to three digits after a lower-case word) goes on the title.
                let before = text[..i].split_whitespace().rev().nth(1).unwrap_or("");
                let ordinal = (1..=3).contains(&word.len())
                    && word.chars().all(|c| c.is_ascii_digit())
                    && before.chars().all(char::is_lowercase)
                    && !before.is_empty()
                    && after[1..].starts_with(char::is_alphabetic);
                let abbreviation = ordinal
                    || is_initial(&format!("{word}."))
                    || [
                        "St", "Dr", "Mr", "Mrs", "vs", "U.S", "D.C", "e.g", "i.e", "Vol", "no",
                        "No", "doc", "Doc", "v",
                    ]
                    .contains(&word);
                if !abbreviation {
                    return (i, i + 1);
                }
            }
            '?' | '!' if after.starts_with(' ') && series_like(after) => return (i + 1, i + 1),
            ',' if after.starts_with(' ') && begins_data(&after[1..]) => return (i, i),
            ',' if numbered_law(&text[..i]) && gazette_then_date(after.get(1..).unwrap_or("")) => {
                return (i, i)
            }
            // `…, Short Title, and, on another point, …`: prose resumes after the title.
            ',' if [" and, ", " or, ", " but ", " which ", " where "]
                .iter()
                .any(|p| after.starts_with(p)) =>
            {
                return (i, i)
            }
            ' ' if url_len(after).is_some() => return (i, i),
            _ => {}
        }
    }
    (text.len(), text.len())
}

/// The end of a bracket opening at `open` that a parenthesis follows (after a space).
fn bracket_before_facts(text: &str, open: usize) -> Option<usize> {
    let close = open + text.get(open..)?.find(']')? + 1;
    text.get(close..)?
        .trim_start()
        .starts_with('(')
        .then_some(close)
}

/// Where a parenthesis inside a title closes: one that holds no publication facts and is
/// followed by more of the title (`Regulation (EU) 2019/452 of …`, `Study 2019 (GBD 2019)
/// Results`), not by the reference's data; or the year of a numbered document (`Resolution
/// 2231 (2015), S/RES/2231 …`) when the reference's data follows it.
fn title_paren_end(text: &str, open: usize) -> Option<usize> {
    let close = super::scan::closing_paren(text, open)?;
    let inner_is_data = parse_tail(&text[open..close]).end > 0;
    let next = text[close..].trim_start();
    // (`Regulation (EU) No 604/2013 of …`: a labelled number may go on the title there.)
    let more_title = next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && super::book_details::detail_at(next).is_none()
        && super::dates::date_at(next).is_none();
    let numbered = text[..open]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit());
    let year_alone = year_of(&text[open + 1..close - 1]).is_some();
    let data_after = next
        .strip_prefix(", ")
        .is_some_and(|n| begins_data(n) && !n.starts_with(|c: char| c.is_ascii_digit()));
    // `General Comment No. 3 (2019) on Article 2 …`: the year of a numbered document, then
    // more title in lower case (a reference's data never goes on so, "in" aside).
    let lower_title_after = next.split_whitespace().next().is_some_and(|w| {
        w.chars().all(char::is_lowercase)
            && !["in", "and", "accessed", "edited", "last"].contains(&w)
    });
    // `La huelga y los sindicatos (1927–1931) (Santiago: …)`: the years a title covers, in
    // parentheses right before the publication facts.
    let years = text[open + 1..close - 1].trim();
    let years_covered = years.contains(['–', '-'])
        && years.split(['–', '-']).all(|y| year_of(y.trim()).is_some())
        && next.starts_with('(');
    // `Harbour Act (Port Law), Gazette No. 12/1990, …`: a popular name in parentheses closing
    // the title, before the document's data.
    let data_follows = next.strip_prefix(", ").is_some_and(|n| {
        begins_data(n)
            || n.split(", ")
                .take(2)
                .any(|p| p.contains(|c: char| c.is_ascii_digit()))
    });
    let popular_name = text[open + 1..close - 1].starts_with(char::is_uppercase);
    ((!inner_is_data && more_title)
        || (!inner_is_data && popular_name && data_follows)
        || (numbered && year_alone && (data_after || lower_title_after))
        || years_covered
        || (!inner_is_data && facts_follow(&text[close..])))
    .then_some(close)
}

/// `Title (Subtitle in Parentheses) (Siena: …)`, `Title (Fourteenth–Sixteenth Centuries), 3
/// vols. (The Hague: …)`: after a parenthesis without data, the publication facts follow,
/// right away or after the volumes, edition or series of the book (no sentence between): the
/// parenthesis belongs to the title.
fn facts_follow(after: &str) -> bool {
    let rest = after.trim_start();
    let Some(open) = rest.find('(') else {
        return false;
    };
    let between = &rest[..open];
    let publication = super::scan::closing_paren(rest, open).is_some_and(|close| {
        let t = parse_tail(&rest[open..close]);
        t.end > 0 && (t.publisher.is_some() || t.place.is_some())
    });
    let plain_between = between.is_empty()
        || (between.starts_with(", ")
            && !between
                .match_indices(". ")
                .any(|(k, _)| between[k + 2..].starts_with(char::is_uppercase))
            && !between.contains([';', ')', '“', '"']));
    publication && plain_between
}

/// `Chaillot Paper no. 171 (Paris: …)`, `Working Paper 12,`: a series and its number after the
/// title, before the publication facts.
fn series_number(text: &str) -> bool {
    let end = text.find([',', '(', ';']).unwrap_or(text.len());
    let piece = text[..end].trim_end();
    let words: Vec<&str> = piece.split_whitespace().collect();
    // `Occasional Paper 03/2018`: a series numbers its items with digits, slashes too.
    let numbered = words
        .last()
        .is_some_and(|w| super::codes::serial_at(w) == Some(w.len()))
        && words.len() >= 2
        && words.len() <= 7;
    let labelled_number = words
        .iter()
        .position(|w| matches!(*w, "no." | "No." | "vol." | "Vol."))
        .is_some_and(|i| i >= 1 && i + 2 == words.len());
    // `World Bank Policy Research Report (Washington, DC: …)`: a series named without number.
    let capitalised = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    // (`Harbour Technical Report Series, no. 12 (…)`: or with its number labelled.)
    let unnumbered = (text[end..].starts_with('(') || text[end..].starts_with(", no. "))
        && capitalised
        && (2..=6).contains(&words.len())
        && words.last().is_some_and(|w| {
            ["Report", "Reports", "Series", "Paper", "Papers", "Brief"].contains(w)
        });
    (numbered && (labelled_number || series_like(piece)) || unnumbered)
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Whether `text`, after a comma, opens a reference's data (a page, a date, a genre, "in …").
pub fn begins_data(text: &str) -> bool {
    if series_number(text) {
        return true;
    }
    let first = text.split_whitespace().next().unwrap_or("");
    // `Short Title, 40.` at the end of a reference: the page is the citation's, not the
    // title's (unless it is a span of years, as titles end: `, 1914–1918`).
    if let Some((value, len)) = super::numbers::number_at(text) {
        let years = value.split(['–', '-']).all(|y| year_of(y).is_some());
        let rest = text[len..].trim_start_matches(['.', ' ']);
        let prose_after = rest.starts_with(", ") && rest[2..].starts_with(char::is_lowercase);
        // `Ostrow, Harbours, 40. Lima was …`: the page closes the sentence; prose follows.
        let sentence_ends = text[len..].starts_with(". ");
        if !years && (rest.is_empty() || rest.starts_with(';') || prose_after || sentence_ends) {
            return true;
        }
    }
    // A year that opens a span ("1760 to 1860") belongs to the title.
    let span = text
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w == "to" || w == "and");
    // `Report of the Harbour Committee, 1949, Cmd. 8000 (…)`: the year of an inquiry before
    // its paper's number names it (the facts give the year of printing): it is the title's.
    let paper_after = text.split_once(", ").is_some_and(|(y, rest)| {
        year_of(y).is_some()
            && matches!(
                super::book_details::detail_at(rest),
                Some((super::book_details::Detail::Number(_), _))
            )
    });
    let year_alone = year_of(first).is_some()
        && !first.trim_end_matches([',', '.']).contains('-')
        && !span
        && !paper_after;
    // `17th Parl., 3rd Sess.`: an ordinal and a capitalised abbreviated noun number a
    // legislature's sitting or session, after the title (a series' `4th ser.` is read with
    // the series).
    let mut two = text.split_whitespace();
    let ordinal_abbreviation = two.next().is_some_and(|w| {
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && ["st", "nd", "rd", "th"].contains(&w.get(digits..).unwrap_or(""))
    }) && two.next().is_some_and(|w| {
        let w = w.trim_end_matches([',', ';']);
        w.ends_with('.')
            && w.starts_with(char::is_uppercase)
            && (2..=6).contains(&w.chars().filter(|c| c.is_alphabetic()).count())
            && w.chars().all(|c| c.is_alphabetic() || c == '.')
    });
    year_alone
        || ordinal_abbreviation
        || super::genre::genre_before_facts(text).is_some()
        || super::codes::reporter_at(text).is_some()
        || super::codes::reporter_series_first(text).is_some()
        || super::numbers::is_labelled(text)
        || super::book_details::detail_at(text).is_some()
        || super::dates::date_at(text).is_some()
        || url_len(text).is_some()
        || [
            "press release",
            "media release",
            "event recording",
            "in ",
            "In ",
            "en ",
            "ed. por ",
            "no. ",
            "No. ",
            "vol. ",
            "ed. ",
            "eds.",
            "edited by",
            "accessed",
        ]
        .iter()
        .any(|p| text.starts_with(p))
}

/// `Ley 11.828`, `Law 5`, `Decree 1.234`: a capitalised word and a number, all of a title.
fn numbered_law(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    words.len() == 2
        && words[0].starts_with(char::is_uppercase)
        && words[0].chars().all(char::is_alphabetic)
        && words[1].starts_with(|c: char| c.is_ascii_digit())
        && words[1].chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// `Official Gazette of Ruritania, May 5, 1955`: the capitalised name of the gazette that
/// printed a law, then its date.
fn gazette_then_date(text: &str) -> bool {
    let Some(comma) = text.find(", ") else {
        return false;
    };
    let name = &text[..comma];
    let words_ok = name.split_whitespace().all(|w| {
        w.chars().all(char::is_alphabetic)
            && (w.starts_with(char::is_uppercase)
                || super::names::is_minor_word(w)
                || ["de", "del", "la", "do", "da", "des", "du"].contains(&w))
    });
    name.starts_with(char::is_uppercase)
        && words_ok
        && super::dates::date_at(&text[comma + 2..]).is_some()
}

/// A report series after a title ending in `?`: "NDC Research Papers Series".
fn series_like(text: &str) -> bool {
    let until = text.find('(').unwrap_or(text.len());
    let words = &text[..until];
    words.split_whitespace().count() <= 8
        && [
            "Series", "Papers", "Paper", "Report", "Reports", "Brief", "Briefs", "Studies",
        ]
        .iter()
        .any(|w| {
            words
                .split_whitespace()
                .any(|x| x.trim_end_matches([',', '.']) == *w)
        })
}
