//! Synthetic corpus generator for benchmarks: a dossier of about `--pages` pages in dossier's
//! content format and, with `--hugo DIR`, the equivalent Hugo site.
//!
//! ```sh
//! cargo run --release --example corpus -- --pages 10000 --out DIR [--hugo HUGO_DIR] [--seed 1]
//!     [--bibliography yaml|csl-json|bibtex]
//! ```
//!
//! `--bibliography` chooses how the works are written: YAML files of `WORKS_PER_FILE` works
//! (the default), or all of them in one CSL-JSON or one BibTeX file, as a reference manager
//! exports them (`bench/load-scaling.sh` loads each at several sizes).
//!
//! The output is deterministic for a given `--pages` and `--seed` (a seeded splitmix64, std
//! only). Dossier writes one `index.html` page per article, per work and per author (distinct
//! person or institution over all works, profiles merged in) plus four fixed ones (home,
//! sources, authors, timeline) and a `404.html`; the counts are chosen so that the `index.html`
//! pages number `--pages`. Every work in the pool is cited at least once and every author of
//! the pool wrote or edited at least one work, so each gets its page. The Hugo site has the same
//! articles with the same 70 notes as footnotes (citations pre-formatted in a Chicago-like
//! style, each linking to its work's page), a `sources` taxonomy (one term page per work,
//! holding the work's reference) and an `authors` taxonomy (one term page per author) listing
//! the articles, which gives the same number of `index.html` files: home, `/articles/`,
//! `/sources/`, `/authors/`, one per article, work and author, plus `404.html`.
//!
//! Every note is referenced from the body (Hugo's Markdown drops footnotes that are not), so
//! both generators render the same 70 notes per article.

mod citations;
mod creators;
mod dossier_site;
mod exports;
mod generate;
mod hugo_site;
mod model;
mod rng;
mod words;

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dossier_site::write_dossier;
use exports::BibFormat;
use generate::generate;
use hugo_site::write_hugo;

/// Notes per article.
pub(crate) const NOTES: usize = 70;
/// `index.html` pages dossier writes besides articles, works and authors: home, sources, authors,
/// timeline (404.html comes on top).
pub(crate) const FIXED_PAGES: usize = 4;
/// Works (each cited for the first time by one article) per article.
pub(crate) const WORKS_PER_ARTICLE: f64 = 24.0;
/// Distinct authors per work.
pub(crate) const AUTHORS_PER_WORK: f64 = 1.0;
/// Works per bibliography file.
pub(crate) const WORKS_PER_FILE: usize = 500;
/// Timeline events.
pub(crate) const EVENTS: usize = 30;

struct Args {
    pages: usize,
    out: PathBuf,
    hugo: Option<PathBuf>,
    seed: u64,
    bibliography: BibFormat,
}

fn parse_args() -> Result<Args, String> {
    let mut pages = None;
    let mut out = None;
    let mut hugo = None;
    let mut seed = 1;
    let mut bibliography = BibFormat::Yaml;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--pages" => {
                pages = Some(
                    value("--pages")?
                        .parse::<usize>()
                        .map_err(|e| format!("--pages: {e}"))?,
                )
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--hugo" => hugo = Some(PathBuf::from(value("--hugo")?)),
            "--seed" => {
                seed = value("--seed")?
                    .parse::<u64>()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--bibliography" => bibliography = BibFormat::parse(&value("--bibliography")?)?,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let pages = pages.ok_or("--pages is required")?;
    if pages < 60 {
        return Err("--pages must be at least 60".into());
    }
    Ok(Args {
        pages,
        out: out.ok_or("--out is required")?,
        hugo,
        seed,
        bibliography,
    })
}

/// Empties what a previous run of the generator wrote under `dir`.
fn reset(dir: &Path, entries: &[&str]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    for entry in entries {
        let path = dir.join(entry);
        if path.is_dir() {
            fs::remove_dir_all(&path)?;
        } else if path.exists() {
            fs::remove_file(&path)?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: cargo run --release --example corpus -- --pages N --out DIR [--hugo HUGO_DIR] [--seed S] [--bibliography yaml|csl-json|bibtex]"
            );
            return ExitCode::from(2);
        }
    };
    let corpus = generate(args.pages, args.seed);

    let result = reset(
        &args.out,
        &[
            "config.yaml",
            "content",
            "themes",
            "output",
            ".dossier-cache",
        ],
    )
    .and_then(|()| write_dossier(&corpus, &args.out, args.bibliography))
    .and_then(|()| match &args.hugo {
        Some(dir) => reset(
            dir,
            &[
                "hugo.toml",
                "content",
                "layouts",
                "public",
                "resources",
                ".hugo_build.lock",
            ],
        )
        .and_then(|()| write_hugo(&corpus, dir)),
        None => Ok(()),
    });
    if let Err(e) = result {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }

    let notes: usize = corpus.articles.iter().map(|a| a.notes.len()).sum();
    let citations: usize = corpus
        .articles
        .iter()
        .flat_map(|a| &a.notes)
        .map(|n| n.works().len())
        .sum();
    let mut by_kind: HashMap<&str, usize> = HashMap::new();
    for w in &corpus.works {
        *by_kind.entry(w.kind.csl()).or_default() += 1;
    }
    let mut kinds: Vec<_> = by_kind.into_iter().collect();
    kinds.sort();
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let institutional = corpus.works.iter().filter(|w| w.institutional).count();
    let authors = corpus.creators.len();
    let institutions = authors - corpus.people;
    let pages = corpus.articles.len() + corpus.works.len() + authors + FIXED_PAGES;
    println!("articles      {}", corpus.articles.len());
    println!("notes         {notes}");
    println!("citations     {citations}");
    println!(
        "works         {} ({}; {institutional} by institutions)",
        corpus.works.len(),
        kinds.join(", ")
    );
    println!(
        "authors       {authors} ({} people, {institutions} institutions)",
        corpus.people
    );
    println!("contributors  {}", corpus.profiles.len());
    println!("events        {}", corpus.events.len());
    println!(
        "expected pages {pages} (index.html: articles + works + authors + home, /sources/, /authors/, /timeline/; plus 404.html)"
    );
    println!("dossier corpus in {}", args.out.display());
    if let Some(dir) = &args.hugo {
        println!(
            "hugo site in {} (expected pages {}: articles + works + authors + home, /articles/, /sources/, /authors/; plus 404.html)",
            dir.display(),
            corpus.articles.len() + corpus.works.len() + authors + 4
        );
    }
    ExitCode::SUCCESS
}
