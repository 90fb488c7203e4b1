//! `rfind` for a text pattern, written as a plain scan: `str::rfind(&str)` links std's reverse
//! two-way searcher (~1 KB of wasm) for the few short words the core looks for from the end.
//! Not for long texts searched often (the scan is quadratic in the worst case).

/// The byte index where the last occurrence of `needle` in `haystack` starts: the same as
/// `haystack.rfind(needle)` (an empty needle is found at the end).
pub fn rfind(haystack: &str, needle: &str) -> Option<usize> {
    let last = haystack.len().checked_sub(needle.len())?;
    (0..=last).rev().find(|&at| haystack.is_char_boundary(at) && haystack.as_bytes()[at..].starts_with(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_the_last_occurrence_like_std() {
        for (h, n) in [("", ""), ("a", ""), ("", "a"), ("办结办结率", "办结"), ("工作总结和2026年", "和"), ("abab", "bab"), ("aaa", "aa"), ("和", "和和")] {
            assert_eq!(rfind(h, n), h.rfind(n), "{h:?} {n:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_like_std(h in "[ab和及办结]{0,12}", n in "[ab和及办结]{0,3}") {
            prop_assert_eq!(rfind(&h, &n), h.rfind(n.as_str()));
        }
    }
}
