//! Time from saving a note to the browser's reload event, through a real `dossier serve
//! --watch` on a copy of a dossier: the flagship by default, any dossier with
//! `DOSSIER_BENCH_ROOT=DIR` (e.g. a generated corpus). Run: `cargo bench --bench reload`.
//! Prints each save's latency and the median, p90, min and max; timing is reported, never
//! asserted (machines are noisy).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SAVES: usize = 30;

fn main() {
    let source = std::env::var_os("DOSSIER_BENCH_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    copy(&source.join("config.yaml"), &root.join("config.yaml"));
    copy_dir(&source.join("content"), &root.join("content"));
    copy_dir(&source.join("themes"), &root.join("themes"));
    if source.join(".dossier-cache").is_dir() {
        copy_dir(&source.join(".dossier-cache"), &root.join(".dossier-cache"));
    }
    let article = first_article(&root.join("content/articles"));
    let original = std::fs::read_to_string(&article).expect("article");
    let note = original
        .lines()
        .find(|l| l.starts_with("[^"))
        .expect("a note")
        .to_string();

    let started = Instant::now();
    let mut server = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args([
            "serve",
            "--watch",
            "--port",
            "0",
            "--root",
            root.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start dossier serve");
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let port: u16 = loop {
        let line = lines.next().expect("server output").unwrap();
        if let Some(at) = line.find("http://127.0.0.1:") {
            break line[at + 17..].split('/').next().unwrap().parse().unwrap();
        }
    };
    let pages = count_pages(&source);
    println!(
        "dossier at {} ({} content files, about {pages} pages): first build and start in {:.0} ms",
        source.display(),
        count_files(&root.join("content")),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    std::thread::sleep(Duration::from_millis(500));
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    events
        .set_read_timeout(Some(Duration::from_millis(5)))
        .unwrap();
    write!(
        events,
        "GET /__dossier/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    wait_for(&mut events, "event: state", Duration::from_secs(10));

    let mut latencies = Vec::with_capacity(SAVES);
    let mut rebuilds = Vec::new();
    for i in 0..SAVES {
        let edited = original.replacen(
            &note,
            &note.replacen("]: ", &format!("]: Edit {i}. "), 1),
            1,
        );
        let temp = article.with_file_name(".bench-save.tmp");
        std::fs::write(&temp, edited).unwrap();
        let saved = Instant::now();
        std::fs::rename(&temp, &article).unwrap();
        wait_for(&mut events, "event: reload", Duration::from_secs(60));
        latencies.push(saved.elapsed().as_secs_f64() * 1000.0);
        while let Ok(line) = rx.recv_timeout(Duration::from_millis(20)) {
            if let Some(ms) = line
                .strip_prefix("rebuilt ")
                .and_then(|l| l.rsplit(" in ").next())
                .and_then(|t| t.trim_end_matches(" ms").parse::<f64>().ok())
            {
                rebuilds.push(ms);
                println!(
                    "  save {i:2}: reload event after {:6.1} ms ({line})",
                    latencies[i]
                );
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = server.kill();
    let _ = server.wait();
    report("save → reload event", &mut latencies);
    report("rebuild inside the server", &mut rebuilds);
}

fn report(what: &str, values: &mut [f64]) {
    if values.is_empty() {
        return;
    }
    values.sort_by(f64::total_cmp);
    let pick = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    println!(
        "{what}: median {:.1} ms, p90 {:.1} ms, min {:.1} ms, max {:.1} ms over {} saves",
        pick(0.5),
        pick(0.9),
        values[0],
        values[values.len() - 1],
        values.len()
    );
}

fn wait_for(stream: &mut TcpStream, needle: &str, limit: Duration) {
    let deadline = Instant::now() + limit;
    let mut seen = String::new();
    let mut buffer = [0u8; 65536];
    loop {
        if seen.contains(needle) {
            return;
        }
        assert!(Instant::now() < deadline, "no {needle:?}; got {seen:?}");
        if let Ok(n) = stream.read(&mut buffer) {
            assert!(n > 0, "event stream closed");
            seen.push_str(&String::from_utf8_lossy(&buffer[..n]));
        }
    }
}

fn first_article(dir: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    files.into_iter().next().expect("an article")
}

fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|r| {
            r.flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        count_files(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Pages of the site as last built into `<source>/output`, when there is one.
fn count_pages(source: &Path) -> String {
    fn walk(dir: &Path) -> usize {
        std::fs::read_dir(dir)
            .map(|r| {
                r.flatten()
                    .map(|e| {
                        if e.path().is_dir() {
                            walk(&e.path())
                        } else {
                            usize::from(e.file_name() == "index.html")
                        }
                    })
                    .sum()
            })
            .unwrap_or(0)
    }
    match walk(&source.join("output")) {
        0 => "?".into(),
        n => n.to_string(),
    }
}

fn copy(from: &Path, to: &Path) {
    if from.exists() {
        std::fs::copy(from, to).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
