//! Times the load stage alone (reading `content/`: articles, bibliography, profiles,
//! timeline), as a warm build pays it on every run: a harness for the load-scaling benchmark
//! (`bench/load-scaling.sh`).
//!
//! Run: `cargo run --release --example load -- DIR [TIMES]`; prints the median wall and CPU
//! milliseconds of TIMES loads (default 5) and the number of works read.

use std::time::Instant;

/// CPU time of the whole process (all threads), in seconds: steadier than wall time when
/// other work shares the machine.
fn cpu_seconds() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(root) = args.next() else {
        eprintln!("usage: load DIR [TIMES]");
        std::process::exit(2);
    };
    let times: usize = args.next().and_then(|t| t.parse().ok()).unwrap_or(5).max(1);
    let root = std::path::PathBuf::from(root);
    let config = match dossier::config::Config::load(&root, None) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", e.with_sources());
            std::process::exit(1);
        }
    };
    let (mut wall, mut cpu, mut works) = (Vec::new(), Vec::new(), 0);
    for _ in 0..times {
        let (w0, c0) = (Instant::now(), cpu_seconds());
        match dossier::load::load(&root, &config) {
            Ok(loaded) => works = loaded.works.len(),
            Err(e) => {
                eprintln!("{}", e.with_sources());
                std::process::exit(1);
            }
        }
        wall.push(w0.elapsed().as_secs_f64() * 1000.0);
        cpu.push((cpu_seconds() - c0) * 1000.0);
    }
    println!(
        "works {works} load wall {:.1} ms cpu {:.1} ms (median of {times})",
        median(wall),
        median(cpu)
    );
}
