//! The site being served: the last good build in memory, the last error, and the rebuild
//! that replaces them. Readers take a cheap snapshot; a rebuild swaps in a new one whole,
//! so a request never sees a half-built site.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use bytes::Bytes;
use serde::Serialize;
use tokio::sync::broadcast;

use crate::{BuildOptions, Caches};

/// One complete site.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub files: HashMap<String, Bytes>,
    pub base_path: String,
    /// The diagnostics of the last failed build, while it is not fixed.
    pub error: Option<String>,
    pub generation: u64,
}

/// What the browser is told after a rebuild.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum LiveEvent {
    Reload { generation: u64 },
    Css { generation: u64, paths: Vec<String> },
    Failed { message: String },
    Ok { generation: u64 },
}

/// Shared by the HTTP handlers and the rebuild loop.
pub struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    pub events: broadcast::Sender<LiveEvent>,
    options: BuildOptions,
    cache: Mutex<Caches>,
}

/// What one rebuild did, for the terminal.
#[derive(Debug, Clone)]
pub enum Outcome {
    Rebuilt {
        changed: usize,
        rendered: usize,
        millis: f64,
    },
    Unchanged {
        millis: f64,
    },
    Failed {
        message: String,
    },
}

impl Shared {
    pub fn new(options: BuildOptions) -> Arc<Shared> {
        let (events, _) = broadcast::channel(64);
        Arc::new(Shared {
            snapshot: RwLock::new(Arc::new(Snapshot::default())),
            events,
            cache: Mutex::new(Caches::for_rebuilds(&options)),
            options,
        })
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Builds the site again in memory and, when it succeeds, swaps it in.
    pub fn rebuild(&self) -> Outcome {
        let started = Instant::now();
        let result = {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            crate::render_site_cached(&self.options, &mut cache)
        };
        let old = self.snapshot();
        match result {
            Err(e) => {
                let message = relative_paths(&e.with_sources().to_string(), &self.options.root);
                let next = Snapshot {
                    files: old.files.clone(),
                    base_path: old.base_path.clone(),
                    error: Some(message.clone()),
                    generation: old.generation,
                };
                self.swap(next);
                let _ = self.events.send(LiveEvent::Failed {
                    message: message.clone(),
                });
                Outcome::Failed { message }
            }
            Ok((site, report)) => {
                let base_path = site_base_path(&self.options);
                let mut changed = Vec::new();
                let files: HashMap<String, Bytes> = site
                    .files
                    .into_iter()
                    .map(|f| {
                        if old
                            .files
                            .get(&f.path)
                            .is_none_or(|o| !same_bytes(o, &f.bytes))
                        {
                            changed.push(f.path.clone());
                        }
                        (f.path, f.bytes)
                    })
                    .collect();
                changed.extend(
                    old.files
                        .keys()
                        .filter(|k| !files.contains_key(*k))
                        .cloned(),
                );
                changed.sort();
                let had_error = old.error.is_some();
                let generation = if changed.is_empty() {
                    old.generation
                } else {
                    old.generation + 1
                };
                self.swap(Snapshot {
                    files,
                    base_path,
                    error: None,
                    generation,
                });
                let millis = started.elapsed().as_secs_f64() * 1000.0;
                let event = if changed.is_empty() {
                    LiveEvent::Ok { generation }
                } else if changed.iter().all(|p| p.ends_with(".css")) && !had_error {
                    LiveEvent::Css {
                        generation,
                        paths: changed.clone(),
                    }
                } else {
                    LiveEvent::Reload { generation }
                };
                let _ = self.events.send(event);
                if changed.is_empty() {
                    Outcome::Unchanged { millis }
                } else {
                    Outcome::Rebuilt {
                        changed: changed.len(),
                        rendered: report.rendered,
                        millis,
                    }
                }
            }
        }
    }

    fn swap(&self, next: Snapshot) {
        *self.snapshot.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(next);
    }
}

/// Pages kept from the previous render share their buffer: equal without reading them.
fn same_bytes(a: &Bytes, b: &Bytes) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

fn site_base_path(options: &BuildOptions) -> String {
    crate::config::Config::load(&options.root, options.config.as_deref())
        .ok()
        .map(|mut c| {
            if let Some(url) = &options.base_url {
                let _ = c.set_base_url(url);
            }
            c.base_path().to_string()
        })
        .unwrap_or_else(|| "/".into())
}

/// Diagnostics name files relative to the dossier, as the writer knows them.
fn relative_paths(message: &str, root: &std::path::Path) -> String {
    let prefix = format!("{}/", root.display());
    message.replace(&prefix, "")
}
