//! The tree version: a stable hash of the content, carried in every evaluation, saved answer
//! set and referral, so each says which version of the tree produced it. JSON is hashed in a
//! canonical form (keys sorted, no whitespace) so reformatting a file does not change it.

use super::load::SourceFile;
use serde_json::Value;

/// 16 hex digits of FNV-1a 64 over the canonical content. Identity, not security.
pub fn tree_version(files: &[SourceFile]) -> String {
    let mut sorted: Vec<&SourceFile> = files.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let mut h = Fnv::new();
    for f in sorted {
        h.write(f.path.as_bytes());
        h.write(&[0]);
        let canonical = if f.path.ends_with(".json") {
            match serde_json::from_str::<Value>(&f.text) {
                Ok(v) => {
                    let mut s = String::new();
                    canonical_json(&v, &mut s);
                    s
                }
                Err(_) => f.text.clone(),
            }
        } else {
            f.text.replace("\r\n", "\n")
        };
        h.write(canonical.as_bytes());
        h.write(&[0]);
    }
    format!("{:016x}", h.0)
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

/// Writes JSON with object keys sorted, whatever order the parser kept them in.
fn canonical_json(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                canonical_json(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical_json(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
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
}
