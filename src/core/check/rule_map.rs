//! The collections of [`CheckOptions`](super::CheckOptions): rule ids mapped to a value
//! ([`RuleMap`]) and sets of rule ids ([`RuleSet`]), each a Vec kept sorted by id.
//!
//! A handful of rules at most are set, and a sorted Vec gives what the checker needs (lookup,
//! insert, remove, iteration in id order, equality) with far less wasm code than B-tree maps and
//! sets of their own. They serialize like `BTreeMap`/`BTreeSet` (a JSON object / array in id
//! order). The same small map also serves other short string-keyed tables where one B-tree
//! type would cost its own code: a template's `rule_severities`, the JSON reader's
//! `string_map`, and import's chapter ids → names. Not for large maps (insertion is O(n)).

use serde::{Serialize, Serializer};

/// Ids (rule ids, or other short string keys) mapped to values, sorted by id, each id once.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleMap<V>(Vec<(String, V)>);

impl<V> Default for RuleMap<V> {
    fn default() -> Self {
        RuleMap(Vec::new())
    }
}

impl<V> RuleMap<V> {
    /// Where `rule` is (`Ok`) or would go (`Err`).
    fn find(&self, rule: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(r, _)| r.as_str().cmp(rule))
    }

    pub fn get(&self, rule: &str) -> Option<&V> {
        let i = self.find(rule).ok()?;
        self.0.get(i).map(|(_, v)| v)
    }

    pub fn contains_key(&self, rule: &str) -> bool {
        self.find(rule).is_ok()
    }

    /// Sets the value of `rule`, returning the one it replaces.
    pub fn insert(&mut self, rule: String, value: V) -> Option<V> {
        match self.find(&rule) {
            Ok(i) => self.0.get_mut(i).map(|(_, v)| std::mem::replace(v, value)),
            Err(i) => {
                self.0.insert(i, (rule, value));
                None
            }
        }
    }

    pub fn remove(&mut self, rule: &str) -> Option<V> {
        let i = self.find(rule).ok()?;
        Some(self.0.remove(i).1)
    }

    /// The entries in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(r, v)| (r, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A set of rule ids, sorted, each once.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RuleSet(RuleMap<()>);

impl RuleSet {
    pub fn contains(&self, rule: &str) -> bool {
        self.0.contains_key(rule)
    }

    /// Adds `rule`; whether it was new.
    pub fn insert(&mut self, rule: String) -> bool {
        self.0.insert(rule, ()).is_none()
    }

    /// Takes `rule` out; whether it was there.
    pub fn remove(&mut self, rule: &str) -> bool {
        self.0.remove(rule).is_some()
    }

    /// Keeps only the ids `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.0 .0.retain(|(r, _)| keep(r));
    }

    /// The ids in order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(r, _)| r)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Extend<String> for RuleSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, rules: I) {
        for rule in rules {
            self.insert(rule);
        }
    }
}

impl FromIterator<String> for RuleSet {
    fn from_iter<I: IntoIterator<Item = String>>(rules: I) -> Self {
        let mut set = RuleSet::default();
        set.extend(rules);
        set
    }
}

impl<V: Serialize> Serialize for RuleMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl Serialize for RuleSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

// Options are read back only by native tools and tests (as `BTreeMap`/`BTreeSet` would be).
#[cfg(not(target_arch = "wasm32"))]
impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for RuleMap<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, V>::deserialize(deserializer)?;
        Ok(RuleMap(map.into_iter().collect()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::Deserialize<'de> for RuleSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let set = std::collections::BTreeSet::<String>::deserialize(deserializer)?;
        let mut out = RuleSet::default();
        out.extend(set);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::Severity;
    use std::collections::{BTreeMap, BTreeSet};

    #[test]
    fn behaves_like_btree_map_and_set() {
        let ops = ["b", "a", "c", "a", "d", "b", "e", "a"];
        let (mut map, mut ours) = (BTreeMap::new(), RuleMap::default());
        let (mut set, mut our_set) = (BTreeSet::new(), RuleSet::default());
        for (i, rule) in ops.iter().enumerate() {
            let severity = [Severity::Hint, Severity::Warning, Severity::Error][i % 3];
            if i % 4 == 3 {
                assert_eq!(map.remove(*rule), ours.remove(rule));
                assert_eq!(set.remove(*rule), our_set.remove(rule));
            } else {
                assert_eq!(map.insert(rule.to_string(), severity), ours.insert(rule.to_string(), severity));
                assert_eq!(set.insert(rule.to_string()), our_set.insert(rule.to_string()));
            }
            assert_eq!(map.iter().collect::<Vec<_>>(), ours.iter().collect::<Vec<_>>());
            assert_eq!(set.iter().collect::<Vec<_>>(), our_set.iter().collect::<Vec<_>>());
            for r in ["a", "b", "c", "d", "e", "z"] {
                assert_eq!(map.get(r), ours.get(r));
                assert_eq!(set.contains(r), our_set.contains(r));
            }
        }
        assert_eq!(serde_json::to_string(&ours).unwrap(), serde_json::to_string(&map).unwrap());
        assert_eq!(serde_json::to_string(&our_set).unwrap(), serde_json::to_string(&set).unwrap());
        let back: RuleMap<Severity> = serde_json::from_str(&serde_json::to_string(&map).unwrap()).unwrap();
        assert_eq!(back, ours);
        let back: RuleSet = serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
        assert_eq!(back, our_set);
    }
}
