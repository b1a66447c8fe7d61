//! A warm build with nothing to change leaves the output folder in place (no fresh folder,
//! no swap), and still repairs anything changed in it by hand.

mod common;

use std::os::unix::fs::MetadataExt;
use std::path::Path;

fn build_ok(root: &Path) {
    let out = common::build(root);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn inode(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap().ino()
}

#[test]
fn nothing_changed_keeps_the_folder_and_hand_edits_are_repaired() {
    let dir = common::fixture("basic");
    let root = dir.path();
    let output = root.join("output");
    build_ok(root);
    let first = common::snapshot_dir(&output);
    let folder = inode(&output);

    build_ok(root);
    assert_eq!(inode(&output), folder, "the folder was not swapped");
    assert_eq!(common::snapshot_dir(&output), first);

    // A stray file, an empty folder, an edited page and a deleted one: each makes the build
    // write a fresh folder, which equals the first build's output again.
    let page = first.keys().find(|p| p.ends_with("index.html")).unwrap();
    let breakages: [&dyn Fn(); 4] = [
        &|| std::fs::write(output.join("stray.html"), "x").unwrap(),
        &|| std::fs::create_dir(output.join("empty")).unwrap(),
        &|| std::fs::write(output.join(page), "edited").unwrap(),
        &|| std::fs::remove_file(output.join(page)).unwrap(),
    ];
    for breakage in breakages {
        // The old folder still exists when the fresh one is made: their inodes differ.
        let before = inode(&output);
        breakage();
        build_ok(root);
        assert_ne!(inode(&output), before, "a fresh folder was swapped in");
        assert_eq!(common::snapshot_dir(&output), first);
        build_ok(root);
    }
}
