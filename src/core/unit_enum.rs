//! Enums without data (`"kind": "rate"`) written by name: [`unit_enum_deserialize!`] gives such
//! an enum `NAMES` and `VALUES` (same order), which `core::json::read::one_of` reads by, and,
//! natively only, a serde `Deserialize` through one small generic function with serde's wording
//! (`unknown variant …, expected one of …`). The native impl is the reference `tests/templates.rs`
//! compares the app's reader against; the wasm app never deserializes with serde.
//!
//! A test per enum checks that every value reads back what `Serialize` writes.

#[cfg(not(target_arch = "wasm32"))]
use std::fmt;

#[cfg(not(target_arch = "wasm32"))]
use serde::de::{Deserializer, Error, Visitor};

/// The position of the name read in `names`.
#[cfg(not(target_arch = "wasm32"))]
pub fn index<'de, D: Deserializer<'de>>(deserializer: D, names: &'static [&'static str]) -> Result<usize, D::Error> {
    deserializer.deserialize_str(NameVisitor(names))
}

#[cfg(not(target_arch = "wasm32"))]
struct NameVisitor(&'static [&'static str]);

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Visitor<'de> for NameVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<usize, E> {
        self.0.iter().position(|n| *n == v).ok_or_else(|| E::unknown_variant(v, self.0))
    }
}

/// `NAMES`, `VALUES` and (natively) `impl Deserialize` for a `Copy` enum without data:
/// `unit_enum_deserialize!(Kind, ["a" => Kind::A, …])`.
#[macro_export]
macro_rules! unit_enum_deserialize {
    ($ty:ty, [$($name:literal => $value:expr),+ $(,)?]) => {
        impl $ty {
            /// The names as written in JSON, in the order of `VALUES`.
            pub const NAMES: &'static [&'static str] = &[$($name),+];
            pub const VALUES: &'static [$ty] = &[$($value),+];
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let i = $crate::core::unit_enum::index(deserializer, Self::NAMES)?;
                Self::VALUES.get(i).copied().ok_or_else(|| <D::Error as serde::de::Error>::custom("unknown variant"))
            }
        }
    };
}
