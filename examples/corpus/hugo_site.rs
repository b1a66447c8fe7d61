//! Hugo output: the equivalent site, with citations pre-formatted as footnotes and `sources`
//! and `authors` taxonomies.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use crate::dossier_site::{body_markdown, q};
use crate::model::{Corpus, Kind, Note, Segment, Work};
use crate::words::MONTHS;

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

fn date_text(work: &Work) -> String {
    format!(
        "{} {}, {}",
        MONTHS[work.month as usize - 1],
        work.day,
        work.year
    )
}

/// The full note form, Chicago-like, without the locator and final period.
fn full_reference(corpus: &Corpus, work: &Work) -> String {
    let display = |list: &[usize]| -> Vec<String> {
        list.iter().map(|c| corpus.creators[*c].display()).collect()
    };
    let authors = join_names(&display(&work.authors));
    let editors = join_names(&display(&work.editors));
    let title = if work.kind.italic_title() {
        format!("*{}*", work.title)
    } else {
        format!("“{},”", work.title)
    };
    let imprint = |year: u32| match work.publisher {
        Some((publisher, place)) => format!("({place}: {publisher}, {year})"),
        None => format!("({year})"),
    };
    match work.kind {
        Kind::Book if work.authors.is_empty() => {
            let ed = if work.editors.len() > 1 {
                "eds."
            } else {
                "ed."
            };
            format!("{editors}, {ed}, {title} {}", imprint(work.year))
        }
        Kind::Book | Kind::Report => format!("{authors}, {title} {}", imprint(work.year)),
        Kind::Chapter => format!(
            "{authors}, {title} in *{}*, ed. {editors} {}",
            work.container.as_deref().unwrap_or_default(),
            imprint(work.year)
        ),
        Kind::Journal => {
            let mut s = format!(
                "{authors}, {title} *{}* {}",
                work.container.as_deref().unwrap_or_default(),
                work.volume.unwrap_or(1)
            );
            if let Some(issue) = work.issue {
                let _ = write!(s, ", no. {issue}");
            }
            let _ = write!(s, " ({})", work.year);
            s
        }
        Kind::Webpage => format!(
            "{authors}, {title} {}, {}",
            work.container.as_deref().unwrap_or_default(),
            date_text(work)
        ),
        Kind::Newspaper => format!(
            "{authors}, {title} *{}*, {}",
            work.container.as_deref().unwrap_or_default(),
            date_text(work)
        ),
    }
}

/// The short note form: family names and short title.
fn short_reference(corpus: &Corpus, work: &Work) -> String {
    let list = if work.authors.is_empty() {
        &work.editors
    } else {
        &work.authors
    };
    let names: Vec<String> = list.iter().map(|c| corpus.creators[*c].short()).collect();
    let short = work.title_short.clone().unwrap_or_else(|| {
        let t = work.title.split(':').next().unwrap_or(&work.title);
        t.split_whitespace().take(4).collect::<Vec<_>>().join(" ")
    });
    if work.kind.italic_title() {
        format!("{}, *{short}*", join_names(&names))
    } else {
        format!("{}, “{short}”", join_names(&names))
    }
}

fn hugo_locator(locator: &Option<String>, suffix: Option<&str>) -> String {
    match locator {
        Some(l) => format!(
            ", {}{}",
            l.strip_prefix("pp. ").unwrap_or(l),
            suffix.unwrap_or_default()
        ),
        None => String::new(),
    }
}

/// A note as pre-formatted Markdown, each citation linking to its work's term page.
fn hugo_note(
    corpus: &Corpus,
    note: &Note,
    seen: &mut HashSet<usize>,
    previous: Option<usize>,
) -> String {
    let works = note.works();
    let single = (works.len() == 1).then(|| works[0]);
    let mut out = String::new();
    for segment in &note.segments {
        match segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Cluster(cites) => {
                for (i, c) in cites.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if let Some(p) = c.prefix {
                        let _ = write!(out, "{p} ");
                    }
                    let work = &corpus.works[c.work];
                    let url = format!("/sources/{}/", work.key);
                    let text = if single.is_some() && previous == single {
                        "Ibid".to_string()
                    } else if seen.insert(c.work) {
                        full_reference(corpus, work)
                    } else {
                        short_reference(corpus, work)
                    };
                    let _ = write!(out, "[{text}]({url}){}", hugo_locator(&c.locator, c.suffix));
                    if work.kind == Kind::Report || work.kind == Kind::Webpage {
                        if let (Some(u), false) = (&work.url, text == "Ibid") {
                            let _ = write!(out, ", <{u}>");
                        }
                    }
                }
            }
        }
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

const HUGO_BASEOF: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
<style>body{max-width:42rem;margin:auto;padding:1rem;font-family:Georgia,serif;line-height:1.5}nav a{margin-right:1rem}.footnotes{font-size:.9em}</style>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav><a href="{{ "/articles/" | relURL }}">Articles</a><a href="{{ "/sources/" | relURL }}">Sources</a><a href="{{ "/authors/" | relURL }}">Authors</a></nav>
</header>
<main>
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
"#;

const HUGO_SINGLE: &str = r#"{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p class="byline">{{ delimit .Params.contributors ", " " and " }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<section class="abstract"><h2>Abstract</h2>{{ .Params.abstract | markdownify }}</section>
{{ .Content }}
<section class="cited"><h2>Works cited</h2>
<ul>{{ range .GetTerms "sources" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</section>
</article>
{{ end }}
"#;

const HUGO_LIST: &str = r#"{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ if eq .Kind "taxonomy" }}
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ else }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> · {{ .Date.Format "2006" }}</li>{{ end }}</ul>
{{ end }}
{{ end }}
"#;

const HUGO_HOME: &str = r#"{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<p>{{ len (where .Site.RegularPages "Section" "articles") }} articles.</p>
<ul>{{ range where .Site.RegularPages "Section" "articles" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
"#;

const HUGO_404: &str = r#"{{ define "main" }}
<h1>Page not found</h1>
<p><a href="{{ "/" | relURL }}">Home</a></p>
{{ end }}
"#;

pub(crate) fn write_hugo(corpus: &Corpus, dir: &Path) -> io::Result<()> {
    fs::write(
        dir.join("hugo.toml"),
        "baseURL = \"https://example.org/\"\n\
         languageCode = \"en-us\"\n\
         title = \"Synthetic dossier\"\n\
         disableKinds = [\"RSS\"]\n\
         \n\
         [taxonomies]\n\
         source = \"sources\"\n\
         author = \"authors\"\n",
    )?;
    let layouts = dir.join("layouts").join("_default");
    fs::create_dir_all(&layouts)?;
    fs::write(layouts.join("baseof.html"), HUGO_BASEOF)?;
    fs::write(layouts.join("single.html"), HUGO_SINGLE)?;
    fs::write(layouts.join("list.html"), HUGO_LIST)?;
    fs::write(dir.join("layouts").join("index.html"), HUGO_HOME)?;
    fs::write(dir.join("layouts").join("404.html"), HUGO_404)?;

    let content = dir.join("content");
    let articles_dir = content.join("articles");
    fs::create_dir_all(&articles_dir)?;
    fs::write(
        articles_dir.join("_index.md"),
        "---\ntitle: Articles\n---\n",
    )?;
    for article in &corpus.articles {
        let mut seen = HashSet::new();
        let mut previous = None;
        let mut notes = String::new();
        let mut sources: Vec<usize> = Vec::new();
        let mut source_set = HashSet::new();
        for (i, note) in article.notes.iter().enumerate() {
            let text = hugo_note(corpus, note, &mut seen, previous);
            let _ = writeln!(notes, "[^{}]: {text}", i + 1);
            let works = note.works();
            previous = (works.len() == 1).then(|| works[0]);
            for w in works {
                if source_set.insert(w) {
                    sources.push(w);
                }
            }
        }
        let mut authors: Vec<String> = Vec::new();
        let mut author_set = HashSet::new();
        for w in &sources {
            for c in corpus.works[*w].creators() {
                if author_set.insert(c) {
                    authors.push(corpus.creators[c].display());
                }
            }
        }
        let contributors: Vec<String> = article
            .contributors
            .iter()
            .map(|c| q(&corpus.profiles[*c].name))
            .collect();
        let keys: Vec<&str> = sources
            .iter()
            .map(|w| corpus.works[*w].key.as_str())
            .collect();
        let authors: Vec<String> = authors.iter().map(|a| q(a)).collect();
        let mut out = format!(
            "---\ntitle: {}\ndate: {}\ncontributors: [{}]\nabstract: {}\nsources: [{}]\nauthors: [{}]\n---\n\n",
            q(&article.title),
            article.date,
            contributors.join(", "),
            q(&article.abstract_),
            keys.join(", "),
            authors.join(", ")
        );
        out.push_str(&body_markdown(article));
        out.push_str(&notes);
        fs::write(articles_dir.join(format!("{}.md", article.slug)), out)?;
    }
    // Term pages of works carry the work's reference, as dossier's source pages do.
    let sources_dir = content.join("sources");
    fs::create_dir_all(&sources_dir)?;
    fs::write(sources_dir.join("_index.md"), "---\ntitle: Sources\n---\n")?;
    for work in &corpus.works {
        let term = sources_dir.join(&work.key);
        fs::create_dir_all(&term)?;
        let mut reference = full_reference(corpus, work);
        if let Some(page) = &work.page {
            let _ = write!(reference, ", {page}");
        }
        if let Some(url) = &work.url {
            let _ = write!(reference, ", <{url}>");
        }
        fs::write(
            term.join("_index.md"),
            format!(
                "---\ntitle: {}\n---\n\n{reference}.\n",
                q(&short_reference(corpus, work).replace(['*', '“', '”'], ""))
            ),
        )?;
    }
    let authors_dir = content.join("authors");
    fs::create_dir_all(&authors_dir)?;
    fs::write(authors_dir.join("_index.md"), "---\ntitle: Authors\n---\n")?;
    Ok(())
}
