//! Stage 4, write: minify, write into a fresh folder beside the output, swap it in.
//! A failed build leaves the previous output exactly as it was.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error, Location};
use crate::render::{OutputFile, Site};

mod unchanged;

/// What the output folder holds, as the last build wrote it: lets the next build keep
/// unchanged files (hard links into the new folder) instead of rendering and writing them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub files: BTreeMap<String, ManifestEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Hash of what the page was made of (0 for files that are not pages).
    pub inputs: u64,
    /// Hash of the bytes written.
    pub output: u64,
    pub size: u64,
    /// Modification time of the written file (ns since the epoch): a file changed by hand
    /// since the build is not trusted.
    pub modified: u128,
}

/// A file's size and modification time, as the manifest compares them.
fn stamp(path: &Path) -> Option<(u64, u128)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((meta.len(), modified))
}

impl Manifest {
    pub fn load(path: &Path) -> Manifest {
        std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let staging = path.with_extension(format!("tmp-{}", std::process::id()));
        std::fs::write(&staging, serde_json::to_vec(self)?)?;
        std::fs::rename(&staging, path)
    }

    /// The pages that `output` still holds as this manifest says: path → inputs hash.
    pub fn known_pages(&self, output: &Path) -> HashMap<String, u64> {
        self.files
            .par_iter()
            .filter(|(_, e)| e.inputs != 0)
            .filter(|(path, e)| {
                std::fs::metadata(output.join(path)).is_ok_and(|m| m.len() == e.size)
            })
            .map(|(path, e)| (path.clone(), e.inputs))
            .collect()
    }
}

/// The minifier's settings: CSS and JS minified too, closing tags and the `html`/`head` tags
/// kept (valid HTML that any parser reads the same), entities ended with `;` (validators).
pub fn minify_settings() -> minify_html::Cfg {
    minify_html::Cfg {
        minify_css: true,
        minify_js: true,
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_doctype: false,
        ..minify_html::Cfg::default()
    }
}

/// Minifies HTML, CSS and JS; other files pass through.
pub fn minify(file: &OutputFile) -> Vec<u8> {
    let cfg = minify_settings();
    let path = file.path.as_str();
    if path.ends_with(".html") {
        minify_html::minify(&file.bytes, &cfg)
    } else if path.ends_with(".css") {
        wrapped(&file.bytes, b"<style>", b"</style>", &cfg)
    } else if path.ends_with(".js") {
        wrapped(&file.bytes, b"<script>", b"</script>", &cfg)
    } else {
        file.bytes.to_vec()
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

/// Writes the site into `output`, replacing its previous content in one swap. Files that
/// `previous` shows unchanged are hard-linked from the old output instead of written.
pub fn write_site(site: &Site, output: &Path, previous: &Manifest) -> Result<Manifest, Error> {
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
    if let Some(files) = unchanged::same_output(site, output, &previous.files) {
        return Ok(Manifest { files });
    }
    let staging = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = write_all(site, &staging, output, previous)
        .and_then(|manifest| swap(&staging, output, &parent, &name).map(|()| manifest));
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

fn write_all(
    site: &Site,
    staging: &Path,
    output: &Path,
    previous: &Manifest,
) -> Result<Manifest, Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    if staging.exists() {
        std::fs::remove_dir_all(staging).map_err(io(staging))?;
    }
    std::fs::create_dir_all(staging).map_err(io(staging))?;
    let mut folders: Vec<PathBuf> = site
        .files
        .iter()
        .map(|f| f.path.as_str())
        .chain(site.unchanged.iter().map(String::as_str))
        .filter_map(|p| Path::new(p).parent().map(|d| staging.join(d)))
        .collect();
    folders.sort();
    folders.dedup();
    folders
        .par_iter()
        .try_for_each(|dir| std::fs::create_dir_all(dir).map_err(io(dir)))?;
    let fresh: Vec<(String, ManifestEntry)> = site
        .files
        .par_iter()
        .map(|file| {
            let bytes = if site.minify {
                minify(file)
            } else {
                file.bytes.to_vec()
            };
            let mut entry = ManifestEntry {
                inputs: site.page_inputs.get(&file.path).copied().unwrap_or(0),
                output: xxhash_rust::xxh3::xxh3_64(&bytes),
                size: bytes.len() as u64,
                modified: 0,
            };
            let target = staging.join(&file.path);
            let old = output.join(&file.path);
            let same = previous.files.get(&file.path).is_some_and(|e| {
                e.output == entry.output && stamp(&old) == Some((e.size, e.modified))
            });
            if !(same && keep(&old, &target)) {
                std::fs::write(&target, &bytes).map_err(io(&target))?;
            }
            entry.modified = stamp(&target).map_or(0, |(_, m)| m);
            Ok((file.path.clone(), entry))
        })
        .collect::<Result<_, Error>>()?;
    let kept: Vec<(String, ManifestEntry)> = site
        .unchanged
        .par_iter()
        .map(|path| {
            let target = staging.join(path);
            if !keep(&output.join(path), &target) {
                return Err(Diagnostic::new(
                    Location::file(&output.join(path)),
                    "a page of the previous build vanished while building",
                )
                .with_hint("build again, or with --no-cache")
                .into());
            }
            let mut entry = previous.files.get(path).copied().unwrap_or(ManifestEntry {
                inputs: 0,
                output: 0,
                size: 0,
                modified: 0,
            });
            // A copy (where links fail) has a new time; a link keeps the old one.
            entry.modified = stamp(&target).map_or(0, |(_, m)| m);
            Ok((path.clone(), entry))
        })
        .collect::<Result<_, Error>>()?;
    Ok(Manifest {
        files: fresh.into_iter().chain(kept).collect(),
    })
}

/// Puts the old output's file at `target`: a hard link, or a copy where links fail.
fn keep(old: &Path, target: &Path) -> bool {
    std::fs::hard_link(old, target).is_ok() || std::fs::copy(old, target).is_ok()
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
        remove_tree(staging);
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
    remove_tree(&old);
    Ok(())
}

/// Removes a folder tree, its top-level entries in parallel (deleting thousands of files
/// is most of a warm build's writing).
fn remove_tree(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.par_iter().for_each(|path| {
            let _ = if path.is_dir() {
                std::fs::remove_dir_all(path)
            } else {
                std::fs::remove_file(path)
            };
        });
    }
    let _ = std::fs::remove_dir_all(dir);
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
