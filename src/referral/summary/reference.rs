//! The summary's short reference ("SP-4K7M-Q2XD"), made to be read aloud and copied by hand.

/// Crockford's base 32: no I, L, O or U, so a reference read aloud or copied by hand is not
/// misread.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A short reference like "SP-4K7M-Q2XD": 40 bits of an FNV-1a hash of `seed`, so the same
/// seed always gives the same reference. Identity, not security: a reference names a summary
/// the person holds, it unlocks nothing.
pub fn reference_code(seed: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Fold the high bits in: FNV's low bits alone mix less well.
    let v = (h ^ (h >> 40)) & ((1u64 << 40) - 1);
    let chars: Vec<char> = (0..8)
        .rev()
        .map(|i| CROCKFORD[((v >> (i * 5)) & 31) as usize] as char)
        .collect();
    let s: String = chars.iter().collect();
    format!("SP-{}-{}", &s[..4], &s[4..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn reference_codes_are_short_stable_and_unambiguous() {
        let a = reference_code("2026-11-23T10:00:00Z|abc|123");
        assert_eq!(a, reference_code("2026-11-23T10:00:00Z|abc|123"));
        assert_ne!(a, reference_code("2026-11-23T10:00:01Z|abc|123"));
        assert_eq!(a.len(), 12);
        assert!(a.starts_with("SP-"));
        assert_eq!(&a[7..8], "-");
        for seed in 0..500 {
            let r = reference_code(&seed.to_string());
            assert!(
                r[3..]
                    .chars()
                    .all(|c| c == '-' || CROCKFORD.contains(&(c as u8))),
                "{r}"
            );
            assert!(!r[3..].contains(['I', 'L', 'O', 'U']), "{r}");
        }
        let distinct: BTreeSet<String> =
            (0..2000).map(|i| reference_code(&i.to_string())).collect();
        assert_eq!(distinct.len(), 2000);
    }
}
