//! Front-matter splitting and parsing of arbitrary text never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let text = dossier::text::normalize(text);
    let path = std::path::Path::new("fuzz.md");
    if let Ok(split) = dossier::load::frontmatter::split(&text, path) {
        let _ = dossier::yaml::parse::<dossier::yaml::Value>(split.front_matter, path, split.front_matter_line);
    }
});
