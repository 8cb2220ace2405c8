//! Sorting the short lists the engine and the app put in order: flags, members, deadlines,
//! guides, needs, tally rows. The standard library's sorts are built for long slices, and each
//! element type and comparison compiles to its own copy of them, about 4 KB of wasm each: 18
//! copies came to 74 KB before `wasm-opt`. These lists hold tens of items, where one small
//! stable insertion sort is as quick and a fraction of the size.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order (stable), like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives each (stable), like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, Ord::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against the standard library's stable sort, on lists with many ties, so a swap of equal
    /// items (an unstable sort) would show as well as a wrong order.
    #[test]
    fn sorts_as_the_standard_library_does_and_keeps_ties_in_order() {
        let mut seed = 7u64;
        for len in 0..60 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (((seed >> 33) % 5) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|x| x.0);
            assert_eq!(ours, std_sorted, "length {len}");
            let mut natural = items.clone();
            sort(&mut natural);
            let mut std_natural = items;
            std_natural.sort();
            assert_eq!(natural, std_natural);
        }
    }

    #[test]
    fn sort_by_takes_any_comparison() {
        let mut words = vec!["pear", "fig", "apple", "kiwi"];
        sort_by(&mut words, |a, b| {
            b.len().cmp(&a.len()).then_with(|| a.cmp(b))
        });
        assert_eq!(words, ["apple", "kiwi", "pear", "fig"]);
    }
}
