//! Watching the dossier's sources: `content/`, `themes/` and the config file, including
//! editors' atomic saves (write a temporary file, rename it over) and folders that are
//! deleted and created again.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_full::{new_debouncer, DebounceEventResult, DebouncedEvent};

use crate::load::files::is_ignored;

/// Sends `()` on `changed` after each batch of relevant changes; keep the returned value
/// alive as long as watching should go on.
pub fn watch(root: &Path, config: &Path, changed: Sender<()>) -> notify::Result<Watching> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let config = config
        .canonicalize()
        .unwrap_or_else(|_| config.to_path_buf());
    let watched = vec![root.join("content"), root.join("themes")];
    let filter_watched = watched.clone();
    let filter_config = config.clone();
    let mut debouncer = new_debouncer(
        Duration::from_millis(15),
        Some(Duration::from_millis(5)),
        move |result: DebounceEventResult| {
            if let Ok(events) = result {
                if events
                    .iter()
                    .any(|e| relevant(e, &filter_watched, &filter_config))
                {
                    let _ = changed.send(());
                }
            }
        },
    )?;
    // The root itself, not recursively: it sees content/ and themes/ deleted and created
    // again, and config.yaml replaced, without watching output/ or target/.
    debouncer.watch(&root, RecursiveMode::NonRecursive)?;
    if let Some(dir) = config.parent().filter(|d| *d != root) {
        debouncer.watch(dir, RecursiveMode::NonRecursive)?;
    }
    for dir in &watched {
        if dir.exists() {
            debouncer.watch(dir, RecursiveMode::Recursive)?;
        }
    }
    let identities = watched.iter().map(|d| identity(d)).collect();
    Ok(Watching {
        debouncer,
        folders: watched,
        identities,
    })
}

pub struct Watching {
    debouncer: notify_debouncer_full::Debouncer<
        notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    folders: Vec<PathBuf>,
    identities: Vec<Option<u64>>,
}

impl Watching {
    /// Watches a source folder again when it was deleted and created again: to the kernel
    /// it is a new folder.
    pub fn refresh(&mut self) {
        for (dir, known) in self.folders.iter().zip(self.identities.iter_mut()) {
            let now = identity(dir);
            if now != *known {
                let _ = self.debouncer.unwatch(dir);
                if now.is_some() {
                    let _ = self.debouncer.watch(dir, RecursiveMode::Recursive);
                }
                *known = now;
            }
        }
    }
}

/// The folder's inode where there is one; whether it exists elsewhere.
fn identity(dir: &Path) -> Option<u64> {
    let meta = std::fs::metadata(dir).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(meta.ino())
    }
    #[cfg(not(unix))]
    {
        Some(u64::from(meta.is_dir()))
    }
}

fn relevant(event: &DebouncedEvent, watched: &[PathBuf], config: &Path) -> bool {
    if event.kind.is_access() {
        return false;
    }
    event.paths.iter().any(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if p == config {
            return true;
        }
        watched.iter().any(|w| p.starts_with(w)) && !is_ignored(&name)
    })
}
