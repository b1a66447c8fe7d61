//! The command line: parses arguments and calls the library; prints diagnostics.

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::error::Error;
use crate::BuildOptions;

#[derive(Debug, Parser)]
#[command(
    name = "dossier",
    version,
    about = "A static site generator for citation-heavy research dossiers"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder (output/ by default).
    Build(BuildArgs),
    /// Validate the dossier without writing anything, and warn about likely mistakes.
    Check(CheckArgs),
    /// Serve the site on localhost from memory; with --watch, rebuild on save and reload the browser.
    Serve(ServeArgs),
    /// Remove the output folder and the reference cache, for a cold build.
    Clean(CleanArgs),
    /// Create a new dossier: config.yaml, a sample article, works, contributor, timeline, theme.
    Init(InitArgs),
    /// Import notes copied from an article, or a BibTeX / CSL-JSON export.
    #[command(subcommand)]
    Import(ImportCommand),
}

#[derive(Debug, clap::Args)]
struct InitArgs {
    /// The folder to create the dossier in (new or empty).
    dir: PathBuf,
    /// Write into a folder that is not empty, replacing files of the same names.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Numbered notes (plain text or Markdown) into an article with citations and its works.
    Notes(ImportNotesArgs),
    /// A BibTeX (.bib) or CSL-JSON (.json) export into content/bibliography/imported.yaml.
    Bib(ImportBibArgs),
}

#[derive(Debug, clap::Args)]
struct ImportNotesArgs {
    /// The notes: `1. …`, `1 …` or `[1] …`, one per paragraph or per line.
    file: PathBuf,
    /// The dossier's folder.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The article's slug: writes content/articles/<slug>.md and content/bibliography/<slug>.yaml.
    #[arg(long)]
    article: String,
    /// Print the review report; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Replace an existing article and report (the bibliography is only appended to).
    #[arg(long)]
    force: bool,
}

#[derive(Debug, clap::Args)]
struct ImportBibArgs {
    /// The export: .bib (BibTeX/BibLaTeX) or .json (CSL-JSON).
    file: PathBuf,
    /// The dossier's folder.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Report what would be added, matched and skipped; write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// The dossier's folder, holding config.yaml, content/ and themes/.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The configuration file [default: <root>/config.yaml].
    #[arg(long)]
    config: Option<PathBuf>,
    /// Check articles marked `draft: true` too.
    #[arg(long)]
    drafts: bool,
    /// Treat warnings as errors (exit 1 when there is any).
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// The dossier's folder, holding config.yaml, content/ and themes/.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The configuration file [default: <root>/config.yaml].
    #[arg(long)]
    config: Option<PathBuf>,
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// The address to listen on; only this machine can connect unless you change it.
    #[arg(long, default_value = "127.0.0.1")]
    interface: std::net::IpAddr,
    /// The base URL the pages link with [default: http://<interface>:<port>/]; a sub-path is served under it.
    #[arg(long)]
    base_url: Option<String>,
    /// Build articles marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Watch content/, themes/ and config.yaml; rebuild on change and reload the browser.
    #[arg(long)]
    watch: bool,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
}

#[derive(Debug, clap::Args)]
struct CleanArgs {
    /// The dossier's folder.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The output folder to remove [default: <root>/output].
    #[arg(long)]
    output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// The dossier's folder, holding config.yaml, content/ and themes/.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The configuration file [default: <root>/config.yaml].
    #[arg(long)]
    config: Option<PathBuf>,
    /// Where to write the site [default: <root>/output].
    #[arg(long)]
    output: Option<PathBuf>,
    /// The URL the site is published at, overriding config.yaml (may carry a sub-path).
    #[arg(long)]
    base_url: Option<String>,
    /// Build articles marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Format every reference afresh: neither read nor write the reference cache.
    #[arg(long)]
    no_cache: bool,
}

impl BuildArgs {
    fn options(&self) -> BuildOptions {
        BuildOptions {
            root: self.root.clone(),
            config: self.config.as_ref().map(|c| {
                if c.is_relative() && !c.exists() {
                    self.root.join(c)
                } else {
                    c.clone()
                }
            }),
            output: self.output.clone(),
            base_url: self.base_url.clone(),
            drafts: self.drafts,
            no_cache: self.no_cache,
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => build(&args),
        Command::Check(args) => check(&args),
        Command::Serve(args) => serve(args),
        Command::Clean(args) => clean(&args),
        Command::Init(args) => init(&args),
        Command::Import(ImportCommand::Notes(args)) => import_notes(args),
        Command::Import(ImportCommand::Bib(args)) => import_bib(args),
    }
}

fn init(args: &InitArgs) -> i32 {
    match crate::init::init(&args.dir, args.force) {
        Ok(files) => {
            println!(
                "created a dossier in {} ({} files); next: dossier build --root {}",
                args.dir.display(),
                files.len(),
                args.dir.display()
            );
            0
        }
        Err(e) => {
            eprintln!("{}", e.with_sources());
            1
        }
    }
}

fn import_notes(args: ImportNotesArgs) -> i32 {
    let job = crate::import::NotesImport {
        root: args.root,
        file: args.file,
        article: args.article,
        dry_run: args.dry_run,
        force: args.force,
    };
    match crate::import::import_notes(&job) {
        Ok(outcome) if !outcome.written => {
            print!("{}", outcome.report);
            println!("\n--dry-run: nothing written");
            0
        }
        Ok(outcome) => {
            println!(
                "imported {} notes and {} new works into {} and {}; review {}",
                outcome.notes,
                outcome.new_works,
                outcome.article_path.display(),
                outcome.bibliography_path.display(),
                outcome.report_path.display()
            );
            0
        }
        Err(e) => {
            eprintln!("{}", e.with_sources());
            eprintln!("import failed; nothing was written");
            1
        }
    }
}

fn import_bib(args: ImportBibArgs) -> i32 {
    let job = crate::import::BibImport {
        root: args.root,
        file: args.file,
        dry_run: args.dry_run,
    };
    match crate::import::import_bib(&job) {
        Ok(outcome) => {
            print!("{}", outcome.report());
            if args.dry_run {
                println!("--dry-run: nothing written");
            }
            0
        }
        Err(e) => {
            eprintln!("{}", e.with_sources());
            eprintln!("import failed; nothing was written");
            1
        }
    }
}

fn check(args: &CheckArgs) -> i32 {
    let options = BuildOptions {
        root: args.root.clone(),
        config: args.config.as_ref().map(|c| {
            if c.is_relative() && !c.exists() {
                args.root.join(c)
            } else {
                c.clone()
            }
        }),
        drafts: args.drafts,
        no_cache: true,
        ..BuildOptions::default()
    };
    match crate::check::check(&options) {
        Ok(warnings) => {
            for w in &warnings {
                eprintln!("{}\n", Error::one(w.clone()).with_sources());
            }
            let verdict = if warnings.is_empty() {
                "no problems found".to_string()
            } else {
                format!(
                    "{} warning{}",
                    warnings.len(),
                    if warnings.len() == 1 { "" } else { "s" }
                )
            };
            println!("checked {}: {verdict}", args.root.display());
            if args.strict && !warnings.is_empty() {
                eprintln!("--strict: warnings count as errors");
                1
            } else {
                0
            }
        }
        Err(e) => {
            eprintln!("{}", e.with_sources());
            eprintln!("check failed");
            1
        }
    }
}

fn serve(args: ServeArgs) -> i32 {
    let options = crate::serve::ServeOptions {
        build: BuildOptions {
            config: args.config.as_ref().map(|c| {
                if c.is_relative() && !c.exists() {
                    args.root.join(c)
                } else {
                    c.clone()
                }
            }),
            root: args.root,
            output: None,
            base_url: args.base_url,
            drafts: args.drafts,
            no_cache: false,
        },
        interface: args.interface,
        port: args.port,
        watch: args.watch,
        open: args.open,
    };
    match crate::serve::run(options) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

fn clean(args: &CleanArgs) -> i32 {
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| args.root.join("output"));
    let cache = args.root.join(crate::CACHE_DIR);
    for dir in [&output, &cache] {
        match std::fs::remove_dir_all(dir) {
            Ok(()) => println!("removed {}", dir.display()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                eprintln!("error: cannot remove {}: {e}", dir.display());
                return 1;
            }
        }
    }
    0
}

fn build(args: &BuildArgs) -> i32 {
    let started = Instant::now();
    match crate::build(&args.options()) {
        Ok(report) => {
            println!(
                "built {} pages ({} files; {} rendered, {} references formatted) from {} articles, {} notes, {} works, {} authors, {} events into {} in {} ms",
                report.pages,
                report.files,
                report.rendered,
                report.formatted,
                report.articles,
                report.notes,
                report.works,
                report.authors,
                report.events,
                report.output.display(),
                started.elapsed().as_millis()
            );
            0
        }
        Err(e) => {
            report_error(e);
            1
        }
    }
}

/// Prints an error with the source lines that its diagnostics point at.
pub fn report_error(e: Error) {
    eprintln!("{}", e.with_sources());
    eprintln!("build failed; the previous output was left as it was");
}
