//! The tree version: a stable hash of the content, carried in every evaluation, saved answer
//! set and referral, so each says which version of the tree produced it. JSON is hashed in a
//! canonical form (keys sorted, no whitespace) so reformatting a file does not change it.

use crate::engine::files::SourceFile;
use serde_json::Value;

/// 16 hex digits of FNV-1a 64 over the canonical content. Identity, not security.
///
/// [`crate::engine::authoring::load::load`] computes the same hash with a [`VersionHasher`] from the JSON it
/// parses anyway, so loading parses each file once; this is the reference it must match.
pub fn tree_version(files: &[SourceFile]) -> String {
    let mut sorted: Vec<&SourceFile> = files.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let mut h = VersionHasher::new();
    for f in sorted {
        if f.path.ends_with(".json") {
            h.json_file(f, serde_json::from_str::<Value>(&f.text).ok().as_ref());
        } else {
            h.text_file(f);
        }
    }
    h.finish()
}

/// Builds the tree version file by file, in path order.
pub(super) struct VersionHasher(Fnv);

impl VersionHasher {
    pub(super) fn new() -> Self {
        VersionHasher(Fnv::new())
    }

    /// A `.json` file, with its parsed value when it parses (else its text is hashed).
    pub(super) fn json_file(&mut self, f: &SourceFile, parsed: Option<&Value>) {
        self.0.write(f.path.as_bytes());
        self.0.write(&[0]);
        match parsed {
            Some(v) => canonical_json(v, &mut self.0),
            None => self.0.write(f.text.as_bytes()),
        }
        self.0.write(&[0]);
    }

    /// Any other file: its text with Windows line endings made Unix ones.
    pub(super) fn text_file(&mut self, f: &SourceFile) {
        self.0.write(f.path.as_bytes());
        self.0.write(&[0]);
        // As if "\r\n" were replaced by "\n", without a copy of the text: skip each "\r"
        // that comes just before a "\n".
        let bytes = f.text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
                self.0.write(&[b]);
            }
        }
        self.0.write(&[0]);
    }

    pub(super) fn finish(self) -> String {
        format!("{:016x}", (self.0).0)
    }
}

struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Lets serde_json write scalars and keys straight into the hash, with no string between.
impl std::io::Write for Fnv {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Fnv::write(self, buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Hashes JSON with object keys sorted, whatever order the parser kept them in, and no
/// whitespace: the bytes `serde_json` writes compactly for each key and scalar.
fn canonical_json(v: &Value, h: &mut Fnv) {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            h.write(b"{");
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    h.write(b",");
                }
                scalar(h, k);
                h.write(b":");
                canonical_json(v, h);
            }
            h.write(b"}");
        }
        Value::Array(items) => {
            h.write(b"[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    h.write(b",");
                }
                canonical_json(item, h);
            }
            h.write(b"]");
        }
        other => scalar(h, other),
    }
}

/// A key or scalar as compact JSON, as `Value`'s `Display` writes it.
fn scalar<T: serde::Serialize + ?Sized>(h: &mut Fnv, x: &T) {
    // Serializing a string, number, bool or null into the hasher cannot fail.
    serde_json::to_writer(h, x).expect("JSON scalars serialize");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    #[test]
    fn ignores_formatting_but_not_meaning() {
        let a = tree_version(&[
            file("a.json", r#"{"x": 1, "y": [1, 2]}"#),
            file("l/en/a.ftl", "m = M\n"),
        ]);
        let b = tree_version(&[
            file("l/en/a.ftl", "m = M\r\n"),
            file("a.json", "{\n  \"y\": [1,2],\n  \"x\": 1\n}"),
        ]);
        let c = tree_version(&[
            file("a.json", r#"{"x": 2, "y": [1, 2]}"#),
            file("l/en/a.ftl", "m = M\n"),
        ]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn loading_hashes_as_tree_version_does() {
        // `load` hashes the JSON it parses; it must agree with the reference, whatever the
        // files hold: broken JSON, escapes, numbers, Windows line endings, other files.
        let files = [
            file("settings.json", r#"{"start": "a", "_note": "x"}"#),
            file(
                "tree/a.json",
                r#"{"nodes": [{"kind": "outcome", "id": "é\"\n"}]}"#,
            ),
            file("directory/b.json", r#"{"example": true, "services": []}"#),
            file("flags.json", "{not json"),
            file(
                "n.json",
                r#"{"f": 1.5e300, "i": -3, "b": [true, null, {"z": 1, "a": {}}]}"#,
            ),
            file("locales/en-GB/a.ftl", "a = b\r\nc = d\r\r\n\r"),
            file("README.md", "notes\r\n"),
        ];
        assert_eq!(
            crate::engine::authoring::load::load(&files).0.version,
            tree_version(&files)
        );
    }
}
