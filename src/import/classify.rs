//! The CSL type of a reference, from what it prints: `article-journal` when volume, issue or
//! pages follow a container; `chapter` after "in"; `book` with publisher and place;
//! `article-newspaper` for news outlets; `report`/`webpage` for institutions' documents and
//! pages; `speech` for "Speech by …". Series ("NDC Policy Brief 16") become report series.

use super::names::parse_institution;
use super::reference::Reference;

/// Newspapers, agencies and news sites (lower case, matched as words of the container).
#[rustfmt::skip]
const NEWS: [&str; 30] = [
    "reuters", "bloomberg", "associated press", "afp", "bbc", "cnn", "sbs", "abc news", "npr",
    "guardian", "times", "post", "herald", "tribune", "financial review", "daily", "gazette",
    "le monde", "yonhap", "kyodo", "xinhua", "nikkei", "al jazeera", "politico", "axios", "news",
    "telegraph", "independent", "chronicle", "dispatch",
];

#[rustfmt::skip]
const MAGAZINES: [&str; 13] = [
    "foreign affairs", "foreign policy", "the atlantic", "economist", "new yorker", "newsweek",
    "war on the rocks", "the diplomat", "spectator", "wired", "national geographic",
    "scientific american", "new scientist",
];

/// Words of a report series or of a paper series' name.
#[rustfmt::skip]
const SERIES: [&str; 8] = [
    "brief", "briefs", "paper", "papers", "series", "report", "reports", "working",
];

/// Words of a title that make an institution's document a report.
#[rustfmt::skip]
const REPORT_TITLES: [&str; 12] = [
    "declaration", "communiqu", "concept", "statement", "strategy", "report", "review",
    "white paper", "treaty", "guidelines", "plan", "assessment",
];

fn is_magazine(container: &str) -> bool {
    let lower = container.to_lowercase();
    MAGAZINES.contains(&lower.as_str()) || MAGAZINES.contains(&lower.trim_start_matches("the "))
}

fn has_word(text: &str, list: &[&str]) -> bool {
    let lower = format!(
        " {} ",
        text.to_lowercase().replace([',', '.', ':', '’', '\''], " ")
    );
    list.iter().any(|w| lower.contains(&format!(" {w} ")))
}

/// Sets `csl_type` and moves container and numbers where the type wants them.
pub fn classify(r: &mut Reference) {
    let title = r.title.clone().unwrap_or_default();
    let lower_title = title.to_lowercase();
    let container = r.field("container-title").map(str::to_string);
    let genre = r.field("genre").unwrap_or("").to_lowercase();
    let has_numbers = ["volume", "issue", "page"]
        .iter()
        .any(|f| r.fields.contains_key(*f));
    let institution_author = r.authors.first().is_some_and(|a| a.is_institution());
    let report_title = REPORT_TITLES.iter().any(|w| lower_title.contains(w));
    let thesis = ["diss", "thesis", "tesis", "tese", "thèse", "mémoire"]
        .iter()
        .any(|g| genre.contains(g));
    r.csl_type = if thesis {
        "thesis".into()
    } else if genre == "blog" || genre == "web log" {
        "post-weblog".into()
    } else if genre == "speech"
        || genre == "event recording"
        || r.fields.contains_key("event-title")
        || ["speech by", "remarks by", "address by", "keynote"]
            .iter()
            .any(|s| lower_title.starts_with(s))
    {
        "speech".into()
    } else if let Some(c) = container {
        let series = has_word(&c, &SERIES);
        if r.within && !series {
            "chapter".into()
        } else if series && !has_word(&c, &["journal", "review", "quarterly"]) {
            into_series(r, &c);
            "report".into()
        } else if is_magazine(&c) {
            "article-magazine".into()
        } else if has_word(&c, &NEWS) {
            "article-newspaper".into()
        } else if has_numbers {
            "article-journal".into()
        } else if parse_institution(&c).is_some()
            || has_word(&c, &["observatory", "fund", "institute"])
        {
            if r.fields.contains_key("URL") {
                "webpage".into()
            } else {
                r.fields.remove("container-title");
                if r.fields.contains_key("publisher") {
                    r.fields.insert("collection-title".into(), c);
                } else {
                    r.fields.insert("publisher".into(), c);
                }
                "report".into()
            }
        } else if r.issued.is_some_and(|d| d.day.is_some()) || r.fields.contains_key("URL") {
            r.unsure
                .push(format!("“{c}” read as a newspaper or news site"));
            "article-newspaper".into()
        } else {
            r.unsure.push(format!(
                "“{c}” read as a journal (no volume, issue or pages)"
            ));
            "article-journal".into()
        }
    } else if let Some(publisher) = r.field("publisher").map(str::to_string) {
        let press = has_word(
            &publisher,
            &[
                "press",
                "publishing",
                "publishers",
                "books",
                "verlag",
                "éditions",
            ],
        );
        let institutional = institution_author
            || (parse_institution(&publisher).is_some() && !press)
            || has_word(
                &publisher,
                &["report", "government", "house", "ministère", "armées"],
            )
            || report_title
            || !genre.is_empty();
        if institutional && r.editors.is_empty() {
            "report".into()
        } else {
            if !r.fields.contains_key("publisher-place") {
                r.unsure.push("a book without place of publication".into());
            }
            "book".into()
        }
    } else if !genre.is_empty() {
        "report".into()
    } else if r.fields.contains_key("URL") && news_agency_author(r) {
        if let Some(crate::model::Name::Institution { literal }) = r.authors.first() {
            r.fields.insert("container-title".into(), literal.clone());
        }
        "article-newspaper".into()
    } else if r.fields.contains_key("URL") {
        if report_title && institution_author {
            "report".into()
        } else {
            "webpage".into()
        }
    } else if !r.editors.is_empty() {
        "book".into()
    } else if r.short {
        "document".into()
    } else {
        r.unsure
            .push("no container, publisher or address: type unknown".into());
        "document".into()
    };
    if r.csl_type == "report" && institution_author && !r.fields.contains_key("publisher") {
        if let Some(crate::model::Name::Institution { literal }) = r.authors.first() {
            r.fields.insert("publisher".into(), literal.clone());
        }
    }
    if r.csl_type == "report" && !r.fields.contains_key("volume") {
        // A report's "No." is its number in the series.
        if let Some(issue) = r.fields.remove("issue") {
            let field = if r.fields.contains_key("collection-title") {
                "collection-number"
            } else {
                "number"
            };
            r.fields.entry(field.into()).or_insert(issue);
        }
    }
    let published_alone = r.csl_type == "book"
        || (matches!(r.csl_type.as_str(), "report" | "thesis")
            && r.fields.contains_key("publisher"));
    if published_alone && r.locator.is_none() {
        // A book, or a report or thesis with its publisher, has no page range of its own:
        // pages after it point into it (a paper in a series, "UI Paper 10 (2019): 4–21", has).
        if let Some(pages) = r.fields.remove("page") {
            r.locator = Some(pages);
        }
    }
}

/// A piece signed by a news agency ("Yonhap News Agency", "Reuters").
fn news_agency_author(r: &Reference) -> bool {
    matches!(r.authors.first(), Some(crate::model::Name::Institution { literal })
        if has_word(literal, &NEWS) || has_word(literal, &["agency", "aap", "afp", "ap"]))
}

/// `NDC Policy Brief 16` / container `UI Paper` with volume 10: the series and its number.
fn into_series(r: &mut Reference, container: &str) {
    r.fields.remove("container-title");
    let (name, number) = match container.rsplit_once(' ') {
        Some((name, n)) if n.chars().all(|c| c.is_ascii_digit()) => {
            (name.to_string(), Some(n.to_string()))
        }
        _ => (container.to_string(), None),
    };
    r.fields.insert("collection-title".into(), name);
    let number = number
        .or_else(|| r.fields.remove("volume"))
        .or_else(|| r.fields.remove("issue"));
    if let Some(n) = number {
        r.fields.insert("collection-number".into(), n);
    }
}

#[cfg(test)]
mod tests {
    use super::super::reference::parse_reference;

    fn kind(text: &str) -> String {
        parse_reference(text, false).unwrap().reference.csl_type
    }

    #[test]
    fn types_from_what_the_reference_prints() {
        assert_eq!(kind("Barry R. Posen, “Emerging multipolarity.” Current history 108, no. 721 (2009): 347–352."), "article-journal");
        assert_eq!(
            kind(
                "Rajan Menon, The end of alliances (New York, NY: Oxford University Press, 2007)."
            ),
            "book"
        );
        assert_eq!(kind("Michael Reiterer, “The role.” in The Palgrave handbook (Basingstoke, UK: Palgrave, 2013), 75–89."), "chapter");
        assert_eq!(
            kind("Sangmi Cha, “Arms sales double,” Bloomberg, December 9, 2022, https://x.com/a"),
            "article-newspaper"
        );
        assert_eq!(kind("NATO, Speech by the Secretary General at Keio University. February 1, 2023. http://nato.int/a"), "speech");
        assert_eq!(
            kind("NATO, “Wales Summit Declaration,” September 5, 2014, https://www.nato.int/a"),
            "report"
        );
        assert_eq!(
            kind("NATO, Partners, March 7, 2023, https://www.nato.int/cps/en/natohq/51288.htm."),
            "webpage"
        );
        assert_eq!(kind("Jo Inge Bekkevold, “No, the World Is Not Multipolar,” Foreign Policy September 22, 2023."), "article-magazine");
    }

    #[test]
    fn series_become_report_series() {
        let r = parse_reference(
            "Gorana Grgić. “Partners.” in NDC Policy Brief 16 (Rome: NATO Defense College, 2021).",
            false,
        )
        .unwrap()
        .reference;
        assert_eq!(r.csl_type, "report");
        assert_eq!(r.field("collection-title"), Some("NDC Policy Brief"));
        assert_eq!(r.field("collection-number"), Some("16"));
    }
}
