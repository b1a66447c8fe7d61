//! Stage 4, write: minify, write into a fresh folder beside the output, swap it in.
//! A failed build leaves the previous output exactly as it was.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Location};
use crate::render::OutputFile;

/// Minifies HTML, CSS and JS; other files pass through.
pub fn minify(file: &OutputFile) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        minify_css: true,
        minify_js: true,
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_doctype: false,
        ..minify_html::Cfg::default()
    };
    let path = file.path.as_str();
    if path.ends_with(".html") {
        minify_html::minify(&file.bytes, &cfg)
    } else if path.ends_with(".css") {
        wrapped(&file.bytes, b"<style>", b"</style>", &cfg)
    } else if path.ends_with(".js") {
        wrapped(&file.bytes, b"<script>", b"</script>", &cfg)
    } else {
        file.bytes.clone()
    }
}

/// Standalone CSS and JS go through the same minifier as inline ones, inside their tag.
fn wrapped(bytes: &[u8], open: &[u8], close: &[u8], cfg: &minify_html::Cfg) -> Vec<u8> {
    let mut doc = open.to_vec();
    doc.extend_from_slice(bytes);
    doc.extend_from_slice(close);
    let out = minify_html::minify(&doc, cfg);
    match (out.strip_prefix(open), out.ends_with(close)) {
        (Some(inner), true) => inner[..inner.len() - close.len()].to_vec(),
        _ => bytes.to_vec(),
    }
}

/// Writes `files` into `output`, replacing its previous content in one swap.
pub fn write_site(files: &[OutputFile], output: &Path, minify_output: bool) -> Result<(), Error> {
    let (parent, name) = split(output)?;
    recover(&parent, &name, output);
    if output.exists() && !output.is_dir() {
        return Err(Diagnostic::new(
            Location::file(output),
            "the output path is a file, not a folder",
        )
        .with_hint("remove the file or choose another folder with --output")
        .into());
    }
    std::fs::create_dir_all(&parent).map_err(|source| Error::Write {
        path: parent.clone(),
        source,
    })?;
    let staging = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = write_all(files, &staging, minify_output)
        .and_then(|()| swap(&staging, output, &parent, &name));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

fn split(output: &Path) -> Result<(PathBuf, String), Error> {
    let absolute = if output.is_absolute() {
        output.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|source| Error::Write {
                path: output.to_path_buf(),
                source,
            })?
            .join(output)
    };
    let name = absolute
        .file_name()
        .map(|n| n.to_string_lossy().to_string());
    match (absolute.parent(), name) {
        (Some(parent), Some(name)) => Ok((parent.to_path_buf(), name)),
        _ => Err(Diagnostic::new(
            Location::file(output),
            "the output folder cannot be the file system root",
        )
        .into()),
    }
}

/// A build killed between the two renames of [`swap`] leaves the old site beside the
/// output: put it back; remove staging folders of killed builds.
fn recover(parent: &Path, name: &str, output: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let mut leftovers: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    leftovers.sort();
    for path in leftovers {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if file.starts_with(&format!(".{name}.old-")) && !output.exists() {
            let _ = std::fs::rename(&path, output);
        } else if file.starts_with(&format!(".{name}.tmp-"))
            || file.starts_with(&format!(".{name}.old-"))
        {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

fn write_all(files: &[OutputFile], staging: &Path, minify_output: bool) -> Result<(), Error> {
    if staging.exists() {
        std::fs::remove_dir_all(staging).map_err(|source| Error::Write {
            path: staging.to_path_buf(),
            source,
        })?;
    }
    std::fs::create_dir_all(staging).map_err(|source| Error::Write {
        path: staging.to_path_buf(),
        source,
    })?;
    files.par_iter().try_for_each(|file| {
        let path = staging.join(&file.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let bytes = if minify_output {
            minify(file)
        } else {
            file.bytes.clone()
        };
        std::fs::write(&path, bytes).map_err(|source| Error::Write { path, source })
    })
}

fn swap(staging: &Path, output: &Path, parent: &Path, name: &str) -> Result<(), Error> {
    if !output.exists() {
        return std::fs::rename(staging, output).map_err(|source| Error::Write {
            path: output.to_path_buf(),
            source,
        });
    }
    // One atomic exchange where the system has it: at every instant the output folder is
    // wholly the old site or wholly the new one.
    if exchange(staging, output).is_ok() {
        let _ = std::fs::remove_dir_all(staging);
        return Ok(());
    }
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(output, &old).map_err(|source| Error::Write {
        path: output.to_path_buf(),
        source,
    })?;
    if let Err(source) = std::fs::rename(staging, output) {
        let _ = std::fs::rename(&old, output);
        return Err(Error::Write {
            path: output.to_path_buf(),
            source,
        });
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// Swaps two paths atomically (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let result = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}
