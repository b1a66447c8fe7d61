//! Listing and reading content files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Location};

/// The files under `dir` with one of `extensions`, sorted by path so that output never
/// depends on the order the file system lists them. A missing folder holds no files.
pub fn list(dir: &Path, extensions: &[&str]) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let mut seen = BTreeSet::new();
    walk(dir, extensions, &mut files, &mut seen, 0)?;
    files.sort();
    Ok(files)
}

const MAX_DEPTH: usize = 32;

fn walk(
    dir: &Path,
    extensions: &[&str],
    files: &mut Vec<PathBuf>,
    seen: &mut BTreeSet<PathBuf>,
    depth: usize,
) -> Result<(), Error> {
    if !dir.exists() {
        return Ok(());
    }
    let canonical = dir.canonicalize().map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    if depth > MAX_DEPTH || !seen.insert(canonical) {
        return Err(Diagnostic::new(
            Location::file(dir),
            "this folder contains itself through a symbolic link (a loop)",
        )
        .with_hint("remove the symbolic link that points back to a parent folder")
        .into());
    }
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| Error::Read {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if is_ignored(&name) {
            continue;
        }
        if path.is_dir() {
            walk(&path, extensions, files, seen, depth + 1)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e.to_ascii_lowercase().as_str()))
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Hidden files and editors' temporary and backup files.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('#') || name.ends_with('~') || name.ends_with(".swp")
}

/// Reads a content file as UTF-8 text, without BOM, with LF line ends.
pub fn read_text(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(crate::text::normalize(&text)),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            Err(Diagnostic::new(
                Location::at_offset(path, &text, text.len(), 1),
                "this file is not valid UTF-8",
            )
            .with_hint("save the file as UTF-8 (most editors have an encoding menu)")
            .into())
        }
    }
}
