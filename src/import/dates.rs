//! Dates as notes print them: "June 14, 2021", "30 June 2022", "3–4 December 2019",
//! "April 2012", "2021-06-14", "2014".

use crate::model::Date;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `June`, `Jun.`, `Sept.` → 6, 6, 9.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.']).to_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))
        .map(|i| i as u32 + 1)
}

/// A plausible year of publication.
pub fn year_of(word: &str) -> Option<i32> {
    let w = word.trim_end_matches([',', '.', ';', ')']);
    if w.len() != 4 || !w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = w.parse().ok()?;
    (1000..=2100).contains(&year).then_some(year)
}

fn day_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.']);
    // `3–4` (a range of days): the last day.
    let w = w.rsplit(['–', '-']).next().unwrap_or(w);
    let w = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    let d: u32 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A date written with a month name, starting at the beginning of `text`: the date and the
/// length it takes. `Month D, YYYY`, `D Month YYYY`, `Month YYYY`, `YYYY-MM-DD`.
pub fn date_at(text: &str) -> Option<(Date, usize)> {
    let words = super::scan::words(text);
    let word = |i: usize| words.get(i).map(|(a, b)| &text[*a..*b]);
    let end = |i: usize| words.get(i).map(|(_, b)| *b).unwrap_or(text.len());
    let first = word(0)?;
    if let Some(date) = iso_date(first) {
        let len = end(0) - (first.len() - first.trim_end_matches([',', '.', ';']).len());
        return Some((date, len));
    }
    let trimmed_end = |i: usize| {
        let w = word(i).unwrap_or("");
        end(i) - (w.len() - w.trim_end_matches([',', '.', ';', ')']).len())
    };
    if let Some(month) = month_number(first) {
        // Month D, YYYY
        if let (Some(day), Some(year)) = (word(1).and_then(day_of), word(2).and_then(year_of)) {
            if let Ok(d) = Date::from_parts(year, Some(month), Some(day)) {
                return Some((d, trimmed_end(2)));
            }
        }
        // Month YYYY
        if let Some(year) = word(1).and_then(year_of) {
            let d = Date::from_parts(year, Some(month), None).ok()?;
            return Some((d, trimmed_end(1)));
        }
        return None;
    }
    // D Month YYYY
    let day = day_of(first)?;
    if !first.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let month = word(1).and_then(month_number)?;
    let year = word(2).and_then(year_of)?;
    let d = Date::from_parts(year, Some(month), Some(day)).ok()?;
    Some((d, trimmed_end(2)))
}

fn iso_date(word: &str) -> Option<Date> {
    let w = word.trim_end_matches([',', '.', ';', ')']);
    // `29.6.2013`: day, month and year cut by full stops, as European official journals date.
    let parts: Vec<&str> = w.split('.').collect();
    if let [day, month, year] = parts[..] {
        let number = |p: &str, n: usize| p.parse::<u32>().ok().filter(|_| p.len() <= n);
        if year.len() == 4 {
            if let (Some(d), Some(m), Some(y)) = (number(day, 2), number(month, 2), year_of(year)) {
                return Date::from_parts(y, Some(m), Some(d)).ok();
            }
        }
    }
    if w.len() < 7 || w.matches('-').count() < 1 || !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let d = Date::parse(w).ok()?;
    d.month.is_some().then_some(d)
}

/// The whole of `text` read as a date or a year.
pub fn parse_whole(text: &str) -> Option<Date> {
    let t = text.trim().trim_end_matches(['.', ',']);
    if let Some(year) = year_of(t) {
        return Date::from_parts(year, None, None).ok();
    }
    // A work in volumes over years, `1849–58` or `1794–1796`: the year it began.
    if let Some((first, last)) = t.split_once(['–', '-']) {
        let last_ok = last.len() == 2 || year_of(last).is_some();
        if let (Some(year), true) = (
            year_of(first),
            last_ok && last.chars().all(|c| c.is_ascii_digit()),
        ) {
            return Date::from_parts(year, None, None).ok();
        }
    }
    let (date, len) = date_at(t)?;
    t[len..].trim().is_empty().then_some(date)
}

/// The first date with a month name anywhere in `text`, with its byte range.
pub fn find_date(text: &str) -> Option<(Date, usize, usize)> {
    for (start, _) in super::scan::words(text) {
        if let Some((date, len)) = date_at(&text[start..]) {
            return Some((date, start, start + len));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_usual_forms() {
        assert_eq!(
            parse_whole("June 14, 2021").unwrap().to_string(),
            "2021-06-14"
        );
        assert_eq!(
            parse_whole("30 June 2022").unwrap().to_string(),
            "2022-06-30"
        );
        assert_eq!(parse_whole("April 2012").unwrap().to_string(), "2012-04");
        assert_eq!(
            parse_whole("Sept. 3, 2020").unwrap().to_string(),
            "2020-09-03"
        );
        assert_eq!(parse_whole("2014").unwrap().to_string(), "2014");
        assert_eq!(parse_whole("1849–58").unwrap().to_string(), "1849");
        assert_eq!(parse_whole("2021-06-14").unwrap().to_string(), "2021-06-14");
        assert!(parse_whole("June 31, 2021").is_none());
        assert!(parse_whole("Routledge").is_none());
    }

    #[test]
    fn finds_a_date_inside_text_and_its_extent() {
        let text = "in London 3–4 December 2019. https://x";
        let (d, a, b) = find_date(text).unwrap();
        assert_eq!(d.to_string(), "2019-12-04");
        assert_eq!(&text[a..b], "3–4 December 2019");
        let (d, len) = date_at("September 22, 2023. Voices").unwrap();
        assert_eq!((d.to_string(), len), ("2023-09-22".to_string(), 18));
        assert!(date_at("May be").is_none());
    }
}
