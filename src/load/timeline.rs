//! Timeline events from YAML lists.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Diagnostic, Diagnostics, Location};
use crate::model::{DateField, Event};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventYaml {
    date: DateField,
    #[serde(default)]
    end: Option<DateField>,
    title: String,
    #[serde(default = "other")]
    kind: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    works: Vec<String>,
    #[serde(default)]
    epilogue: bool,
}

fn other() -> String {
    "other".into()
}

pub fn load(text: &str, file: &Path, out: &mut Diagnostics) -> Vec<Event> {
    let Some(items) = out.take(
        crate::yaml::parse::<Option<Vec<crate::yaml::Value>>>(text, file, 1)
            .map_err(|d| d.with_source(text)),
    ) else {
        return Vec::new();
    };
    let lines = crate::yaml::list_item_lines(text, 1);
    let mut events = Vec::new();
    for (i, item) in items.unwrap_or_default().into_iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(1);
        let Some(e) = out.take(
            crate::yaml::convert::<EventYaml>(item, file, line).map_err(|d| d.with_source(text)),
        ) else {
            continue;
        };
        let at = |key: &str| {
            let end = lines.get(i + 1).copied().unwrap_or(usize::MAX);
            Location::new(
                file,
                crate::yaml::key_line(text, 1, line, end, key).unwrap_or(line),
                0,
            )
        };
        let date = match e.date.parse() {
            Ok(d) => d,
            Err(m) => {
                out.push(Diagnostic::new(at("date"), format!("event date: {m}")).with_source(text));
                continue;
            }
        };
        let end = match e.end.as_ref().map(DateField::parse).transpose() {
            Ok(end) => end,
            Err(m) => {
                out.push(Diagnostic::new(at("end"), format!("event end: {m}")).with_source(text));
                continue;
            }
        };
        if end.is_some_and(|end| end < date) {
            out.push(
                Diagnostic::new(at("end"), "the event ends before it starts").with_source(text),
            );
            continue;
        }
        // Any kind is the dossier's own; it only has to make a CSS class and a label.
        if crate::text::slugify(&e.kind).is_empty() {
            out.push(
                Diagnostic::new(at("kind"), format!("`{}` is not a usable event kind", e.kind))
                    .with_hint("a kind is a word or a few, such as `summit` or `trade-deal`; list the dossier's kinds under `timeline.kinds` in config.yaml")
                    .with_source(text),
            );
            continue;
        }
        events.push(Event {
            date,
            end,
            title: e.title,
            kind: e.kind,
            summary_markdown: e.summary,
            works: e.works,
            epilogue: e.epilogue,
            origin: Location::new(file, line, 0),
        });
    }
    events
}
