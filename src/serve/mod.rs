//! `dossier serve`: the site from memory on a local port, rebuilt on every save, the
//! browser reloaded, errors shown in the page while the last good site stays up.

mod http;
mod paths;
mod state;
mod watch;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

pub use paths::{lookup, Lookup};
pub use state::{LiveEvent, Outcome, Shared};

use crate::error::{Diagnostic, Error, Location};
use crate::BuildOptions;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: BuildOptions,
    pub interface: IpAddr,
    pub port: u16,
    pub watch: bool,
    pub open: bool,
}

/// Serves until Ctrl-C.
pub fn run(options: ServeOptions) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| Error::Write {
            path: "tokio runtime".into(),
            source,
        })?;
    runtime.block_on(serve(options))
}

async fn serve(mut options: ServeOptions) -> Result<(), Error> {
    let address = SocketAddr::new(options.interface, options.port);
    let listener = tokio::net::TcpListener::bind(address).await.map_err(|e| {
        Error::one(
            Diagnostic::new(
                Location::file("--port".as_ref()),
                format!("cannot listen on {address}: {e}"),
            )
            .with_hint("choose another port with --port, or 0 for any free port"),
        )
    })?;
    let bound = listener.local_addr().map_err(|source| Error::Write {
        path: "socket".into(),
        source,
    })?;
    let host = if bound.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        bound.ip().to_string()
    };
    let host = if host.contains(':') {
        format!("[{host}]")
    } else {
        host
    };
    let url = format!("http://{host}:{}/", bound.port());
    if options.build.base_url.is_none() {
        options.build.base_url = Some(url.clone());
    }
    let shared = Shared::new(options.build.clone());
    let outcome = tokio::task::block_in_place(|| shared.rebuild());
    let page_url = format!(
        "http://{host}:{}{}",
        bound.port(),
        shared.snapshot().base_path
    );
    match &outcome {
        Outcome::Failed { message } => {
            eprintln!("{message}\nbuild failed: fix the error, the page will update")
        }
        Outcome::Rebuilt {
            changed, millis, ..
        } => println!("built {changed} files in {millis:.0} ms"),
        Outcome::Unchanged { .. } => {}
    }
    println!(
        "serving {} at {page_url} (Ctrl-C to stop)",
        options.build.root.display()
    );
    if options.open {
        open_browser(&page_url);
    }
    let _watching = if options.watch {
        Some(start_watching(&options.build, shared.clone())?)
    } else {
        None
    };
    axum::serve(listener, http::router(shared))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
            println!("\nstopped");
        })
        .await
        .map_err(|source| Error::Write {
            path: "http server".into(),
            source,
        })
}

/// Watches the sources and rebuilds on a thread of its own after each batch of changes.
fn start_watching(
    build: &BuildOptions,
    shared: Arc<Shared>,
) -> Result<std::thread::JoinHandle<()>, Error> {
    let (tx, rx) = std::sync::mpsc::channel();
    let config = build
        .config
        .clone()
        .unwrap_or_else(|| build.root.join("config.yaml"));
    let mut watching = watch::watch(&build.root, &config, tx).map_err(|e| {
        Error::one(Diagnostic::new(
            Location::file(&build.root),
            format!("cannot watch the dossier: {e}"),
        ))
    })?;
    println!(
        "watching content/, themes/ and {} for changes",
        config
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    );
    Ok(std::thread::spawn(move || {
        while rx.recv().is_ok() {
            // Saves come in bursts: one rebuild for all that arrived meanwhile.
            while rx.recv_timeout(Duration::from_millis(2)).is_ok() {}
            match shared.rebuild() {
                Outcome::Rebuilt {
                    changed,
                    rendered,
                    millis,
                } => {
                    println!("rebuilt {rendered} pages ({changed} files changed) in {millis:.0} ms")
                }
                Outcome::Unchanged { millis } => {
                    println!("rebuilt in {millis:.0} ms: nothing changed")
                }
                Outcome::Failed { message } => {
                    eprintln!("{message}\nbuild failed; still serving the last good site")
                }
            }
            watching.refresh();
        }
    }))
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command)
        .arg(url)
        .spawn()
        .is_err()
    {
        eprintln!("could not open a browser; visit {url}");
    }
}
