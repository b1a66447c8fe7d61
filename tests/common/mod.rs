//! Helpers shared by the integration tests: fixture copies, the binary, HTML lookups.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary copy of `tests/fixtures/<name>` with the repository's themes.
pub fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("tests/fixtures").join(name), dir.path());
    copy_dir(&repo().join("themes"), &dir.path().join("themes"));
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs the `dossier` binary.
pub fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .output()
        .expect("run dossier")
}

pub fn build(root: &Path) -> Output {
    dossier(&["build", "--root", root.to_str().unwrap()])
}

pub fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref())
        .unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// Every file under `dir` with its bytes, for comparing whole output folders.
pub fn snapshot_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    collect(dir, dir, &mut out);
    out
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .to_string();
            out.insert(rel, std::fs::read(&path).unwrap());
        }
    }
}

/// The inner HTML of the element with `id` (quoted or not, as minified HTML has it), up to
/// its closing `</tag>`.
pub fn element_by_id<'a>(html: &'a str, tag: &str, id: &str) -> Option<&'a str> {
    let starts = [
        format!("<{tag} id={id}>"),
        format!("<{tag} id={id} "),
        format!("<{tag} id=\"{id}\""),
    ];
    let start = starts.iter().filter_map(|s| html.find(s.as_str())).min()?;
    let rest = &html[start..];
    let open_end = rest.find('>')? + 1;
    let close = rest.find(&format!("</{tag}>"))?;
    Some(&rest[open_end..close])
}

/// The values of every `href` in `html`.
pub fn hrefs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=") {
        rest = &rest[i + 5..];
        let value = if let Some(r) = rest.strip_prefix('"') {
            r.split('"').next().unwrap_or("")
        } else {
            rest.split([' ', '>']).next().unwrap_or("")
        };
        out.push(value.replace("&amp;", "&"));
    }
    out
}

/// Visible text of an HTML fragment.
pub fn text(html: &str) -> String {
    dossier::render::markdown::plain_text(html)
}

/// The source keys a fragment links to, in order (`/sources/<key>/`).
pub fn source_keys(html: &str, base: &str) -> Vec<String> {
    hrefs(html)
        .iter()
        .filter_map(|h| h.strip_prefix(&format!("{base}sources/")))
        .map(|k| k.trim_end_matches('/').to_string())
        .filter(|k| !k.is_empty())
        .collect()
}

/// Builds the fixture once (the "previous output"), breaks it with `breakage`, builds
/// again and checks the failure; returns stderr.
pub fn fails(breakage: impl FnOnce(&Path)) -> String {
    let dir = fixture("basic");
    let root = dir.path();
    let first = build(root);
    assert!(
        first.status.success(),
        "fixture does not build: {}",
        String::from_utf8_lossy(&first.stderr)
    );
    let before = snapshot_dir(&root.join("output"));
    breakage(root);
    let out = build(root);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(1),
        "expected exit 1, stderr: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert_eq!(
        before,
        snapshot_dir(&root.join("output")),
        "the previous output changed"
    );
    let left = leftovers(root);
    assert!(left.is_empty(), "staging folders left behind: {left:?}");
    stderr
}

pub fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = read(&path);
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

pub fn write(root: &Path, file: &str, text: &str) {
    std::fs::write(root.join(file), text).unwrap();
}

/// Builds the dossier at `root` into `output` (with `extra` flags) and insists it succeeds.
pub fn build_into(root: &Path, output: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let run = dossier(&args);
    assert!(
        run.status.success(),
        "dossier {} failed:\n{}",
        args.join(" "),
        String::from_utf8_lossy(&run.stderr)
    );
    run
}

/// Staging or old-output folders a build left beside `output/` in `root`.
pub fn leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with(".output"))
        .collect()
}
