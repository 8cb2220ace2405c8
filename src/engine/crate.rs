//! The engine as a crate of its own, for the build script, the authors' tool and every native
//! test: its manifest has no web dependency, so engine code that imported one would not build.
//!
//! The web app compiles the same files as a module instead (`src/lib.rs`): as a second crate,
//! the generic code both crates instantiate (maps, vectors, serde) was compiled into the wasm
//! twice, 4 KiB brotli more. The files name each other `crate::engine::…`, which reads the
//! same either way.

#[path = "mod.rs"]
pub mod engine;

pub use engine::*;
