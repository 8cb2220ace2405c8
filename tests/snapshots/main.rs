//! Snapshot of `signpost graph --format mermaid` on a tiny fixed tree (fixture-content/, not
//! the real content, which changes often). The expected output is graph.mmd beside this file.
//!
//! After an intended change to the diagram, rewrite the snapshot and review the diff:
//!
//! ```sh
//! SIGNPOST_UPDATE_SNAPSHOTS=1 cargo test --test snapshots
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Runs the authors' tool on the fixture and returns its standard output.
fn signpost(args: &[&str]) -> String {
    let fixture = here().join("fixture-content");
    let out = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(args)
        .arg("--content")
        .arg(&fixture)
        .output()
        .expect("run signpost");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "signpost {args:?} failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    // The graph notes problems in the content on stderr: the fixture must have none.
    assert!(stderr.is_empty(), "signpost {args:?} said:\n{stderr}");
    stdout
}

/// Compares `actual` with the snapshot file, or rewrites the file when asked to.
fn assert_snapshot(name: &str, actual: &str) {
    let path = here().join(name);
    if std::env::var_os("SIGNPOST_UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        eprintln!("updated {}", path.display());
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nCreate it with SIGNPOST_UPDATE_SNAPSHOTS=1 cargo test --test snapshots",
            path.display()
        )
    });
    // Line endings as checked out on any platform.
    let expected = expected.replace("\r\n", "\n");
    if expected != actual {
        let diff: Vec<String> = diff_lines(&expected, actual);
        panic!(
            "{} does not match the output ({} difference{}):\n{}\n\nIf the change is intended, \
             run SIGNPOST_UPDATE_SNAPSHOTS=1 cargo test --test snapshots and review the diff.",
            path.display(),
            diff.len(),
            if diff.len() == 1 { "" } else { "s" },
            diff.join("\n")
        );
    }
}

/// The lines that differ, position by position ("-" expected, "+" actual).
fn diff_lines(expected: &str, actual: &str) -> Vec<String> {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut out = Vec::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => {
                out.push(format!(
                    "line {}:\n  - {}\n  + {}",
                    i + 1,
                    x.unwrap_or(&"(none)"),
                    y.unwrap_or(&"(none)")
                ));
            }
        }
    }
    if out.is_empty() && expected.ends_with('\n') != actual.ends_with('\n') {
        out.push("the final newline differs".into());
    }
    out
}

#[test]
fn the_fixture_is_valid_content() {
    let out = signpost(&["check"]);
    assert!(
        out.starts_with("The content is ready: 7 questions, 1 route, 3 outcomes"),
        "{out}"
    );
}

#[test]
fn mermaid_graph_matches_the_snapshot() {
    let out = signpost(&["graph", "--format", "mermaid"]);
    assert!(out.starts_with("flowchart TD\n"), "{out}");
    assert_snapshot("graph.mmd", &out);
}

#[test]
fn mermaid_is_the_default_format() {
    assert_eq!(
        signpost(&["graph"]),
        signpost(&["graph", "--format", "mermaid"])
    );
}
