//! The bibliography as a reference manager exports it: one CSL-JSON file (Zotero's layout:
//! an array, two-space indent, one field per line) or one BibTeX file, instead of YAML files
//! of `WORKS_PER_FILE` works. Loading must stay linear in the size of one big file.

use std::fmt::Write as _;

use crate::model::{Corpus, Creator, Kind, Work};

/// Which form the bibliography is written in (`--bibliography`).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum BibFormat {
    Yaml,
    CslJson,
    Bibtex,
}

impl BibFormat {
    pub(crate) fn parse(text: &str) -> Result<BibFormat, String> {
        match text {
            "yaml" => Ok(BibFormat::Yaml),
            "csl-json" | "json" => Ok(BibFormat::CslJson),
            "bibtex" | "bib" => Ok(BibFormat::Bibtex),
            other => Err(format!(
                "--bibliography: `{other}` is not one of yaml, csl-json, bibtex"
            )),
        }
    }
}

/// A JSON string literal.
fn js(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

fn json_names(fields: &mut Vec<String>, role: &str, creators: &[Creator], list: &[usize]) {
    if list.is_empty() {
        return;
    }
    let names: Vec<String> = list
        .iter()
        .map(|c| match &creators[*c] {
            Creator::Person { family, given } => format!(
                "      {{\n        \"family\": {},\n        \"given\": {}\n      }}",
                js(family),
                js(given)
            ),
            Creator::Institution(name) => {
                format!("      {{\n        \"literal\": {}\n      }}", js(name))
            }
        })
        .collect();
    fields.push(format!("    \"{role}\": [\n{}\n    ]", names.join(",\n")));
}

fn date_parts(parts: &[u32]) -> String {
    let parts: Vec<String> = parts.iter().map(u32::to_string).collect();
    format!(
        "{{\n      \"date-parts\": [\n        [{}]\n      ]\n    }}",
        parts.join(", ")
    )
}

fn json_item(corpus: &Corpus, work: &Work) -> String {
    let mut f = vec![
        format!("    \"id\": {}", js(&work.key)),
        format!("    \"type\": {}", js(work.kind.csl())),
    ];
    json_names(&mut f, "author", &corpus.creators, &work.authors);
    json_names(&mut f, "editor", &corpus.creators, &work.editors);
    let mut text = |name: &str, value: &str| f.push(format!("    \"{name}\": {}", js(value)));
    text("title", &work.title);
    if let Some(s) = &work.title_short {
        text("title-short", s);
    }
    if let Some(s) = &work.container {
        text("container-title", s);
    }
    if let Some(v) = work.volume {
        text("volume", &v.to_string());
    }
    if let Some(v) = work.issue {
        text("issue", &v.to_string());
    }
    if let Some(s) = &work.page {
        text("page", s);
    }
    if let Some((publisher, place)) = work.publisher {
        text("publisher", publisher);
        text("publisher-place", place);
    } else if work.kind == Kind::Report {
        text("publisher", &corpus.creators[work.authors[0]].display());
    }
    if let Some(s) = &work.url {
        text("URL", s);
    }
    if let Some(s) = &work.doi {
        text("DOI", s);
    }
    let issued = match work.kind {
        Kind::Webpage | Kind::Newspaper | Kind::Report => {
            date_parts(&[work.year, work.month, work.day])
        }
        _ => date_parts(&[work.year]),
    };
    f.push(format!("    \"issued\": {issued}"));
    if work.kind == Kind::Webpage {
        f.push(format!("    \"accessed\": {}", date_parts(&[2024, 3, 15])));
    }
    format!("  {{\n{}\n  }}", f.join(",\n"))
}

/// All works as one CSL-JSON array.
pub(crate) fn csl_json(corpus: &Corpus) -> String {
    let items: Vec<String> = corpus.works.iter().map(|w| json_item(corpus, w)).collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

/// BibTeX braces protect text; the generator's words hold no braces or backslashes, but a
/// stray `{` or `}` would unbalance the entry, so they are dropped.
fn braced(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !matches!(c, '{' | '}' | '\\'))
        .collect();
    format!("{{{clean}}}")
}

fn bib_names(creators: &[Creator], list: &[usize]) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|c| match &creators[*c] {
            Creator::Person { family, given } => format!("{family}, {given}"),
            // Double braces: an institution, not a family name and given names.
            Creator::Institution(name) => format!("{{{name}}}"),
        })
        .collect();
    names.join(" and ")
}

fn bib_entry(out: &mut String, corpus: &Corpus, work: &Work) {
    let kind = match work.kind {
        Kind::Book => "book",
        Kind::Chapter => "incollection",
        Kind::Journal | Kind::Newspaper => "article",
        Kind::Report => "report",
        Kind::Webpage => "online",
    };
    let _ = writeln!(out, "@{kind}{{{},", work.key);
    let mut field = |name: &str, value: String| {
        let _ = writeln!(out, "  {name} = {value},");
    };
    if !work.authors.is_empty() {
        field(
            "author",
            braced(&bib_names(&corpus.creators, &work.authors)),
        );
    }
    if !work.editors.is_empty() {
        field(
            "editor",
            braced(&bib_names(&corpus.creators, &work.editors)),
        );
    }
    field("title", braced(&work.title));
    if let Some(s) = &work.title_short {
        field("shorttitle", braced(s));
    }
    if let Some(s) = &work.container {
        let name = if work.kind == Kind::Chapter {
            "booktitle"
        } else {
            "journaltitle"
        };
        field(name, braced(s));
    }
    if work.kind == Kind::Newspaper {
        field("entrysubtype", braced("newspaper"));
    }
    if let Some(v) = work.volume {
        field("volume", braced(&v.to_string()));
    }
    if let Some(v) = work.issue {
        field("number", braced(&v.to_string()));
    }
    if let Some(s) = &work.page {
        field("pages", braced(&s.replace('–', "--")));
    }
    if let Some((publisher, place)) = work.publisher {
        field("publisher", braced(publisher));
        field("location", braced(place));
    } else if work.kind == Kind::Report {
        field(
            "institution",
            braced(&corpus.creators[work.authors[0]].display()),
        );
    }
    let date = match work.kind {
        Kind::Webpage | Kind::Newspaper | Kind::Report => {
            format!("{}-{:02}-{:02}", work.year, work.month, work.day)
        }
        _ => work.year.to_string(),
    };
    field("date", braced(&date));
    if let Some(s) = &work.url {
        field("url", braced(s));
    }
    if let Some(s) = &work.doi {
        field("doi", braced(s));
    }
    if work.kind == Kind::Webpage {
        field("urldate", braced("2024-03-15"));
    }
    out.push_str("}\n\n");
}

/// All works as one BibTeX file.
pub(crate) fn bibtex(corpus: &Corpus) -> String {
    let mut out = String::new();
    for work in &corpus.works {
        bib_entry(&mut out, corpus, work);
    }
    out
}
