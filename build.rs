//! Embeds every file of `themes/default/` for `dossier init`, so that the binary carries the
//! theme it was built with and no list needs updating by hand.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let theme = root.join("themes/default");
    println!("cargo:rerun-if-changed=themes/default");
    let mut files = Vec::new();
    collect(&theme, &theme, &mut files);
    files.sort();
    let mut code = String::from("/// Every file of `themes/default/`, embedded at compile time by build.rs.\npub const DEFAULT_THEME: &[(&str, &[u8])] = &[\n");
    for rel in &files {
        let absolute = theme.join(rel);
        println!("cargo:rerun-if-changed={}", absolute.display());
        code.push_str(&format!(
            "    ({rel:?}, include_bytes!({:?})),\n",
            absolute.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("default_theme.rs");
    std::fs::write(out, code).expect("write the theme list");
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(base, &path, out);
        } else if let Ok(rel) = path.strip_prefix(base) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}
