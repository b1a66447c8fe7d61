//! Identifiers of documents that do not read as numbers: the codes institutions print after a
//! title (`A/RES/70/1`, `COM(2021) 66 final`, `ISO/IEC 27001:2022`, `P9_TA(2021)0255`,
//! `OJ L 79I`), numbers with a slash after a series or a genre (`Occasional Paper 03/2018`,
//! `press release 199/19`), and a source printed as volume, abbreviated series and page, as
//! law reports and treaty series are cited (`189 U.N.T.S. 137`).
//!
//! A code is told by its shape, not by a list of bodies: words without lower-case letters
//! (or joined by slashes, underscores or parentheses), one of them mixing capitals with digits
//! or punctuation, a digit somewhere, and at most one lower-case word after its number
//! (`final`).

/// The length of the document code at the start of `text`, up to a comma, a semicolon, a
/// parenthesis after a space, or the end; trailing full stop out.
pub fn code_at(text: &str) -> Option<usize> {
    let end = piece_end(text);
    let piece = text[..end].trim_end().trim_end_matches('.');
    let words: Vec<&str> = piece.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || piece.starts_with(char::is_lowercase) {
        return None;
    }
    // (`App. No. 27765/09` is a labelled number.)
    if paper_number(&words)
        && super::dates::date_at(text).is_none()
        && super::numbers::labelled(text).is_none()
    {
        return Some(piece.len() + session_paper_len(&words, &text[piece.len()..]));
    }
    let mut seen_digit = false;
    for (i, w) in words.iter().enumerate() {
        let last = i + 1 == words.len();
        // `66 final`: one lower-case word may close the code, after its number.
        let closing_word = last
            && i > 0
            && seen_digit
            && w.chars().all(char::is_lowercase)
            && w.chars().count() <= 6;
        // `UN Doc. A/HRC/47/30`, `U.N. Doc. A/810`: an abbreviation labels the code after it.
        let label = !last && w.ends_with('.') && w.starts_with(char::is_uppercase);
        if !(code_word(w) || closing_word || label) {
            return None;
        }
        seen_digit |= w.contains(|c: char| c.is_ascii_digit());
    }
    let marked = words.iter().any(|w| marked_word(w));
    // `OJ L 158`: words in capitals before a number (one alone, `BMJ 368`, is a journal).
    let capitals = words
        .iter()
        .take_while(|w| w.chars().all(|c| c.is_uppercase()))
        .count();
    let series_in_capitals = capitals >= 2 && capitals + 1 == words.len();
    // `ETS No. 46`, `CTS No. 12`: a series in capitals numbering its items; `ECHR 2011-I`: a
    // law report's year and part.
    let numbered_series = capitals >= 1
        && words.len() == capitals + 2
        && matches!(words[capitals], "No." | "no." | "Nr." | "n°")
        && words[capitals + 1].starts_with(|c: char| c.is_ascii_digit());
    let report_part = words.len() == 2
        && capitals == 1
        && words[1].split_once('-').is_some_and(|(y, part)| {
            y.len() == 4
                && y.chars().all(|c| c.is_ascii_digit())
                && !part.is_empty()
                && part.chars().all(|c| "IVX".contains(c))
        });
    (seen_digit && (marked || series_in_capitals || numbered_series || report_part))
        .then_some(piece.len())
}

/// `Cmd. 8116`, `Cmnd. 1753`, `Cm 9242`, `C.H. 629`, `HC 2015–16`, `BGBl. Nr. 379/1984`: the
/// paper of a parliament, a government or an organisation, printed as its series abbreviated
/// (capitalised, of two to six letters, with a full stop or dotted initials, or of two letters
/// alone) and the paper's number, a number's label between them at most. A label of a locator
/// or a volume (`No. 5`, `Vol. 2`, `Art. 3`) is no series.
fn paper_number(words: &[&str]) -> bool {
    let series = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '.')
            && (2..=6).contains(&letters)
            && (w.ends_with('.') || letters == 2)
            && super::numbers::labelled(&format!("{w} 1")).is_none()
            // An era before a year is a title's (`Coins of the North, AD 900–1100`).
            && !["AD", "BC", "CE", "BCE"].contains(&w.replace('.', "").as_str())
    };
    let label = |w: &str| matches!(w, "Nr." | "No." | "no." | "n°");
    let number = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.ends_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | '/' | '.'))
    };
    match words {
        [s, n] => series(s) && number(n),
        [s, l, n] => series(s) && label(l) && number(n),
        _ => false,
    }
}

/// `HC 2015–16, 361`: after a session's span of years, the paper's number in that session; the
/// bytes it adds (none when the span is not followed by a number alone).
fn session_paper_len(words: &[&str], after: &str) -> usize {
    let span = words.last().is_some_and(|w| {
        w.split_once(['–', '-'])
            .is_some_and(|(a, b)| a.len() == 4 && !b.is_empty() && b.len() <= 4)
    });
    let Some(rest) = after.strip_prefix(", ").filter(|_| span) else {
        return 0;
    };
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let closed = rest[digits..].is_empty()
        || rest[digits..].starts_with([',', ';', '.'])
        || rest[digits..].starts_with(" (");
    if digits > 0 && closed {
        2 + digits
    } else {
        0
    }
}

/// A number as a series or a genre numbers its items: digits, or digits cut by slashes,
/// colons or dots (`17`, `03/2018`, `199/19`, `2019:7`); its length.
pub fn serial_at(text: &str) -> Option<usize> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '/' | ':' | '.')))
        .unwrap_or(text.len());
    let value = text[..end].trim_end_matches(['/', ':', '.']);
    let ok = value.starts_with(|c: char| c.is_ascii_digit())
        && value.ends_with(|c: char| c.is_ascii_digit())
        && !text[value.len()..].starts_with(char::is_alphanumeric);
    ok.then_some(value.len())
}

/// `189 U.N.T.S. 137`, `347 U.S. 483`, `161 Eur. Ct. H.R. (1989)`: (volume, series, page (empty
/// when none is printed), length).
pub fn reporter_at(text: &str) -> Option<(String, String, String, usize)> {
    let words = super::scan::words(text);
    let first = words.first()?;
    let volume = &text[first.0..first.1];
    if !volume.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // Abbreviated words of the series: capitalised, each ending in a full stop or all capitals.
    for (k, &(a, b)) in words.iter().enumerate().skip(1).take(5) {
        let w = &text[a..b];
        let page = w.trim_end_matches([',', '.', ';']);
        if k >= 2 && !page.is_empty() && page.chars().all(|c| c.is_ascii_digit()) {
            let series = text[words[1].0..words[k - 1].1].to_string();
            return Some((volume.to_string(), series, page.to_string(), a + page.len()));
        }
        let abbreviation = w.starts_with(char::is_uppercase)
            && (w.ends_with('.') || w.chars().all(|c| !c.is_lowercase()))
            && w.chars().any(char::is_alphabetic);
        if !abbreviation {
            // `161 Eur. Ct. H.R. (ser. A) (1989)`: a report cited by volume alone.
            return (k >= 2 && w.starts_with('(')).then(|| {
                let end = words[k - 1].1;
                let series = text[words[1].0..end].to_string();
                (volume.to_string(), series, String::new(), end)
            });
        }
    }
    None
}

/// `BVerfGE 12, 205`, `BGHZ 41, 7`: a law report named first, in one word of capitals (small
/// letters between them), then its volume (up to three digits: `NATO 2030, 12` is a title and a
/// page) and the first page of the decision, as German and other continental courts' reports
/// are cited: (volume, series, page, length).
pub fn reporter_series_first(text: &str) -> Option<(String, String, String, usize)> {
    let (series, rest) = text.split_once(' ')?;
    let capitals = series.chars().filter(|c| c.is_uppercase()).count();
    let ok = series.starts_with(char::is_uppercase)
        && series.chars().all(char::is_alphabetic)
        && capitals >= 2
        && series.chars().count() <= 10
        && series.chars().last().is_some_and(char::is_uppercase);
    if !ok {
        return None;
    }
    let digits = |t: &str| t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let v = digits(rest);
    let after_volume = rest.get(v..)?.strip_prefix(", ")?;
    let p = digits(after_volume);
    if v == 0 || v > 3 || p == 0 || after_volume[p..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let len = series.len() + 1 + v + 2 + p;
    Some((
        rest[..v].to_string(),
        series.to_string(),
        after_volume[..p].to_string(),
        len,
    ))
}

/// `Eur. Ct. H.R. (2012)`, `I.C.J. (1949)`: a court or a series in abbreviated words (two or
/// more, or one of several full stops), right before a parenthesis; the words and their length.
pub fn abbreviated_source_at(text: &str) -> Option<(String, usize)> {
    let open = text.find(" (")?;
    let words: Vec<&str> = text[..open].split_whitespace().collect();
    let abbreviated = |w: &&str| {
        w.starts_with(char::is_uppercase) && w.ends_with('.') && w.chars().any(char::is_alphabetic)
    };
    let dotted = words.len() == 1 && words[0].matches('.').count() >= 2;
    ((words.len() >= 2 || dotted) && words.len() <= 6 && words.iter().all(abbreviated))
        .then(|| (text[..open].to_string(), open))
}

fn piece_end(text: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' if depth == 0 && text[..i].ends_with(' ') => return i,
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => return i,
            _ => {}
        }
    }
    text.len()
}

/// A word of a code: no lower-case letter, or lower-case parts inside a slashed code
/// (`E/CN.4/2005/Add.1`).
fn code_word(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ':']);
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '_' | '(' | ')' | ':' | '.' | '-'))
        && (!w.contains(char::is_lowercase) || (w.contains('/') && w.contains(char::is_uppercase)))
        && !w.starts_with(['(', ')'])
}

/// A word that can only be a code: capitals with digits or with `/ _ ( :`, not a hyphenated
/// name (`COVID-19`, `G-20` are words of titles).
fn marked_word(w: &str) -> bool {
    w.contains(char::is_uppercase)
        && !w.contains('-')
        && (w.contains(['/', '_', '(', ':']) || w.contains(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<&str> {
        code_at(text).map(|n| &text[..n])
    }

    #[test]
    fn numbered_series_and_report_parts() {
        assert_eq!(code("RTS No. 12, art. 3"), Some("RTS No. 12"));
        assert_eq!(code("LRR 1999-II, para. 4"), Some("LRR 1999-II"));
        assert_eq!(code("Some Words No. 12"), None);
    }

    #[test]
    fn codes_of_institutions() {
        assert_eq!(
            code("COM(2021) 66 final (Brussels"),
            Some("COM(2021) 66 final")
        );
        assert_eq!(
            code("ISO/IEC 27001:2022 (Geneva"),
            Some("ISO/IEC 27001:2022")
        );
        assert_eq!(code("P9_TA(2021)0255 (Strasbourg"), Some("P9_TA(2021)0255"));
        assert_eq!(code("OJ L 79I, March 21"), Some("OJ L 79I"));
        assert_eq!(code("OJ C 202, June 7"), Some("OJ C 202"));
        assert_eq!(
            code("UN Doc. A/HRC/47/30 (May"),
            Some("UN Doc. A/HRC/47/30")
        );
        assert_eq!(code("U.N. Doc. A/810 (1948)"), Some("U.N. Doc. A/810"));
        assert_eq!(code("A/RES/70/1."), Some("A/RES/70/1"));
        assert_eq!(code("E/CN.4/2005/Add.1, para"), Some("E/CN.4/2005/Add.1"));
        assert_eq!(code("S/RES/2231 (July 20, 2015)"), Some("S/RES/2231"));
    }

    #[test]
    fn papers_of_parliaments_and_organisations() {
        assert_eq!(code("Cmd. 4471 (London"), Some("Cmd. 4471"));
        assert_eq!(code("Cm 8812, para. 4"), Some("Cm 8812"));
        assert_eq!(code("R.D. 118 (Madrid"), Some("R.D. 118"));
        assert_eq!(code("Drucks. Nr. 12/4402, 3"), Some("Drucks. Nr. 12/4402"));
        assert_eq!(code("HC 1998–99, 412, Q 7"), Some("HC 1998–99, 412"));
        assert_eq!(code("HL 2003–04 (London"), Some("HL 2003–04"));
        for text in [
            "No. 5 (Paris",
            "Vol. 2, 45",
            "Jan. 5, 1990",
            "BMJ 368 (2020)",
            "Act 2003",
            "AD 900–1100 (London",
        ] {
            assert_eq!(code(text), None, "{text}");
        }
    }

    #[test]
    fn words_of_titles_and_journals_are_no_codes() {
        for text in [
            "COVID-19 (Geneva",
            "BMJ 368 (2020)",
            "Resolution 2231",
            "12/03/2019",
            "Asia-Pacific Review 29",
            "48",
            "4th ed.",
        ] {
            assert_eq!(code(text), None, "{text}");
        }
    }

    #[test]
    fn serial_numbers_and_law_reports() {
        assert_eq!(serial_at("03/2018 (Brussels"), Some(7));
        assert_eq!(serial_at("199/19, April"), Some(6));
        assert_eq!(serial_at("17"), Some(2));
        assert_eq!(serial_at("21st"), None);
        assert_eq!(
            reporter_at("189 U.N.T.S. 137, art. 33"),
            Some(("189".into(), "U.N.T.S.".into(), "137".into(), 16))
        );
        assert_eq!(
            reporter_at("161 Eur. Ct. H.R. 12."),
            Some(("161".into(), "Eur. Ct. H.R.".into(), "12".into(), 20))
        );
        assert_eq!(
            reporter_at("161 Eur. Ct. H.R. (ser. A) (1989)."),
            Some(("161".into(), "Eur. Ct. H.R.".into(), String::new(), 17))
        );
        assert_eq!(reporter_at("108, no. 2"), None);
        assert_eq!(
            abbreviated_source_at("Eur. Ct. H.R. (2012), para"),
            Some(("Eur. Ct. H.R.".into(), 13))
        );
        assert_eq!(abbreviated_source_at("Foreign Affairs (2019)"), None);
        assert_eq!(
            reporter_series_first("BGHZ 41, 7 (1964), 12"),
            Some(("41".into(), "BGHZ".into(), "7".into(), 10))
        );
        assert_eq!(reporter_series_first("NATO 2030, 12"), None);
        assert_eq!(reporter_series_first("McCain 12, 4"), None);
        assert_eq!(reporter_series_first("BVerfG 12 (1961)"), None);
        assert_eq!(reporter_at("12 Angry Men"), None);
    }
}
