//! serde's `Deserialize` for a [`Relation`] (`{"kind": "rate", "part": …, "whole": …}`), natively
//! only: with the derives of the other template types it is the reference that
//! `tests/templates.rs` compares the app's reader (`parse`) against, error path for error path.
//! One pass over the object, fields checked against the kind (serde's derive for an internally
//! tagged enum would buffer the relation and lose the paths inside it). Not used by the app.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::Relation;

#[derive(Clone, Copy)]
enum Kind {
    Rate,
    Completion,
    Growth,
    PartOf,
    SumOf,
}

crate::unit_enum_deserialize!(Kind, [
    "rate" => Kind::Rate,
    "completion" => Kind::Completion,
    "growth" => Kind::Growth,
    "part-of" => Kind::PartOf,
    "sum-of" => Kind::SumOf,
]);

impl Kind {
    /// The fields this kind takes besides `kind`, in declaration order.
    fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Rate => &["part", "whole"],
            Kind::Completion => &["actual", "target"],
            Kind::Growth => &["of"],
            Kind::PartOf => &["whole"],
            Kind::SumOf => &["parts"],
        }
    }
}

/// Every field any relation takes: `kind`, the ids, then `parts`.
const FIELDS: [&str; 7] = ["kind", "part", "whole", "actual", "target", "of", "parts"];

impl<'de> Deserialize<'de> for Relation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RelationVisitor)
    }
}

struct RelationVisitor;

impl<'de> Visitor<'de> for RelationVisitor {
    type Value = Relation;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct Relation")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Relation, A::Error> {
        let mut kind: Option<Kind> = None;
        // part, whole, actual, target, of (index = position in FIELDS − 1); target may be null.
        let mut ids: [Option<Option<String>>; 5] = Default::default();
        let mut parts: Option<Vec<String>> = None;
        let mut keys: Vec<String> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match FIELDS.iter().position(|f| *f == key) {
                Some(0) if kind.is_some() => return Err(de::Error::duplicate_field("kind")),
                Some(0) => kind = Some(map.next_value()?),
                Some(6) if parts.is_some() => return Err(de::Error::duplicate_field("parts")),
                Some(6) => parts = Some(map.next_value()?),
                Some(i) => {
                    let slot = &mut ids[i - 1];
                    if slot.is_some() {
                        return Err(de::Error::duplicate_field(FIELDS[i]));
                    }
                    *slot = Some(if FIELDS[i] == "target" { map.next_value::<Option<String>>()? } else { Some(map.next_value::<String>()?) });
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            keys.push(key);
        }
        let kind = kind.ok_or_else(|| de::Error::missing_field("kind"))?;
        let allowed = kind.fields();
        if let Some(extra) = keys.iter().find(|k| *k != "kind" && !allowed.contains(&k.as_str())) {
            return Err(de::Error::unknown_field(extra, allowed));
        }
        let [part, whole, actual, target, of] = ids;
        let need = |value: Option<Option<String>>, name: &'static str| value.flatten().ok_or_else(|| de::Error::missing_field(name));
        Ok(match kind {
            Kind::Rate => Relation::Rate { part: need(part, "part")?, whole: need(whole, "whole")? },
            Kind::Completion => Relation::Completion { actual: need(actual, "actual")?, target: target.flatten() },
            Kind::Growth => Relation::Growth { of: need(of, "of")? },
            Kind::PartOf => Relation::PartOf { whole: need(whole, "whole")? },
            Kind::SumOf => Relation::SumOf { parts: parts.ok_or_else(|| de::Error::missing_field("parts"))? },
        })
    }
}
