//! A warm build whose output is the previous one, file for file, writes nothing: hard-linking
//! 10,000 unchanged pages into a fresh folder and deleting the old one cost more than `cp -al`
//! of the tree, for an output folder that would end up as it was.

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;

use super::{minify, stamp, ManifestEntry};
use crate::render::Site;

/// The manifest of `output` when the site to write is exactly what `output` holds: the same
/// paths, the unchanged pages as the previous build left them, every rendered file with the
/// bytes already there, no other file or folder in the tree. `None` when anything differs,
/// and the site is written into a fresh folder as usual.
pub(super) fn same_output(
    site: &Site,
    output: &Path,
    previous: &BTreeMap<String, ManifestEntry>,
) -> Option<BTreeMap<String, ManifestEntry>> {
    // Cheap checks first: the set of paths, then the bytes of the rendered files (minified
    // and hashed, stopping at the first difference), then the tree on disk.
    if previous.len() != site.files.len() + site.unchanged.len()
        || !site.unchanged.iter().all(|p| previous.contains_key(p))
        || !site.files.iter().all(|f| previous.contains_key(&f.path))
    {
        return None;
    }
    let same_bytes = site.files.par_iter().all(|file| {
        let bytes = if site.minify {
            minify(file)
        } else {
            file.bytes.to_vec()
        };
        let known = &previous[&file.path];
        known.output == xxhash_rust::xxh3::xxh3_64(&bytes) && known.size == bytes.len() as u64
    });
    if !same_bytes || tree_files(output, "", previous) != Some(previous.len()) {
        return None;
    }
    // A page rendered again to the same bytes keeps them, under its new inputs.
    let mut manifest = previous.clone();
    for (path, inputs) in &site.page_inputs {
        if let Some(entry) = manifest.get_mut(path) {
            entry.inputs = *inputs;
        }
    }
    Some(manifest)
}

/// How many files lie under `dir` (relative path `prefix`), each as `manifest` has it (size
/// and modification time); `None` at the first file it lacks or that changed since, at an
/// empty folder, a symbolic link or anything else the build did not write.
fn tree_files(
    dir: &Path,
    prefix: &str,
    manifest: &BTreeMap<String, ManifestEntry>,
) -> Option<usize> {
    let entries: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .collect::<Result<_, _>>()
        .ok()?;
    if entries.is_empty() && !prefix.is_empty() {
        return None;
    }
    entries
        .par_iter()
        .map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let path = format!("{prefix}{name}");
            let kind = entry.file_type().ok()?;
            if kind.is_dir() {
                tree_files(&entry.path(), &format!("{path}/"), manifest)
            } else if kind.is_file() {
                let e = manifest.get(&path)?;
                (stamp(&entry.path()) == Some((e.size, e.modified))).then_some(1)
            } else {
                None
            }
        })
        .try_fold(|| 0, |n, files| files.map(|f| n + f))
        .try_reduce(|| 0, |a, b| Some(a + b))
}
