//! Rebuilds a dossier in memory again and again, as `dossier serve` does after each save,
//! and prints how long each rebuild took: a harness for profiling the incremental path
//! without a server or a file watcher.
//!
//! Run: `DOSSIER_TIMINGS=1 cargo run --release --example rebuild -- DIR [TIMES]`
//! (DIR holds `config.yaml` and `content/`; with `DOSSIER_TIMINGS=1` each stage is timed.)

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(root) = args.next() else {
        eprintln!("usage: rebuild DIR [TIMES]");
        std::process::exit(2);
    };
    let times: usize = args.next().and_then(|t| t.parse().ok()).unwrap_or(10);
    let options = dossier::BuildOptions {
        root: root.into(),
        ..Default::default()
    };
    let mut caches = dossier::Caches::for_rebuilds(&options);
    for i in 0..times {
        let started = std::time::Instant::now();
        match dossier::render_site_cached(&options, &mut caches) {
            Ok((_, report)) => println!(
                "rebuild {i}: {:.1} ms, {} pages rendered, {} references formatted",
                started.elapsed().as_secs_f64() * 1000.0,
                report.rendered,
                report.formatted
            ),
            Err(e) => {
                eprintln!("{}", e.with_sources());
                std::process::exit(1);
            }
        }
    }
}
