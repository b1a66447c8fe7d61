//! The timeline: a semantic list of events and, above it, an SVG axis drawn at build time.

use std::fmt::Write;

use serde::Serialize;

use super::context::{DateContext, Link};
use super::{job, output_path, PageJob, Prepared};
use crate::model::Event;

#[derive(Serialize)]
struct TimelineContext {
    from: i32,
    to: i32,
    svg: String,
    events: Vec<EventContext>,
    epilogue: Vec<EventContext>,
}

#[derive(Serialize)]
struct EventContext {
    id: String,
    date: DateContext,
    end: Option<DateContext>,
    title: String,
    kind: String,
    kind_label: String,
    summary_html: String,
    works: Vec<Link>,
    notes: Vec<Link>,
}

/// The fragment id of an event: its date and a slug of its title.
pub fn event_id(event: &Event) -> String {
    let words: String = event
        .title
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    format!("event-{}-{}", event.date, crate::text::slugify(&words))
}

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "strategic-concept" => "Strategic Concept",
        "summit" => "Summit",
        "partnership" => "Partnership",
        "crisis" => "Crisis",
        "document" => "Document",
        _ => "Event",
    }
}

pub(super) fn page<'p>(p: &'p Prepared) -> PageJob<'p> {
    let config = &p.dossier.config.timeline;
    let mut events = Vec::new();
    let mut epilogue = Vec::new();
    for (i, event) in p.dossier.events.iter().enumerate() {
        let works: Vec<usize> = event
            .works
            .iter()
            .filter_map(|k| p.dossier.work_index.get(k).copied())
            .collect();
        let mut notes: Vec<Link> = Vec::new();
        for w in &works {
            for r in &p.dossier.citations_of[*w] {
                let Some(n) = r.note else { continue };
                let slug = &p.dossier.articles[r.article].article.slug;
                let url = p.urls.note(slug, n);
                if !notes.iter().any(|l| l.url == url) {
                    notes.push(Link {
                        title: format!("note {n}"),
                        url,
                    });
                }
            }
        }
        notes.sort_by_key(|l| {
            l.title
                .trim_start_matches("note ")
                .parse::<u32>()
                .unwrap_or(0)
        });
        let context = EventContext {
            id: event_id(event),
            date: event.date.into(),
            end: event.end.map(Into::into),
            title: event.title.clone(),
            kind: event.kind.clone(),
            kind_label: kind_label(&event.kind).into(),
            summary_html: p.event_html[i].clone(),
            works: works
                .iter()
                .map(|w| Link {
                    title: p.dossier.works[*w].title().to_string(),
                    url: p.urls.source(&p.dossier.works[*w].key),
                })
                .collect(),
            notes,
        };
        let after = event.date.year > config.to;
        if event.epilogue || after {
            epilogue.push(context);
        } else {
            events.push(context);
        }
    }
    let in_range: Vec<&Event> = p
        .dossier
        .events
        .iter()
        .filter(|e| !e.epilogue && e.date.year >= config.from && e.date.year <= config.to)
        .collect();
    let context = TimelineContext {
        from: config.from,
        to: config.to,
        svg: axis(config.from, config.to, &in_range),
        events,
        epilogue,
    };
    let url = p.urls.page("timeline/");
    let description = format!(
        "{}: {} events from {} to {}.",
        config.title,
        p.dossier.events.len(),
        config.from,
        config.to
    );
    let page = p.page(&config.title, &description, url.clone(), "timeline", false);
    job(
        p,
        output_path(&p.urls, &url),
        "timeline.html",
        page,
        "timeline",
        context,
    )
}

/// A decorative axis from `from` to `to` with a tick per year and a dot per event.
fn axis(from: i32, to: i32, events: &[&Event]) -> String {
    const WIDTH: f64 = 1000.0;
    const PAD: f64 = 30.0;
    let span = (to - from + 1) as f64;
    let x = |year: f64| PAD + (year - from as f64) / span * (WIDTH - 2.0 * PAD);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"timeline-axis\" viewBox=\"0 0 {WIDTH} 70\" aria-hidden=\"true\" focusable=\"false\" role=\"presentation\">\
         <line x1=\"{PAD}\" y1=\"40\" x2=\"{}\" y2=\"40\" class=\"axis\"/>",
        WIDTH - PAD
    );
    for year in from..=to + 1 {
        let px = x(year as f64);
        let _ = write!(
            svg,
            "<line x1=\"{px:.1}\" y1=\"34\" x2=\"{px:.1}\" y2=\"46\" class=\"tick\"/>"
        );
        if year <= to {
            let _ = write!(
                svg,
                "<text x=\"{:.1}\" y=\"64\" class=\"year\">{year}</text>",
                x(year as f64 + 0.5)
            );
        }
    }
    for event in events {
        let px = x(event.date.fraction_of_year());
        let _ = write!(
            svg,
            "<circle cx=\"{px:.1}\" cy=\"40\" r=\"6\" class=\"dot kind-{}\"/>",
            crate::text::escape_html(&event.kind)
        );
    }
    svg.push_str("</svg>");
    svg
}
