//! Dossier output: configuration, articles in Markdown, bibliography and timeline in YAML,
//! contributor profiles, and a copy of the themes.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use crate::exports::{self, BibFormat};
use crate::model::{Article, Block, Corpus, Creator, Kind, Note, Segment, Work};
use crate::WORKS_PER_FILE;

/// A double-quoted YAML scalar.
pub(crate) fn q(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn write_names(out: &mut String, field: &str, creators: &[Creator], list: &[usize]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {field}:");
    for c in list {
        match &creators[*c] {
            Creator::Person { family, given } => {
                let _ = writeln!(
                    out,
                    "    - family: {}\n      given: {}",
                    q(family),
                    q(given)
                );
            }
            Creator::Institution(name) => {
                let _ = writeln!(out, "    - literal: {}", q(name));
            }
        }
    }
}

fn work_yaml(out: &mut String, corpus: &Corpus, work: &Work) {
    let _ = writeln!(out, "- id: {}\n  type: {}", work.key, work.kind.csl());
    write_names(out, "author", &corpus.creators, &work.authors);
    write_names(out, "editor", &corpus.creators, &work.editors);
    let _ = writeln!(out, "  title: {}", q(&work.title));
    if let Some(s) = &work.title_short {
        let _ = writeln!(out, "  title-short: {}", q(s));
    }
    if let Some(s) = &work.container {
        let _ = writeln!(out, "  container-title: {}", q(s));
    }
    if let Some(v) = work.volume {
        let _ = writeln!(out, "  volume: {v}");
    }
    if let Some(v) = work.issue {
        let _ = writeln!(out, "  issue: {v}");
    }
    if let Some(s) = &work.page {
        let _ = writeln!(out, "  page: {}", q(s));
    }
    if let Some((publisher, place)) = work.publisher {
        let _ = writeln!(
            out,
            "  publisher: {}\n  publisher-place: {}",
            q(publisher),
            q(place)
        );
    } else if work.kind == Kind::Report {
        let name = corpus.creators[work.authors[0]].display();
        let _ = writeln!(out, "  publisher: {}", q(&name));
    }
    match work.kind {
        Kind::Webpage | Kind::Newspaper | Kind::Report => {
            let _ = writeln!(
                out,
                "  issued: {}-{:02}-{:02}",
                work.year, work.month, work.day
            );
        }
        _ => {
            let _ = writeln!(out, "  issued: {}", work.year);
        }
    }
    if let Some(s) = &work.url {
        let _ = writeln!(out, "  URL: {}", q(s));
    }
    if let Some(s) = &work.doi {
        let _ = writeln!(out, "  DOI: {}", q(s));
    }
    if work.kind == Kind::Webpage {
        let _ = writeln!(out, "  accessed: 2024-03-15");
    }
}

fn note_markdown(corpus: &Corpus, note: &Note) -> String {
    let mut out = String::new();
    for segment in &note.segments {
        match segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Cluster(cites) => {
                out.push('[');
                for (i, c) in cites.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if let Some(p) = c.prefix {
                        out.push_str(p);
                        out.push(' ');
                    }
                    out.push('@');
                    out.push_str(&corpus.works[c.work].key);
                    if let Some(l) = &c.locator {
                        out.push_str(", ");
                        out.push_str(l);
                    }
                    if let Some(s) = c.suffix {
                        out.push_str(s);
                    }
                }
                out.push(']');
            }
        }
    }
    out
}

pub(crate) fn body_markdown(article: &Article) -> String {
    let mut out = String::new();
    for block in &article.body {
        match block {
            Block::Heading(h) => {
                let _ = writeln!(out, "## {h}\n");
            }
            Block::Paragraph(sentences) => {
                let text: Vec<String> = sentences
                    .iter()
                    .map(|(s, n)| format!("{s}[^{n}]."))
                    .collect();
                let _ = writeln!(out, "{}\n", text.join(" "));
            }
        }
    }
    out
}

pub(crate) fn write_dossier(
    corpus: &Corpus,
    dir: &Path,
    bibliography: BibFormat,
) -> io::Result<()> {
    let content = dir.join("content");
    for sub in ["articles", "bibliography", "contributors", "timeline"] {
        fs::create_dir_all(content.join(sub))?;
    }
    fs::write(
        dir.join("config.yaml"),
        "title: Synthetic dossier\n\
         description: A generated dossier for benchmarks.\n\
         base_url: https://example.org/\n",
    )?;
    for article in &corpus.articles {
        let mut out = String::new();
        let contributors: Vec<&str> = article
            .contributors
            .iter()
            .map(|c| corpus.profiles[*c].slug.as_str())
            .collect();
        let _ = writeln!(
            out,
            "---\ntitle: {}\ncontributors: [{}]\ndate: {}\nabstract: {}\n---\n",
            q(&article.title),
            contributors.join(", "),
            article.date,
            q(&article.abstract_)
        );
        out.push_str(&body_markdown(article));
        for (i, note) in article.notes.iter().enumerate() {
            let _ = writeln!(out, "[^{}]: {}", i + 1, note_markdown(corpus, note));
        }
        fs::write(
            content
                .join("articles")
                .join(format!("{}.md", article.slug)),
            out,
        )?;
    }
    write_bibliography(corpus, &content.join("bibliography"), bibliography)?;
    for profile in &corpus.profiles {
        let (given, family) = match &corpus.creators[profile.creator] {
            Creator::Person { given, family } if profile.creator != 0 => {
                (given.clone(), family.clone())
            }
            _ => ("Zoë".into(), "Åberg".into()),
        };
        let out = format!(
            "---\nname: {}\nfamily: {}\ngiven: {}\naffiliations:\n  - {}\nlinks:\n  - title: Homepage\n    url: https://example.org/people/{}\n---\n{} writes about alliances and partnerships.\n",
            q(&profile.name),
            q(&family),
            q(&given),
            q(&profile.affiliation),
            profile.slug,
            profile.name
        );
        fs::write(
            content
                .join("contributors")
                .join(format!("{}.md", profile.slug)),
            out,
        )?;
    }
    let mut out = String::new();
    for event in &corpus.events {
        let _ = writeln!(out, "- date: {}", event.date);
        if let Some(end) = &event.end {
            let _ = writeln!(out, "  end: {end}");
        }
        let keys: Vec<&str> = event
            .works
            .iter()
            .map(|w| corpus.works[*w].key.as_str())
            .collect();
        let _ = writeln!(
            out,
            "  title: {}\n  kind: {}\n  summary: {}\n  works: [{}]",
            q(&event.title),
            event.kind,
            q(&event.summary),
            keys.join(", ")
        );
    }
    fs::write(content.join("timeline").join("events.yaml"), out)?;
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("themes"),
        &dir.join("themes"),
    )
}

fn write_bibliography(corpus: &Corpus, dir: &Path, format: BibFormat) -> io::Result<()> {
    match format {
        BibFormat::CslJson => fs::write(dir.join("works.json"), exports::csl_json(corpus)),
        BibFormat::Bibtex => fs::write(dir.join("works.bib"), exports::bibtex(corpus)),
        BibFormat::Yaml => {
            for (i, chunk) in corpus.works.chunks(WORKS_PER_FILE).enumerate() {
                let mut out = String::new();
                for work in chunk {
                    work_yaml(&mut out, corpus, work);
                }
                fs::write(dir.join(format!("works-{:02}.yaml", i + 1)), out)?;
            }
            Ok(())
        }
    }
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
