//! Enums without data (`"kind": "rate"`) read from their names through one small generic
//! function, instead of serde's derive, which writes a string-, bytes- and index-matching visitor
//! for every enum (one copy per enum in the wasm bundle). Errors keep serde's wording
//! (`unknown variant …, expected one of …`), which the template reader translates.
//!
//! Use [`unit_enum_deserialize!`](crate::unit_enum_deserialize) with the names in the same order
//! as the values; a test per enum checks that every value reads back what `Serialize` writes.

use std::fmt;

use serde::de::{Deserializer, Error, Visitor};

/// The position of the name read in `names`.
pub fn index<'de, D: Deserializer<'de>>(deserializer: D, names: &'static [&'static str]) -> Result<usize, D::Error> {
    deserializer.deserialize_str(NameVisitor(names))
}

struct NameVisitor(&'static [&'static str]);

impl<'de> Visitor<'de> for NameVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<usize, E> {
        self.0.iter().position(|n| *n == v).ok_or_else(|| E::unknown_variant(v, self.0))
    }
}

/// `impl Deserialize` for a `Copy` enum without data: `unit_enum_deserialize!(Kind, ["a" => Kind::A, …])`.
#[macro_export]
macro_rules! unit_enum_deserialize {
    ($ty:ty, [$($name:literal => $value:expr),+ $(,)?]) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($name),+];
                const VALUES: &[$ty] = &[$($value),+];
                let i = $crate::core::unit_enum::index(deserializer, NAMES)?;
                VALUES.get(i).copied().ok_or_else(|| <D::Error as serde::de::Error>::custom("unknown variant"))
            }
        }
    };
}
