//! The whole load → resolve stage on arbitrary files: the input is split into an article, a
//! works file and a timeline file of a dossier on disk; errors are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.splitn(3, "\u{0}");
    let article = parts.next().unwrap_or("");
    let works = parts.next().unwrap_or("");
    let events = parts.next().unwrap_or("");
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    for (folder, name, body) in [("articles", "a.md", article), ("bibliography", "w.yaml", works), ("timeline", "t.yaml", events)] {
        let folder = content.join(folder);
        std::fs::create_dir_all(&folder).expect("folder");
        std::fs::write(folder.join(name), body).expect("file");
    }
    let config = dossier::config::Config::default();
    if let Ok(loaded) = dossier::load::load(dir.path(), &config) {
        let _ = dossier::resolve::resolve(loaded, config);
    }
});
