//! The timeline: a semantic list of events and, above it, an SVG axis drawn at build time.

use std::fmt::Write;

use serde::Serialize;

use super::context::{DateContext, Link};
use super::{job, output_path, PageJob, Prepared};
use crate::config::TimelineConfig;
use crate::model::Event;

#[derive(Serialize)]
struct TimelineContext {
    /// The span of the axis; `None` when there are no events and no span in config.yaml.
    from: Option<i32>,
    to: Option<i32>,
    svg: String,
    kinds: Vec<KindContext>,
    events: Vec<EventContext>,
    epilogue: Vec<EventContext>,
}

/// A kind of event as the legend shows it.
#[derive(Serialize, Clone)]
pub struct KindContext {
    pub slug: String,
    pub label: String,
    /// The colour of the kind among the theme's tones (1–8), by its place in the legend.
    pub tone: usize,
    pub count: usize,
}

#[derive(Serialize)]
struct EventContext {
    id: String,
    date: DateContext,
    end: Option<DateContext>,
    title: String,
    kind: String,
    kind_label: String,
    tone: usize,
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

/// The theme's number of tones; kinds beyond it share colours, and their labels tell them apart.
pub const TONES: usize = 8;

/// The kinds in use: those listed in config.yaml in their order, then the others A–Z.
pub fn kinds_in_use(config: &TimelineConfig, events: &[Event]) -> Vec<KindContext> {
    let mut kinds: Vec<(usize, String, String, usize)> = Vec::new();
    for event in events {
        let slug = crate::text::slugify(&event.kind);
        match kinds.iter_mut().find(|k| k.1 == slug) {
            Some(k) => k.3 += 1,
            None => {
                let rank = config.listed(&event.kind).unwrap_or(usize::MAX);
                kinds.push((rank, slug, config.label(&event.kind), 1));
            }
        }
    }
    kinds.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, (_, slug, label, count))| KindContext {
            slug,
            label,
            tone: i % TONES + 1,
            count,
        })
        .collect()
}

/// The legend entry of an event's kind.
fn kind_of<'k>(kinds: &'k [KindContext], event: &Event) -> Option<&'k KindContext> {
    let slug = crate::text::slugify(&event.kind);
    kinds.iter().find(|k| k.slug == slug)
}

/// The axis's span: config.yaml's `from`/`to`, else the years of the events outside the epilogue.
pub fn span(config: &TimelineConfig, events: &[Event]) -> (Option<i32>, Option<i32>) {
    let years = || events.iter().filter(|e| !e.epilogue).map(|e| e.date.year);
    let from = config.from.or_else(|| years().min());
    let to = config.to.or_else(|| years().max()).map(|to| match from {
        Some(from) => to.max(from),
        None => to,
    });
    (from, to)
}

pub(super) fn page<'p>(p: &'p Prepared) -> PageJob<'p> {
    let config = &p.dossier.config.timeline;
    let kinds = kinds_in_use(config, &p.dossier.events);
    let (from, to) = span(config, &p.dossier.events);
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
        let kind = kind_of(&kinds, event);
        let context = EventContext {
            id: event_id(event),
            date: event.date.into(),
            end: event.end.map(Into::into),
            title: event.title.clone(),
            kind_label: kind.map(|k| k.label.clone()).unwrap_or_default(),
            tone: kind.map_or(1, |k| k.tone),
            kind: kind.map(|k| k.slug.clone()).unwrap_or_default(),
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
        let after = to.is_some_and(|to| event.date.year > to);
        if event.epilogue || after {
            epilogue.push(context);
        } else {
            events.push(context);
        }
    }
    let svg = match (from, to) {
        (Some(from), Some(to)) => {
            let in_range: Vec<(&Event, usize)> = p
                .dossier
                .events
                .iter()
                .filter(|e| !e.epilogue && e.date.year >= from && e.date.year <= to)
                .map(|e| (e, kind_of(&kinds, e).map_or(1, |k| k.tone)))
                .collect();
            axis(from, to, &in_range)
        }
        _ => String::new(),
    };
    let context = TimelineContext {
        from,
        to,
        svg,
        kinds,
        events,
        epilogue,
    };
    let url = p.urls.page("timeline/");
    let description = match (from, to) {
        (Some(from), Some(to)) => format!(
            "{}: {} events from {from} to {to}.",
            config.title,
            p.dossier.events.len()
        ),
        _ => format!("{}: no events yet.", config.title),
    };
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
fn axis(from: i32, to: i32, events: &[(&Event, usize)]) -> String {
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
    // A label per year while they fit; over long spans every 2nd, 5th or 10th year.
    let step = match to - from + 1 {
        0..=16 => 1,
        17..=32 => 2,
        33..=80 => 5,
        _ => 10,
    };
    for year in from..=to + 1 {
        let px = x(year as f64);
        let _ = write!(
            svg,
            "<line x1=\"{px:.1}\" y1=\"34\" x2=\"{px:.1}\" y2=\"46\" class=\"tick\"/>"
        );
        if year <= to && (year - from) % step == 0 {
            let _ = write!(
                svg,
                "<text x=\"{:.1}\" y=\"64\" class=\"year\">{year}</text>",
                x(year as f64 + 0.5)
            );
        }
    }
    for (event, tone) in events {
        let px = x(event.date.fraction_of_year());
        let _ = write!(
            svg,
            "<circle cx=\"{px:.1}\" cy=\"40\" r=\"6\" class=\"dot tone-{tone}\"/>"
        );
    }
    svg.push_str("</svg>");
    svg
}
