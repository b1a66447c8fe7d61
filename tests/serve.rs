//! `dossier serve --watch` against a real server on a free port, on a temporary copy of the
//! fixture dossier: edits are served and announced, errors shown while the last good site
//! stays up, requests cannot leave the site, only loopback is bound.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start(dir: tempfile::TempDir) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args([
                "serve",
                "--watch",
                "--port",
                "0",
                "--root",
                dir.path().to_str().unwrap(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let port = loop {
            let line = lines.next().expect("server exited").unwrap();
            if let Some(at) = line.find("http://127.0.0.1:") {
                let rest = &line[at + "http://127.0.0.1:".len()..];
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        // Keep draining stdout so that the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        // Wait for the watcher to be set up.
        std::thread::sleep(Duration::from_millis(300));
        Server {
            child,
            port,
            _dir: dir,
        }
    }

    fn root(&self) -> &Path {
        self._dir.path()
    }

    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let response = String::from_utf8_lossy(&response).to_string();
        let code = response
            .split(' ')
            .nth(1)
            .unwrap_or("0")
            .parse()
            .unwrap_or(0);
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (code, body)
    }

    fn events(&self) -> EventStream {
        self.events_with_state().0
    }

    /// The event stream and its first event, the server's state.
    fn events_with_state(&self) -> (EventStream, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        write!(stream, "GET /__dossier/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n").unwrap();
        let mut events = EventStream {
            stream,
            seen: String::new(),
        };
        let state = events.wait_for("event: state");
        (events, state)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct EventStream {
    stream: TcpStream,
    seen: String,
}

impl EventStream {
    /// Reads until `needle` arrives (after what was already consumed); returns what came.
    fn wait_for(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buffer = [0u8; 8192];
        loop {
            if let Some(i) = self.seen.find(needle) {
                let end = self.seen[i..]
                    .find("\n\n")
                    .map_or(self.seen.len(), |j| i + j);
                let got = self.seen[..end].to_string();
                self.seen = self.seen[end..].to_string();
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "no {needle:?} event; got {:?}",
                self.seen
            );
            match self.stream.read(&mut buffer) {
                Ok(0) => panic!("event stream closed; got {:?}", self.seen),
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buffer[..n])),
                Err(_) => {}
            }
        }
    }
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = read(path);
    assert!(text.contains(from));
    // As editors do: write a temporary file, then rename it over the original.
    let temp = path.with_file_name(".tmp-save");
    std::fs::write(&temp, text.replacen(from, to, 1)).unwrap();
    std::fs::rename(&temp, path).unwrap();
}

#[test]
fn edit_is_served_and_announced() {
    let server = Server::start(fixture("basic"));
    let (code, page) = server.get("/articles/beta/");
    assert_eq!(code, 200);
    assert!(
        page.contains("Beta&#39;s endnotes only") || page.contains("Beta’s endnotes only"),
        "{page}"
    );
    assert!(
        page.contains("/__dossier/livereload.js"),
        "no live-reload script injected"
    );
    let mut events = server.events();
    replace_in(
        &server.root().join("content/articles/beta.md"),
        "Beta's endnotes only.",
        "An edited sentence.",
    );
    events.wait_for("event: reload");
    let (_, page) = server.get("/articles/beta/");
    assert!(page.contains("An edited sentence."));
}

#[test]
fn broken_citation_shows_overlay_message_and_keeps_last_good_site() {
    let server = Server::start(fixture("basic"));
    let mut events = server.events();
    let beta = server.root().join("content/articles/beta.md");
    replace_in(&beta, "[^2]: [@menon2007]", "[^2]: [@menon2099]");
    let failed = events.wait_for("event: failed");
    assert!(
        failed.contains("unknown citation key `menon2099`"),
        "{failed}"
    );
    assert!(failed.contains("content/articles/beta.md:11"), "{failed}");
    let (code, page) = server.get("/articles/beta/");
    assert_eq!(code, 200);
    assert!(
        page.contains("/sources/menon2007/"),
        "the last good page is not served"
    );
    // A page loaded now is told about the error too.
    let (_late, state) = server.events_with_state();
    assert!(state.contains("menon2099"), "{state}");
    replace_in(&beta, "[^2]: [@menon2099]", "[^2]: [@menon2007] again");
    events.wait_for("event: reload");
    let (_, page) = server.get("/articles/beta/");
    assert!(page.contains("again"));
}

#[test]
fn css_change_swaps_stylesheet() {
    let server = Server::start(fixture("basic"));
    let mut events = server.events();
    let css = server.root().join("themes/default/static/style.css");
    let text = read(&css);
    std::fs::write(&css, format!("{text}\n.added-rule{{color:red}}\n")).unwrap();
    let got = events.wait_for("event: css");
    assert!(got.contains("style.css"), "{got}");
    let (_, body) = server.get("/style.css");
    assert!(body.contains(".added-rule"));
}

#[test]
fn new_deleted_and_recreated_folders_are_seen() {
    let server = Server::start(fixture("basic"));
    let mut events = server.events();
    let articles = server.root().join("content/articles");
    std::fs::write(
        articles.join("delta.md"),
        "---\ntitle: Delta\n---\n\n[^1]: [@menon2007]\n",
    )
    .unwrap();
    events.wait_for("event: reload");
    assert_eq!(server.get("/articles/delta/").0, 200);
    let timeline = server.root().join("content/timeline");
    std::fs::remove_dir_all(&timeline).unwrap();
    events.wait_for("event: reload");
    std::fs::create_dir(&timeline).unwrap();
    std::fs::write(
        timeline.join("new.yaml"),
        "- date: 2015\n  title: A recreated event\n  works: [menon2007]\n",
    )
    .unwrap();
    events.wait_for("event: reload");
    let (_, page) = server.get("/timeline/");
    assert!(page.contains("A recreated event"));
}

#[test]
fn requests_cannot_leave_the_site() {
    let server = Server::start(fixture("basic"));
    for path in [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/..%5c..%5cconfig.yaml",
        "/config.yaml",
        "/content/articles/alpha.md",
        "//etc/passwd",
        "/articles/%00",
    ] {
        let (code, body) = server.get(path);
        assert_eq!(code, 404, "{path}");
        assert!(!body.contains("root:"), "{path}");
    }
    let (code, body) = server.get("/no/such/page/");
    assert_eq!(code, 404);
    assert!(body.contains("Page not found"));
    let (code, _) = server.get("/sources/menon2007");
    assert_eq!(code, 301);
}

#[test]
fn binds_loopback_only_by_default() {
    let server = Server::start(fixture("basic"));
    let tables = read("/proc/net/tcp");
    let port_hex = format!(":{:04X}", server.port);
    let listening: Vec<&str> = tables
        .lines()
        .filter(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            cols.len() > 3 && cols[1].ends_with(&port_hex) && cols[3] == "0A"
        })
        .collect();
    assert_eq!(listening.len(), 1, "{listening:?}");
    assert!(
        listening[0]
            .split_whitespace()
            .nth(1)
            .unwrap()
            .starts_with("0100007F:"),
        "not bound to 127.0.0.1: {listening:?}"
    );
}

#[test]
fn ctrl_c_exits_cleanly() {
    let mut server = Server::start(fixture("basic"));
    let pid = server.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap()
        .success());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "server did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}
