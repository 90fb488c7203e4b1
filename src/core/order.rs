//! One shared sort for the whole crate: a stable sort by a key of up to four `u64`s.
//!
//! Every `sort_by`/`sort_by_key` call site makes the compiler emit its own copy of the standard
//! sort (2–5 KB of wasm each; fifteen of them were 67 KB of the app's code). Sorting through
//! [`sort_by_key`] instead keeps a single small merge sort: the keys are sorted once as plain
//! integer tuples, then the items are moved into that order. Not for sorting by strings (compare those with
//! std).

/// A sort key: compared left to right, smaller first. Use 0 for unused places.
pub type Key = [u64; 4];

/// Sorts `items` by `key`, smallest key first; items with equal keys keep their order (stable).
///
/// Only the key loop is compiled per call site; the sort and the permutation walk are shared
/// (non-generic, or generic over the item type alone), so each call adds little to the bundle.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> Key) {
    let mut keyed: Vec<(Key, usize)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        keyed.push((key(item), i));
    }
    let perm = permutation(keyed);
    apply_permutation(items, perm);
}

/// The order of `keyed` sorted: `perm[j]` is the index of the item that belongs at position j.
#[inline(never)]
fn permutation(mut keyed: Vec<(Key, usize)>) -> Vec<usize> {
    sort_keys(&mut keyed);
    let mut perm = Vec::with_capacity(keyed.len());
    for (_, i) in keyed {
        perm.push(i);
    }
    perm
}

/// Moves the items into the order `perm` gives, cycle by cycle.
fn apply_permutation<T>(items: &mut [T], mut perm: Vec<usize>) {
    for start in 0..perm.len() {
        let mut j = start;
        while perm[j] != j {
            let k = perm[j];
            perm[j] = j;
            if k == start {
                break;
            }
            items.swap(j, k);
            j = k;
        }
    }
}

/// Sorts the keyed indices (the index makes every entry distinct, so equal keys keep their
/// order): a bottom-up merge sort, a few hundred bytes of wasm where the standard sort's one
/// instantiation took 3 KB.
#[inline(never)]
fn sort_keys(keyed: &mut Vec<(Key, usize)>) {
    let n = keyed.len();
    let mut from = std::mem::take(keyed);
    let mut to = from.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut to[start..end] {
                let take_left = j >= end || (i < mid && from[i] <= from[j]);
                if take_left {
                    *slot = from[i];
                    i += 1;
                } else {
                    *slot = from[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    *keyed = from;
}

/// `x` as a key in `f64::total_cmp` order (smaller number, smaller key).
pub fn f64_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// `x` as a key that puts larger numbers first (`f64::total_cmp` order, reversed).
pub fn f64_key_desc(x: f64) -> u64 {
    !f64_key(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_std() {
        let items: Vec<(u64, char)> = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f'), (0, 'g')];
        let mut ours = items.clone();
        sort_by_key(&mut ours, |&(k, _)| [k, 0, 0, 0]);
        let mut std_sorted = items;
        std_sorted.sort_by_key(|&(k, _)| k);
        assert_eq!(ours, std_sorted);
    }

    #[test]
    fn applies_long_permutation_cycles() {
        // Reversal and rotation give cycles of every length the cycle walk must handle.
        for n in 0..40u64 {
            let mut rev: Vec<u64> = (0..n).collect();
            sort_by_key(&mut rev, |&x| [n - x, 0, 0, 0]);
            assert_eq!(rev, (0..n).rev().collect::<Vec<_>>());
            let mut rot: Vec<u64> = (0..n).map(|x| (x + 7) % n.max(1)).collect();
            sort_by_key(&mut rot, |&x| [x, 0, 0, 0]);
            assert_eq!(rot, (0..n).collect::<Vec<_>>());
        }
    }

    proptest::proptest! {
        #[test]
        fn any_list_sorts_like_std(items in proptest::collection::vec((0u64..4, 0u64..3, proptest::num::u64::ANY), 0..70)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(a, b, c)| [a, b, 0, c % 2]);
            let mut std_sorted = items;
            std_sorted.sort_by_key(|&(a, b, c)| (a, b, c % 2));
            proptest::prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn later_key_places_break_ties() {
        let mut v = vec![(1, 2), (0, 9), (1, 1), (0, 3)];
        sort_by_key(&mut v, |&(a, b)| [a, b, 0, 0]);
        assert_eq!(v, vec![(0, 3), (0, 9), (1, 1), (1, 2)]);
    }

    #[test]
    fn float_keys_follow_total_cmp() {
        let xs = [3.5, -0.0, 0.0, -7.25, f64::INFINITY, 1e-300, -1e300, 2.0];
        let mut ours = xs.to_vec();
        sort_by_key(&mut ours, |&x| [f64_key(x), 0, 0, 0]);
        let mut std_sorted = xs.to_vec();
        std_sorted.sort_by(|a, b| a.total_cmp(b));
        assert_eq!(ours.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), std_sorted.iter().map(|x| x.to_bits()).collect::<Vec<_>>());
        let mut desc = xs.to_vec();
        sort_by_key(&mut desc, |&x| [f64_key_desc(x), 0, 0, 0]);
        std_sorted.reverse();
        assert_eq!(desc.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), std_sorted.iter().map(|x| x.to_bits()).collect::<Vec<_>>());
    }
}
