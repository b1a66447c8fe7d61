//! The items that `load` reads and `resolve` links: works, names, dates, articles, notes,
//! contributors and timeline events.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::cite::Cluster;
use crate::error::Location;

/// A calendar date, possibly partial (`2022`, `2022-06`), as written in the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, refusing impossible dates.
    pub fn parse(text: &str) -> Result<Date, String> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('-').collect();
        let bad = || format!("`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        if parts.is_empty() || parts.len() > 3 || parts[0].len() != 4 {
            return Err(bad());
        }
        let number = |s: &str| s.parse::<u32>().map_err(|_| bad());
        let year = number(parts[0])? as i32;
        let month = parts.get(1).map(|m| number(m)).transpose()?;
        let day = parts.get(2).map(|d| number(d)).transpose()?;
        Date::from_parts(year, month, day)
    }

    pub fn from_parts(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Date, String> {
        if !(1..=9999).contains(&year) {
            return Err(format!("year {year} is out of range"));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(format!("month {m} does not exist"));
            }
            if let Some(d) = day {
                let last = days_in_month(year, m);
                if d == 0 || d > last {
                    return Err(format!("{year}-{m:02} has no day {d}"));
                }
            }
        } else if day.is_some() {
            return Err("a day needs a month".into());
        }
        Ok(Date {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// `2022-06-29`, `2022-06` or `2022`: the form of `<time datetime>`.
    pub fn iso(&self) -> String {
        self.to_string()
    }

    /// `29 June 2022`, `June 2022` or `2022`.
    pub fn human(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// Days since 1 January of `from_year`, for placing a date on an axis.
    pub fn fraction_of_year(&self) -> f64 {
        let month = self.month.unwrap_or(1) as f64 - 1.0;
        let day = self.day.unwrap_or(1) as f64 - 1.0;
        self.year as f64 + (month + day / 31.0) / 12.0
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A person's or an institution's name as a work gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum Name {
    Person {
        family: String,
        given: Option<String>,
        #[serde(rename = "non-dropping-particle")]
        particle: Option<String>,
        suffix: Option<String>,
    },
    Institution {
        literal: String,
    },
}

impl Name {
    /// `Gorana Grgić`, `Vidya Nadkarni`, `NATO`.
    pub fn display(&self) -> String {
        match self {
            Name::Person {
                family,
                given,
                particle,
                suffix,
            } => {
                let mut parts: Vec<&str> = Vec::new();
                if let Some(g) = given {
                    parts.push(g);
                }
                if let Some(p) = particle {
                    parts.push(p);
                }
                parts.push(family);
                let mut s = parts.join(" ");
                if let Some(x) = suffix {
                    s.push_str(", ");
                    s.push_str(x);
                }
                s
            }
            Name::Institution { literal } => literal.clone(),
        }
    }

    /// `Grgić, Gorana`: the key for A–Z order.
    pub fn sort_key(&self) -> String {
        match self {
            Name::Person {
                family,
                given,
                particle,
                ..
            } => {
                let mut s = family.clone();
                if let Some(p) = particle {
                    s = format!("{p} {s}");
                }
                if let Some(g) = given {
                    s.push_str(", ");
                    s.push_str(g);
                }
                s
            }
            Name::Institution { literal } => literal.clone(),
        }
    }

    pub fn is_institution(&self) -> bool {
        matches!(self, Name::Institution { .. })
    }
}

/// The roles in which a name is attached to a work, in CSL's field names.
pub const NAME_ROLES: [&str; 5] = [
    "author",
    "editor",
    "container-author",
    "collection-editor",
    "translator",
];

/// The CSL text and number fields a work may carry.
pub const TEXT_FIELDS: [&str; 33] = [
    "title",
    "title-short",
    "container-title",
    "container-title-short",
    "collection-title",
    "collection-number",
    "publisher",
    "publisher-place",
    "event-title",
    "event-place",
    "genre",
    "medium",
    "volume",
    "issue",
    "number",
    "page",
    "edition",
    "section",
    "URL",
    "DOI",
    "ISBN",
    "ISSN",
    "language",
    "abstract",
    "note",
    "archive",
    "status",
    "version",
    "chapter-number",
    "number-of-pages",
    "number-of-volumes",
    "source",
    "annote",
];

/// The CSL date fields a work may carry.
pub const DATE_FIELDS: [&str; 3] = ["issued", "accessed", "event-date"];

/// The CSL item types.
pub const WORK_TYPES: [&str; 45] = [
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "bill",
    "book",
    "broadcast",
    "chapter",
    "classic",
    "collection",
    "dataset",
    "document",
    "entry",
    "entry-dictionary",
    "entry-encyclopedia",
    "event",
    "figure",
    "graphic",
    "hearing",
    "interview",
    "legal_case",
    "legislation",
    "manuscript",
    "map",
    "motion_picture",
    "musical_score",
    "pamphlet",
    "paper-conference",
    "patent",
    "performance",
    "periodical",
    "personal_communication",
    "post",
    "post-weblog",
    "regulation",
    "report",
    "review",
    "review-book",
    "software",
    "song",
    "speech",
    "standard",
    "thesis",
    "treaty",
    "webpage",
];

/// One work of the bibliography: CSL-JSON data, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Work {
    pub key: String,
    pub csl_type: String,
    /// Name lists by role, in [`NAME_ROLES`] order.
    pub names: Vec<(String, Vec<Name>)>,
    pub dates: BTreeMap<String, Date>,
    pub text: BTreeMap<String, String>,
    pub origin: Location,
}

impl Work {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.text.get(name).map(String::as_str)
    }

    pub fn title(&self) -> &str {
        self.field("title").unwrap_or(&self.key)
    }

    pub fn issued(&self) -> Option<Date> {
        self.dates.get("issued").copied()
    }

    pub fn names_in(&self, role: &str) -> &[Name] {
        self.names
            .iter()
            .find(|(r, _)| r == role)
            .map(|(_, n)| n.as_slice())
            .unwrap_or(&[])
    }

    /// The names that make a person an author of this work for their author page.
    pub fn creators(&self) -> impl Iterator<Item = (&str, &Name)> {
        self.names
            .iter()
            .flat_map(|(role, names)| names.iter().map(move |n| (role.as_str(), n)))
    }
}

/// A contributor profile from `content/contributors/<slug>.md`.
#[derive(Debug, Clone)]
pub struct Contributor {
    pub slug: String,
    pub name: Name,
    pub display_name: String,
    pub affiliations: Vec<String>,
    pub orcid: Option<String>,
    pub links: Vec<Link>,
    pub aliases: Vec<String>,
    pub bio_markdown: String,
    pub origin: Location,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// One numbered note of an article: its Markdown with the citations cut out.
#[derive(Debug, Clone)]
pub struct Note {
    pub number: u32,
    /// Markdown in which each citation cluster is replaced by a placeholder.
    pub markdown: String,
    pub clusters: Vec<Cluster>,
    pub origin: Location,
}

/// An article as loaded, its citations not yet resolved.
#[derive(Debug, Clone)]
pub struct Article {
    pub slug: String,
    pub meta: ArticleMeta,
    /// Body Markdown with placeholders for citations and note references.
    pub body: String,
    pub body_clusters: Vec<Cluster>,
    pub notes: Vec<Note>,
    pub origin: Location,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    pub title: String,
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default, rename = "type")]
    pub article_type: Option<String>,
    #[serde(default)]
    pub contributors: Vec<String>,
    #[serde(default)]
    pub date: Option<DateField>,
    #[serde(default)]
    pub updated: Option<DateField>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default)]
    pub volume: Option<String>,
    #[serde(default)]
    pub issue: Option<String>,
    #[serde(default)]
    pub pages: Option<String>,
    #[serde(default)]
    pub doi: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default, rename = "abstract")]
    pub abstract_text: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub draft: bool,
}

/// A date as YAML gives it: `2022`, `2022-06-29` (a string) or a number.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(untagged)]
pub enum DateField {
    Number(i64),
    Text(String),
}

impl DateField {
    pub fn parse(&self) -> Result<Date, String> {
        match self {
            DateField::Number(n) => Date::parse(&n.to_string()),
            DateField::Text(t) => Date::parse(t),
        }
    }
}

/// A dated event of the timeline.
#[derive(Debug, Clone)]
pub struct Event {
    pub date: Date,
    pub end: Option<Date>,
    pub title: String,
    pub kind: String,
    pub summary_markdown: String,
    pub works: Vec<String>,
    pub epilogue: bool,
    pub origin: Location,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_partial_and_refuse_impossible() {
        assert_eq!(Date::parse("2022").unwrap().to_string(), "2022");
        assert_eq!(Date::parse("2022-06-29").unwrap().human(), "29 June 2022");
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2022-13").is_err());
        assert!(Date::parse("22-01-01").is_err());
    }
}
