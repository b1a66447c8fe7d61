//! A build killed at any moment (SIGKILL) leaves the output wholly old or wholly new, never
//! mixed, and the next build succeeds.

mod common;

use std::process::Command;
use std::time::Instant;

use common::*;

#[test]
fn killed_builds_leave_old_or_new_output() {
    let dir = fixture("basic");
    let root = dir.path();
    let output = root.join("output");
    assert!(build(root).status.success());
    let old = snapshot_dir(&output);
    // The new content, built once elsewhere to know what "wholly new" is.
    edit(
        root,
        "content/articles/beta.md",
        "Beta's endnotes only.",
        "Beta, second edition.",
    );
    let reference = dossier(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        root.join("reference").to_str().unwrap(),
        "--no-cache",
    ]);
    assert!(reference.status.success());
    let new = snapshot_dir(&root.join("reference"));
    assert_ne!(old, new);
    // How long a build takes here, to spread the kills over it.
    let started = Instant::now();
    assert!(dossier(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        root.join("timing").to_str().unwrap(),
        "--no-cache"
    ])
    .status
    .success());
    let span = started.elapsed();
    let mut outcomes = (0, 0);
    for step in 0..12u32 {
        let delay = span * step / 10;
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["build", "--no-cache", "--root", root.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot_dir(&output);
        if now == old {
            outcomes.0 += 1;
        } else if now == new {
            outcomes.1 += 1;
        } else {
            panic!("after a kill {delay:?} into the build, output/ is neither the old site nor the new one ({} files)", now.len());
        }
        // Put the old site back for the next round.
        if now == new {
            std::fs::remove_dir_all(&output).unwrap();
            copy_dir_all(&old, &output);
        }
    }
    println!(
        "killed 12 builds: {} left the old site, {} the new one",
        outcomes.0, outcomes.1
    );
    let last = build(root);
    assert!(
        last.status.success(),
        "{}",
        String::from_utf8_lossy(&last.stderr)
    );
    let now = snapshot_dir(&output);
    let differing: Vec<&String> = new
        .keys()
        .chain(now.keys())
        .filter(|k| new.get(*k) != now.get(*k))
        .collect();
    assert!(
        differing.is_empty(),
        "after the kills, a build gives other files than a clean one: {differing:?}"
    );
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
}

fn copy_dir_all(files: &std::collections::BTreeMap<String, Vec<u8>>, to: &std::path::Path) {
    for (rel, bytes) in files {
        let path = to.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}
