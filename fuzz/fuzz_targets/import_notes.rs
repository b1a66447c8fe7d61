//! `dossier import notes` on arbitrary text, as a dry run into an empty dossier on disk: the
//! notes are split, segmented, read, resolved, written to Markdown and YAML in memory and
//! loaded back. Errors are fine (no numbered notes, a result that does not load); panics are
//! not.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// One empty dossier for the whole run: a dry run writes nothing into it.
fn dossier() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("content/bibliography")).expect("folder");
        std::fs::create_dir_all(dir.path().join("content/articles")).expect("folder");
        dir
    })
    .path()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The first byte chooses plain text or Markdown notes.
    let (extension, notes) = match text.strip_prefix('#') {
        Some(rest) => ("md", rest),
        None => ("txt", text),
    };
    let file: PathBuf = dossier().join(format!("notes.{extension}"));
    std::fs::write(&file, notes).expect("notes file");
    let job = dossier::import::NotesImport {
        root: dossier().to_path_buf(),
        file,
        article: "fuzzed".to_string(),
        dry_run: true,
        force: false,
    };
    if let Ok(outcome) = dossier::import::import_notes(&job) {
        assert!(!outcome.written, "a dry run writes nothing");
    }
});
