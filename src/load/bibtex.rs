//! BibTeX / BibLaTeX files into [`Work`]s, mapped onto CSL fields.

use std::collections::BTreeMap;
use std::path::Path;

use biblatex::{Bibliography, ChunksExt, Entry, EntryType};

use crate::error::{Diagnostic, Diagnostics, Location};
use crate::model::{Date, Name, Work};
use crate::text::is_safe_url;

pub fn from_bibtex(text: &str, file: &Path, out: &mut Diagnostics) -> Vec<Work> {
    let bibliography = match Bibliography::parse(text) {
        Ok(b) => b,
        Err(e) => {
            out.push(
                Diagnostic::new(
                    Location::at_offset(file, text, e.span.start, 1),
                    format!("invalid BibTeX: {:?}", e.kind),
                )
                .with_source(text),
            );
            return Vec::new();
        }
    };
    let mut works = Vec::new();
    // Entries come in file order: one cursor finds every entry's line in one pass.
    let mut cursor = super::lines::Cursor::new(text);
    for entry in bibliography.iter() {
        let line = cursor.line_of(&format!("{{{},", entry.key)).unwrap_or(1);
        match convert(entry, file, line) {
            Ok(w) => works.push(w),
            Err(d) => out.push(d.with_source(text)),
        }
    }
    works
}

fn convert(entry: &Entry, file: &Path, line: usize) -> Result<Work, Diagnostic> {
    let location = Location::new(file, line, 0);
    if !super::works::valid_key(&entry.key) {
        return Err(Diagnostic::new(
            location,
            format!("`{}` is not a usable work key", entry.key),
        ));
    }
    let field = |name: &str| entry.fields.get(name).map(|c| c.format_verbatim());
    let has_book_title = entry.fields.contains_key("booktitle");
    let csl_type = match &entry.entry_type {
        EntryType::Article => match field("entrysubtype").as_deref() {
            Some("newspaper") => "article-newspaper",
            Some("magazine") => "article-magazine",
            _ => "article-journal",
        },
        EntryType::Book | EntryType::MvBook | EntryType::Collection | EntryType::MvCollection => {
            "book"
        }
        EntryType::InBook | EntryType::InCollection | EntryType::SuppBook => "chapter",
        EntryType::InProceedings | EntryType::Proceedings => "paper-conference",
        EntryType::Report | EntryType::TechReport => "report",
        EntryType::Thesis | EntryType::MastersThesis | EntryType::PhdThesis => "thesis",
        EntryType::Online => "webpage",
        EntryType::Booklet => "pamphlet",
        EntryType::Manual => "report",
        EntryType::Unpublished => "manuscript",
        _ if has_book_title => "chapter",
        _ => "document",
    };
    let mut text = BTreeMap::new();
    let mut put = |csl: &str, bib: &[&str]| {
        if let Some(v) = bib.iter().find_map(|b| field(b)) {
            if !v.trim().is_empty() {
                text.insert(csl.to_string(), v.trim().to_string());
            }
        }
    };
    put("title", &["title"]);
    put("title-short", &["shorttitle"]);
    put("container-title", &["journaltitle", "journal", "booktitle"]);
    put("collection-title", &["series"]);
    put(
        "publisher",
        &["publisher", "institution", "organization", "school"],
    );
    put("publisher-place", &["location", "address"]);
    put("volume", &["volume"]);
    put("issue", &["number", "issue"]);
    put("page", &["pages"]);
    put("edition", &["edition"]);
    put("URL", &["url"]);
    put("DOI", &["doi"]);
    put("ISBN", &["isbn"]);
    put("ISSN", &["issn"]);
    put("abstract", &["abstract"]);
    put("note", &["note"]);
    put("language", &["langid", "language"]);
    if let Some(url) = text.get("URL") {
        if !is_safe_url(url) {
            return Err(Diagnostic::new(
                location,
                format!("work `{}`: unsafe URL `{url}`", entry.key),
            ));
        }
    }
    let mut dates = BTreeMap::new();
    if let Some(date) = bib_date(entry)
        .map_err(|m| Diagnostic::new(location.clone(), format!("work `{}`: {m}", entry.key)))?
    {
        dates.insert("issued".to_string(), date);
    }
    if let Some(Ok(d)) = field("urldate").map(|d| Date::parse(&d)) {
        dates.insert("accessed".to_string(), d);
    }
    let mut names = Vec::new();
    if let Ok(authors) = entry.author() {
        names.push(("author".to_string(), authors.iter().map(person).collect()));
    }
    if let Ok(editors) = entry.editors() {
        let all: Vec<Name> = editors
            .iter()
            .flat_map(|(p, _)| p.iter().map(person))
            .collect();
        if !all.is_empty() {
            names.push(("editor".to_string(), all));
        }
    }
    Ok(Work {
        key: entry.key.clone(),
        csl_type: csl_type.to_string(),
        issuing_body: Default::default(),
        names,
        dates,
        text,
        origin: location,
    })
}

fn bib_date(entry: &Entry) -> Result<Option<Date>, String> {
    let field = |name: &str| entry.fields.get(name).map(|c| c.format_verbatim());
    if let Some(date) = field("date") {
        let start = date.split('/').next().unwrap_or(&date).to_string();
        return Date::parse(&start).map(Some);
    }
    let Some(year) = field("year") else {
        return Ok(None);
    };
    let month = field("month").and_then(|m| month_number(&m));
    let year: i32 = year
        .trim()
        .parse()
        .map_err(|_| format!("year `{year}` is not a number"))?;
    Date::from_parts(year, month, None).map(Some)
}

fn month_number(text: &str) -> Option<u32> {
    let t = text.trim().to_lowercase();
    if let Ok(n) = t.parse::<u32>() {
        return Some(n);
    }
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    NAMES
        .iter()
        .position(|m| t.starts_with(m))
        .map(|i| i as u32 + 1)
}

/// A BibTeX name with no given name (`{{NATO}}`) is an institution.
fn person(p: &biblatex::Person) -> Name {
    if p.given_name.trim().is_empty() && p.prefix.trim().is_empty() {
        return Name::Institution {
            literal: p.name.trim().to_string(),
        };
    }
    let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    Name::Person {
        family: p.name.trim().to_string(),
        given: opt(&p.given_name),
        particle: opt(&p.prefix),
        suffix: opt(&p.suffix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_bibtex_fields_to_csl() {
        let mut out = Diagnostics::default();
        let bib = "@article{wilkins2012,\n  author = {Wilkins, Thomas S.},\n  title = {Alignment, not alliance},\n  journal = {Review of International Studies},\n  volume = {38},\n  number = {1},\n  pages = {53--76},\n  year = {2012}\n}\n@report{nato2022,\n  author = {{NATO}},\n  title = {Strategic Concept},\n  date = {2022-06-29}\n}\n";
        let works = from_bibtex(bib, Path::new("x.bib"), &mut out);
        assert!(out.is_empty());
        assert_eq!(works[0].csl_type, "article-journal");
        assert_eq!(
            works[0].field("container-title"),
            Some("Review of International Studies")
        );
        assert_eq!(works[0].issued().unwrap().year, 2012);
        assert!(works[1].names_in("author")[0].is_institution());
        assert_eq!(works[1].issued().unwrap().to_string(), "2022-06-29");
    }
}
