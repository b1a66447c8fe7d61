//! The citation syntax parser on arbitrary text: never panics, and every placeholder it
//! writes stands for a cluster it returns.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(extracted) = dossier::cite::extract(text) {
        for (i, cluster) in extracted.clusters.iter().enumerate() {
            assert!(!cluster.items.is_empty());
            assert!(extracted.markdown.contains(&dossier::cite::placeholder(i)));
            for item in &cluster.items {
                assert!(!item.key.is_empty());
            }
        }
    }
});
