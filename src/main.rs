//! The web app's entry point: panic hook, logging, mount.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    let _ = console_log::init_with_level(log::Level::Warn);
    signpost::app::mount();
}

/// The web app only runs in a browser: build it with `trunk build` (see README.md).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("signpost-app runs in the browser: use `.ci/serve` (see README.md). The native tool is `cargo run --bin signpost`.");
    std::process::exit(2);
}
