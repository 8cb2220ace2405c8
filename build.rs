//! Embeds `content/` in the crate and fails the build, with every problem named, when the
//! content is invalid. It uses the same engine crate as the app and the authors' tool.

use signpost_engine as engine;

use std::path::PathBuf;

fn main() {
    // Read at run time, not with env!(): checkouts at different paths share one build cache
    // (CI clones into a fresh folder), and cargo reuses this script's binary between them, so
    // a path compiled in would embed another checkout's content.
    let manifest_dir =
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = PathBuf::from(manifest_dir).join("content");
    println!("cargo::rerun-if-changed={}", root.display());
    let files = match engine::authoring::load::read_dir(&root) {
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
    println!("cargo::rerun-if-env-changed=TARGET");
    // The web app embeds the default locale's text only; the others are served as files
    // (`locales/<code>.ftl`, written by .ci/locales.mjs) and fetched when someone chooses one.
    // In their place it embeds a stand-in: the locale's name and review status, for the
    // language switch and the draft note. Native builds (tests, the authors' tools) embed all.
    let web = std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"));
    let default_locale = default_locale(&files);
    let mut out = String::from("/// Path (relative to content/) and text of each content file.\npub const FILES: &[(&str, &str)] = &[\n");
    let mut fetched: std::collections::BTreeMap<String, String> = Default::default();
    // What the web app embeds, as the engine reads it: compiled below.
    let mut embedded: Vec<engine::SourceFile> = Vec::new();
    for f in &files {
        let parts: Vec<&str> = f.path.split('/').collect();
        if let (true, ["locales", code, _]) = (web, parts.as_slice()) {
            if Some(*code) != default_locale.as_deref() {
                let stand_in = fetched.entry((*code).to_owned()).or_default();
                for line in f.text.lines() {
                    if line.starts_with("language-name =") || line.starts_with("# Review status:") {
                        stand_in.push_str(line);
                        stand_in.push('\n');
                    }
                }
                continue;
            }
        }
        embedded.push(f.clone());
        let abs = root.join(&f.path);
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            f.path,
            abs.display().to_string()
        ));
    }
    for (code, text) in &fetched {
        out.push_str(&format!(
            "    (\"locales/{code}/stand-in.ftl\", {text:?}),\n"
        ));
        embedded.push(engine::SourceFile {
            path: format!("locales/{code}/stand-in.ftl"),
            text: text.clone(),
        });
    }
    out.push_str("];\n");
    // Over every file, as the native tools hash them: the same content has the same version
    // in the app (saved answers, referral summaries) as in `signpost check`.
    let version = engine::authoring::version::tree_version(&files);
    out.push_str(&format!(
        "/// The content's tree version, hashed from every file at build time.\npub const TREE_VERSION: &str = {version:?};\n"
    ));
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    if web {
        // The web app starts from the content already loaded here (see engine/compiled.rs).
        let (mut content, errors) = engine::load_with_version(&embedded, &version);
        // Only advisers see the sources: the app fetches them (sources.json, written by
        // .ci/sources.mjs) rather than carry them for everyone. Guides keep their checked date,
        // worked out from them when loading.
        content.sources.clear();
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let compiled = out_dir.join("content.json");
        std::fs::write(&compiled, engine::compiled::to_json(&content, &errors))
            .expect("write content.json");
        out.push_str(&format!(
            "/// The embedded content, loaded at build time (engine::compiled).\npub const COMPILED: &str = include_str!({:?});\n",
            compiled.display().to_string()
        ));
    }
    out.push_str(
        "/// Locales whose text the web app fetches (`locales/<code>.ftl`) rather than embeds.\n",
    );
    out.push_str(&format!(
        "pub const FETCHED_LOCALES: &[&str] = &{:?};\n",
        fetched.keys().collect::<Vec<_>>()
    ));
    let dest = out_dir.join("embedded_content.rs");
    std::fs::write(dest, out).expect("write embedded_content.rs");
}

/// `default_locale` from settings.json, if it can be read (validation reports it otherwise).
fn default_locale(files: &[engine::SourceFile]) -> Option<String> {
    let settings = files.iter().find(|f| f.path == "settings.json")?;
    let value: serde_json::Value = serde_json::from_str(&settings.text).ok()?;
    value.get("default_locale")?.as_str().map(str::to_owned)
}
