//! Formatted references kept across builds: keyed by a hash of the work's data, the style,
//! the locale and the engine version, so a rebuild formats only what changed.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// What a style tells the pages besides formatted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleFacts {
    pub opening: String,
    pub closing: String,
    pub note_style: bool,
    /// The bibliography is sorted (by author, title…), not numbered in citation order, so
    /// each entry can be formatted on its own.
    pub sorted_bibliography: bool,
    /// Ibid positions print differently from other subsequent ones.
    pub distinguishes_ibid: bool,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct CiteCache {
    pub forms: HashMap<u64, String>,
    pub bibliographies: HashMap<u64, Vec<(String, String)>>,
    pub styles: HashMap<u64, StyleFacts>,
    /// Entries used by the latest build; the rest is dropped before saving.
    #[serde(skip)]
    pub used: std::collections::HashSet<u64>,
    /// Per bibliography entry (by its key), the text it is sorted by; kept in memory only.
    #[serde(skip)]
    pub sort_keys: HashMap<u64, String>,
}

/// The code that turns a work into formatted HTML: any change to it changes every cache
/// key, so a cache written by another build of dossier never answers for this one.
const FORMATTING_CODE: [&str; 6] = [
    include_str!("mod.rs"),
    include_str!("html.rs"),
    include_str!("item.rs"),
    include_str!("stand_in.rs"),
    include_str!("../render/citations.rs"),
    // The list of patches to the vendored hayagriva: none is meant to change the output,
    // but a cache made by another engine is not trusted.
    include_str!("../../vendor/hayagriva/PATCHES.md"),
];

/// A stable 64-bit hash of the parts.
pub fn key(parts: &[&[u8]]) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(&formatting_code_hash().to_le_bytes());
    hasher.update(hayagriva_version().as_bytes());
    for part in parts {
        hasher.update(&(part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hasher.digest()
}

fn formatting_code_hash() -> u64 {
    static HASH: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *HASH.get_or_init(|| xxhash_rust::xxh3::xxh3_64(FORMATTING_CODE.concat().as_bytes()))
}

/// The CSL engine's exact version, from the lock file the binary was built with: a new
/// hayagriva may format differently.
fn hayagriva_version() -> &'static str {
    const LOCK: &str = include_str!("../../Cargo.lock");
    static VERSION: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        LOCK.split("[[package]]")
            .find(|p| p.contains("name = \"hayagriva\""))
            .and_then(|p| p.lines().find(|l| l.starts_with("version = ")))
            .unwrap_or("hayagriva")
    })
}

impl CiteCache {
    pub fn get_form(&mut self, k: u64) -> Option<&String> {
        self.used.insert(k);
        self.forms.get(&k)
    }

    /// Drops what the latest build did not use.
    pub fn retain_used(&mut self) {
        let used = std::mem::take(&mut self.used);
        self.forms.retain(|k, _| used.contains(k));
        self.bibliographies.retain(|k, _| used.contains(k));
        self.styles.retain(|k, _| used.contains(k));
        self.sort_keys.retain(|k, _| used.contains(k));
        self.used = used;
    }
}

impl CiteCache {
    /// Reads a cache file; a missing, unreadable or outdated one is an empty cache.
    pub fn load(path: &std::path::Path) -> CiteCache {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes the cache atomically (write a temporary file, rename it over).
    pub fn save(&self, path: &std::path::Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let staging = path.with_extension(format!("tmp-{}", std::process::id()));
        std::fs::write(&staging, serde_json::to_vec(self)?)?;
        std::fs::rename(&staging, path)
    }
}
