//! The search index: every article, note, work, author and event as `[kind, title, url,
//! text]`, built at build time and read by `site.js` on first use of the search box.

use rayon::prelude::*;

use super::markdown::plain_text;
use super::{OutputFile, Prepared};

pub(super) fn index(p: &Prepared) -> OutputFile {
    // Articles and works in parallel: their text is most of the work.
    let articles: Vec<Vec<[String; 4]>> = p
        .dossier
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            let slug = &a.article.slug;
            let mut entries = vec![[
                "Article".into(),
                a.article.meta.title.clone(),
                p.urls.article(slug),
                squeeze(&plain_text(&p.abstract_html[i])),
            ]];
            for (note, html) in a.article.notes.iter().zip(&p.note_html[i]) {
                entries.push([
                    "Note".into(),
                    format!("Note {} · {}", note.number, a.article.meta.title),
                    p.urls.note(slug, note.number),
                    squeeze(&plain_text(html)),
                ]);
            }
            entries
        })
        .collect();
    let mut entries: Vec<[String; 4]> = articles.into_iter().flatten().collect();
    entries.par_extend(p.dossier.works.par_iter().enumerate().map(|(w, work)| {
        [
            "Source".into(),
            work.title().to_string(),
            p.urls.source(&work.key),
            squeeze(&plain_text(&p.formatted.references[w])),
        ]
    }));
    for author in &p.dossier.authors {
        let kind = if author.is_institution() {
            "Institution"
        } else {
            "Author"
        };
        entries.push([
            kind.into(),
            author.display.clone(),
            p.urls.author(&author.slug),
            String::new(),
        ]);
    }
    for (e, event) in p.dossier.events.iter().enumerate() {
        entries.push([
            "Event".into(),
            format!("{} · {}", event.date.human(), event.title),
            p.urls.event(&super::timeline::event_id(event)),
            squeeze(&plain_text(&p.event_html[e])),
        ]);
    }
    OutputFile {
        path: "search-index.json".into(),
        bytes: serde_json::to_vec(&entries)
            .expect("strings serialize")
            .into(),
    }
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
