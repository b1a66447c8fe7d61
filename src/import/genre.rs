//! Parentheses that say what a work is before its facts, as Chicago prints talks, theses and
//! blogs: `(speech, Forum on X, Lisbon, June 1, 2019)`, `(paper presented at Y, Oslo, 2018)`,
//! `(PhD diss., University of Z, 2010)`, `(blog)`.

use crate::model::Date;
use crate::text::capitalise;

/// What such a parenthesis gives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenreFacts {
    pub genre: String,
    /// The occasion of a talk.
    pub event: Option<String>,
    pub event_place: Option<String>,
    /// The university of a thesis.
    pub publisher: Option<String>,
    pub issued: Option<Date>,
}

/// Genres that open the parenthesis, lower case; a talk's are followed by its occasion.
#[rustfmt::skip]
const TALKS: [&str; 9] = [
    "paper presented at", "speech", "lecture", "keynote address", "keynote", "address",
    "remarks", "presentation", "talk",
];

#[rustfmt::skip]
const THESES: [&str; 17] = [
    "phd diss.", "phd dissertation", "phd thesis", "doctoral dissertation", "diss.",
    "master’s thesis", "master's thesis", "ma thesis",
    // Spanish, Portuguese and French theses.
    "tesis de doctorado", "tesis doctoral", "tesis de maestría", "tesis de licenciatura",
    "tesis", "tese de doutorado", "dissertação de mestrado", "thèse de doctorat", "mémoire",
];

#[rustfmt::skip]
const ALONE: [&str; 5] = ["blog", "podcast", "video", "audio", "web log"];

/// `white paper (Beijing: …)`, `working paper (…)`: what a document is, in lower-case words
/// between its title and its publication facts (Chicago prints a report's kind so); the genre
/// and the bytes it takes.
pub fn genre_before_facts(text: &str) -> Option<(String, usize)> {
    let open = text.find(" (")?;
    let words: Vec<&str> = text[..open].split_whitespace().collect();
    // (`exh. cat.`: a genre's words may be abbreviated.)
    let lower = |w: &&str| {
        let bare = w.strip_suffix('.').unwrap_or(w);
        !bare.is_empty() && bare.chars().all(|c| c.is_lowercase() || c == '-')
    };
    ((1..=3).contains(&words.len()) && words.iter().all(lower))
        .then(|| (capitalise(&words.join(" ")), open))
}

/// Reads the inside of a parenthesis that starts with a genre.
pub fn genre_facts(inner: &str) -> Option<GenreFacts> {
    let s = inner.trim();
    let lower = s.to_lowercase();
    let starts = |g: &&str| {
        lower.starts_with(*g)
            && lower[g.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    if let Some(g) = ALONE.iter().find(|g| starts(g)) {
        return (lower.len() == g.len()).then(|| GenreFacts {
            genre: g.to_string(),
            ..GenreFacts::default()
        });
    }
    let (genre, thesis) = match TALKS.iter().find(|g| starts(g)) {
        Some(g) => (*g, false),
        None => (*THESES.iter().find(|g| starts(g))?, true),
    };
    let rest = s[genre.len()..].trim_start_matches([',', ' ']);
    let (facts, issued) = super::tail::split_trailing_date(rest);
    let parts: Vec<&str> = facts
        .split(", ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut out = GenreFacts {
        genre: capitalise(genre.trim_end_matches(" at")),
        issued,
        ..GenreFacts::default()
    };
    if thesis {
        out.publisher = (!parts.is_empty()).then(|| parts.join(", "));
    } else if let Some((place, event)) = parts.split_last() {
        // One part is the occasion; with more, the last is where it took place.
        if event.is_empty() {
            out.event = Some(place.to_string());
        } else {
            out.event = Some(event.join(", "));
            out.event_place = Some(place.to_string());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn talks_theses_and_blogs() {
        let f = genre_facts("speech, Forum on Maritime Order, Lisbon, June 1, 2019").unwrap();
        assert_eq!(f.genre, "Speech");
        assert_eq!(f.event.as_deref(), Some("Forum on Maritime Order"));
        assert_eq!(f.event_place.as_deref(), Some("Lisbon"));
        assert_eq!(f.issued.unwrap().to_string(), "2019-06-01");
        let f = genre_facts("paper presented at the Annual Meeting, 2018").unwrap();
        assert_eq!(f.event.as_deref(), Some("the Annual Meeting"));
        let f = genre_facts("PhD diss., University of Lagos, 2010").unwrap();
        assert_eq!(f.publisher.as_deref(), Some("University of Lagos"));
        assert_eq!(genre_facts("blog").unwrap().genre, "blog");
        assert!(genre_facts("blogging, 2010").is_none());
        assert!(genre_facts("London: Palgrave, 2000").is_none());
    }
}
