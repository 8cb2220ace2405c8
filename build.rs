//! Embeds `content/` in the crate and fails the build, with every problem named, when the
//! content is invalid. The engine is included by path so the build and the app share it.

#[path = "src/engine/mod.rs"]
#[allow(dead_code, unused_imports)]
mod engine;

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo::rerun-if-changed={}", root.display());
    let files = match engine::load::read_dir(&root) {
        Ok(f) => f,
        Err(e) => panic!("cannot read {}: {e}", root.display()),
    };
    // SIGNPOST_SKIP_CONTENT_CHECK lets the authors' tool build so it can report problems itself.
    if std::env::var_os("SIGNPOST_SKIP_CONTENT_CHECK").is_none() {
        if let Err(errors) = engine::load_and_validate(&files) {
            for e in &errors.0 {
                println!("cargo::warning={e}");
            }
            panic!("\n{errors}\nFix the content (see content/README.md), or run `cargo run --bin signpost -- check`.");
        }
    }
    println!("cargo::rerun-if-env-changed=SIGNPOST_SKIP_CONTENT_CHECK");
    let mut out = String::from("/// Path (relative to content/) and text of each content file.\npub const FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let abs = root.join(&f.path);
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            f.path,
            abs.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_content.rs");
    std::fs::write(dest, out).expect("write embedded_content.rs");
}
