//! Works from YAML and CSL-JSON (CSL field names) into validated [`Work`]s.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{Diagnostic, Diagnostics, Location};
use crate::model::{
    Date, IssuingBody, Name, Work, DATE_FIELDS, NAME_ROLES, TEXT_FIELDS, WORK_TYPES,
};
use crate::text::is_safe_url;

/// Reads a YAML list of works.
pub fn from_yaml(text: &str, file: &Path, out: &mut Diagnostics) -> Vec<Work> {
    let Some(value) = out.take(crate::yaml::parse::<crate::yaml::Value>(text, file, 1)) else {
        return Vec::new();
    };
    let value = match serde_json::to_value(&value) {
        Ok(v) => v,
        Err(e) => {
            out.push(Diagnostic::new(
                Location::file(file),
                format!("unsupported YAML: {e}"),
            ));
            return Vec::new();
        }
    };
    let lines = crate::yaml::list_item_lines(text, 1);
    from_items(
        value,
        text,
        file,
        |i, _| lines.get(i).copied().unwrap_or(1),
        out,
    )
}

/// Reads CSL-JSON (an array of items, as Zotero exports it).
pub fn from_json(text: &str, file: &Path, out: &mut Diagnostics) -> Vec<Work> {
    // Items come in file order: one cursor finds every item's line in one pass.
    let mut cursor = super::lines::Cursor::new(text);
    let mut line_of_id = |_: usize, id: &str| {
        let needle = format!("\"{id}\"");
        cursor
            .line_where(|l| l.contains("\"id\"") && l.contains(&needle))
            .unwrap_or(1)
    };
    // Each item becomes a work as soon as it is parsed; what it reports is kept aside, as an
    // invalid file further down reports only that it is invalid.
    let (mut works, mut problems, mut i) = (Vec::new(), Diagnostics::default(), 0);
    let streamed = super::json_items::for_each_item(text, &mut |item| {
        if let Some(w) = item_work(i, item, text, file, &mut line_of_id, &mut problems) {
            works.push(w);
        }
        i += 1;
    });
    match streamed {
        Ok(_) => {
            out.extend(problems);
            works
        }
        // A valid JSON value that is not a list of works.
        Err(e) if e.is_data() => {
            out.push(not_a_list(file));
            Vec::new()
        }
        Err(e) => {
            out.push(
                Diagnostic::new(
                    Location::new(file, e.line(), e.column()),
                    format!("invalid CSL-JSON: {e}"),
                )
                .with_source(text),
            );
            Vec::new()
        }
    }
}

fn not_a_list(file: &Path) -> Diagnostic {
    Diagnostic::new(
        Location::new(file, 1, 1),
        "a bibliography file must be a list of works",
    )
    .with_hint("start each work with `- id: key`")
}

fn from_items(
    value: Value,
    text: &str,
    file: &Path,
    mut line_of: impl FnMut(usize, &str) -> usize,
    out: &mut Diagnostics,
) -> Vec<Work> {
    let items = match value {
        Value::Array(items) => items,
        Value::Null => return Vec::new(),
        _ => {
            out.push(not_a_list(file));
            return Vec::new();
        }
    };
    let mut works = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        works.extend(item_work(i, item, text, file, &mut line_of, out));
    }
    works
}

/// The `i`th item of a bibliography file as a work, or its problem in `out`.
fn item_work(
    i: usize,
    item: Value,
    text: &str,
    file: &Path,
    line_of: &mut impl FnMut(usize, &str) -> usize,
    out: &mut Diagnostics,
) -> Option<Work> {
    let id = item.get("id").and_then(Value::as_str).unwrap_or("");
    let line = line_of(i, id);
    let Value::Object(map) = item else {
        out.push(
            Diagnostic::new(
                Location::new(file, line, 0),
                "a work must be a mapping of CSL fields",
            )
            .with_source(text),
        );
        return None;
    };
    match work_from_map(map, file, line, text) {
        Ok(w) => Some(w),
        Err(d) => {
            out.push(d.with_source(text));
            None
        }
    }
}

/// Builds a work from CSL-JSON fields; `line` is where the item starts.
pub fn work_from_map(
    map: Map<String, Value>,
    file: &Path,
    line: usize,
    text: &str,
) -> Result<Work, Diagnostic> {
    let end = line + 400;
    let at = |key: &str| {
        let l = crate::yaml::key_line(text, 1, line, end, key).unwrap_or(line);
        Location::new(file, l, 0)
    };
    let key = match map.get("id") {
        Some(Value::String(s)) if valid_key(s) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(Diagnostic::new(at("id"), format!("`{other}` is not a usable work key"))
                .with_hint("keys start with a letter or digit and hold letters, digits and `_-:.` (they become URLs)"))
        }
        None => {
            return Err(Diagnostic::new(Location::new(file, line, 0), "a work has no `id`")
                .with_hint("add `id: some-key`; notes cite it as `[@some-key]`"))
        }
    };
    let csl_type = match map.get("type").and_then(Value::as_str) {
        Some(t) if WORK_TYPES.contains(&t) => t.to_string(),
        Some(t) => {
            return Err(Diagnostic::new(
                at("type"),
                format!("work `{key}`: unknown CSL type `{t}`"),
            )
            .with_hint(
                match crate::resolve::closest(t, WORK_TYPES.iter().copied()) {
                    Some(close) => format!("did you mean `{close}`? (a CSL type)"),
                    None => format!("use a CSL type: {}", WORK_TYPES.join(", ")),
                },
            ))
        }
        None => {
            return Err(
                Diagnostic::new(at("id"), format!("work `{key}` has no `type`")).with_hint(
                    "add a CSL type such as `book`, `article-journal`, `report` or `webpage`",
                ),
            )
        }
    };
    let mut work = Work {
        key: key.clone(),
        csl_type,
        issuing_body: Default::default(),
        names: Vec::new(),
        dates: BTreeMap::new(),
        text: BTreeMap::new(),
        origin: Location::new(file, line, 0),
    };
    let mut names: BTreeMap<usize, (String, Vec<Name>)> = BTreeMap::new();
    for (field, value) in map {
        if field == "id" || field == "type" {
            continue;
        }
        // Where the field is: looked up only for an error, as it scans the file.
        let here = || at(&field);
        let wrong = |expected: &str| {
            Diagnostic::new(
                here(),
                format!("work `{key}`: `{field}` must be {expected}"),
            )
        };
        if let Some(role) = NAME_ROLES.iter().position(|r| *r == field) {
            let list = parse_names(&value).map_err(|m| wrong(&m))?;
            names.insert(role, (field, list));
        } else if DATE_FIELDS.contains(&field.as_str()) {
            let date = parse_date(&value).map_err(|m| wrong(&m))?;
            work.dates.insert(field, date);
        } else if TEXT_FIELDS.contains(&field.as_str()) {
            let text = match value {
                Value::String(s) => s,
                Value::Number(n) => n.to_string(),
                Value::Null => continue,
                _ => return Err(wrong("text")),
            };
            if field == "URL" && !is_safe_url(&text) {
                return Err(
                    Diagnostic::new(here(), format!("work `{key}`: unsafe URL `{text}`"))
                        .with_hint("only http, https and mailto links are published"),
                );
            }
            work.text.insert(field, text);
        } else if field == "issuing-body" {
            work.issuing_body =
                match value {
                    Value::Bool(true) => IssuingBody::Publisher,
                    Value::Bool(false) | Value::Null => IssuingBody::Nobody,
                    Value::String(s) if !s.trim().is_empty() => IssuingBody::Named(s.trim().into()),
                    _ => return Err(wrong(
                        "`true` (the publisher issued it), `false`, or the name of an institution",
                    )),
                };
        } else if field.starts_with('_') || field == "citation-key" || field == "custom" {
            // Zotero and Better BibTeX bookkeeping fields carry nothing to publish.
        } else {
            return Err(
                Diagnostic::new(here(), format!("work `{key}`: unknown field `{field}`"))
                    .with_hint(suggest_field(&field)),
            );
        }
    }
    work.names = names.into_values().collect();
    Ok(work)
}

fn suggest_field(field: &str) -> String {
    let lower = field.to_lowercase();
    let all = NAME_ROLES
        .iter()
        .chain(DATE_FIELDS.iter())
        .chain(TEXT_FIELDS.iter());
    match all
        .clone()
        .find(|f| f.to_lowercase() == lower || lower.replace('_', "-") == **f)
    {
        Some(f) => format!("did you mean `{f}`? (CSL field names)"),
        None => "works use CSL-JSON field names; see docs/content-format.md".into(),
    }
}

pub fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || "_-:.".contains(c))
        && !key.contains("..")
}

fn parse_names(value: &Value) -> Result<Vec<Name>, String> {
    let list = match value {
        Value::Array(list) => list.clone(),
        Value::Object(_) | Value::String(_) => vec![value.clone()],
        _ => return Err("a list of names".into()),
    };
    list.iter().map(parse_name).collect()
}

fn parse_name(value: &Value) -> Result<Name, String> {
    let text = |v: Option<&Value>| -> Result<Option<String>, String> {
        match v {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(_) => Err("a list of names with text parts".into()),
        }
    };
    match value {
        Value::String(s) if !s.trim().is_empty() => Ok(Name::Institution {
            literal: s.trim().to_string(),
        }),
        Value::Object(map) => {
            for k in map.keys() {
                if ![
                    "family",
                    "given",
                    "literal",
                    "non-dropping-particle",
                    "dropping-particle",
                    "suffix",
                    "comma-suffix",
                    "parse-names",
                    "static-ordering",
                ]
                .contains(&k.as_str())
                {
                    return Err(format!(
                        "a list of names (unknown name part `{k}`; use family/given or literal)"
                    ));
                }
            }
            if let Some(literal) = text(map.get("literal"))? {
                return Ok(Name::Institution { literal });
            }
            let Some(family) = text(map.get("family"))? else {
                return Err(
                    "a list of names, each with `family` (and `given`) or `literal`".into(),
                );
            };
            let particle = match (
                text(map.get("non-dropping-particle"))?,
                text(map.get("dropping-particle"))?,
            ) {
                (Some(a), _) | (None, Some(a)) => Some(a),
                _ => None,
            };
            Ok(Name::Person {
                family,
                given: text(map.get("given"))?,
                particle,
                suffix: text(map.get("suffix"))?,
            })
        }
        _ => Err("a list of names, each with `family` (and `given`) or `literal`".into()),
    }
}

/// `2022`, `"2022-06-29"`, `{date-parts: [[2022, 6, 29]]}`, `{raw: "2022-06"}`, `{literal: …}` (year taken).
pub fn parse_date(value: &Value) -> Result<Date, String> {
    const EXPECTED: &str = "a date: YYYY, YYYY-MM, YYYY-MM-DD or {date-parts: [[YYYY, M, D]]}";
    match value {
        Value::Number(n) => Date::parse(&n.to_string()),
        Value::String(s) => Date::parse(s.split('/').next().unwrap_or(s)),
        Value::Object(map) => {
            if let Some(Value::Array(ranges)) = map.get("date-parts") {
                let first = ranges.first().and_then(Value::as_array).ok_or(EXPECTED)?;
                let part = |i: usize| -> Result<Option<u32>, String> {
                    match first.get(i) {
                        None => Ok(None),
                        Some(Value::Number(n)) => {
                            n.as_u64().map(|n| Some(n as u32)).ok_or(EXPECTED.into())
                        }
                        Some(Value::String(s)) => s.parse().map(Some).map_err(|_| EXPECTED.into()),
                        _ => Err(EXPECTED.into()),
                    }
                };
                let year = part(0)?.ok_or(EXPECTED)? as i32;
                Date::from_parts(year, part(1)?, part(2)?)
            } else if let Some(Value::String(raw)) = map.get("raw") {
                Date::parse(raw)
            } else {
                Err(EXPECTED.into())
            }
        }
        _ => Err(EXPECTED.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(yaml: &str) -> Result<Vec<Work>, Vec<Diagnostic>> {
        let mut out = Diagnostics::default();
        let works = from_yaml(yaml, Path::new("w.yaml"), &mut out);
        out.finish(works).map_err(|e| e.diagnostics().to_vec())
    }

    #[test]
    fn reads_people_institutions_and_dates() {
        let w = work("- id: a\n  type: book\n  author:\n    - family: Nadkarni\n      given: Vidya\n    - literal: NATO\n  issued: 2010-05\n  title: T\n").unwrap();
        assert_eq!(w[0].names_in("author").len(), 2);
        assert!(w[0].names_in("author")[1].is_institution());
        assert_eq!(w[0].issued().unwrap().to_string(), "2010-05");
    }

    #[test]
    fn unknown_field_names_line_and_field() {
        let e = work("- id: a\n  type: book\n  title: T\n  tittle: X\n").unwrap_err();
        assert!(e[0].message.contains("tittle"));
        assert_eq!(e[0].location.line, 4);
    }

    #[test]
    fn impossible_date_and_unsafe_url_are_errors() {
        assert!(work("- id: a\n  type: book\n  issued: 2023-02-30\n").is_err());
        assert!(work("- id: a\n  type: webpage\n  URL: javascript:alert(1)\n").is_err());
    }

    fn json(text: &str) -> (Vec<Work>, Vec<Diagnostic>) {
        let mut out = Diagnostics::default();
        let works = from_json(text, Path::new("w.json"), &mut out);
        let problems = out.finish(()).err().map(|e| e.diagnostics().to_vec());
        (works, problems.unwrap_or_default())
    }

    #[test]
    fn csl_json_items_keep_their_lines_and_problems() {
        let text = "[\n  {\n    \"id\": \"a\",\n    \"type\": \"book\"\n  },\n  {\n    \"id\": \"b\",\n    \"type\": \"bok\"\n  },\n  {\"id\": \"c\", \"type\": \"book\"}\n]\n";
        let (works, problems) = json(text);
        let lines: Vec<usize> = works.iter().map(|w| w.origin.line).collect();
        assert_eq!(lines, [3, 10]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("bok"));

        let (works, problems) = json("{\"id\": \"a\"}");
        assert!(works.is_empty());
        assert!(problems[0].message.contains("must be a list"));
        let (works, problems) = json("[{\"id\": \"a\", \"type\": \"book\"}, {");
        assert!(works.is_empty(), "an invalid file yields nothing");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("invalid CSL-JSON"));
        assert_eq!(json("null").0.len(), 0);
    }
}
