//! Writing JSON, compactly and byte for byte as `serde_json::to_string` writes the same data:
//! strings escaped as serde_json escapes them, floats through its own float printer, objects with their
//! members in declaration order. Types that are written implement [`ToJson`] by hand (drafts,
//! templates, findings, snapshots); their serde `Serialize` derives stay, natively, as the
//! reference the tests compare this writer against. Pretty output is `json_text::pretty` over
//! the compact text. Not a reader (see `tree` and `read`).

/// A value that can be written as JSON.
pub trait ToJson {
    /// Appends the compact JSON of `self` to `out`.
    fn write_json(&self, out: &mut String);
}

/// The compact JSON of `value`, as `serde_json::to_string` writes it.
pub fn to_string(value: &dyn ToJson) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// Appends `text` as a JSON string, escaped as serde_json escapes it: `"` and `\`, the short
/// escapes `\b \f \n \r \t`, other control characters as `\u00xx` (lowercase hex); everything
/// else (U+2028, non-ASCII) as is.
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// Appends `value` as serde_json writes an `f64`: `null` when not finite, otherwise through the
/// same float printer serde_json uses (`zmij`: `1.0`, `0.25`, `1e+16`, `1e-7`), so stored numbers
/// keep their exact text (its tie-breaking and layout differ from `decimal::shortest`'s).
pub fn float(out: &mut String, value: f64) {
    if value.is_finite() {
        out.push_str(zmij::Buffer::new().format_finite(value));
    } else {
        out.push_str("null");
    }
}

/// The JSON name of a data-less enum value (`unit_enum_deserialize!`'s `NAMES` and `VALUES`).
pub fn name<T: PartialEq>(value: &T, names: &'static [&'static str], values: &[T]) -> &'static str {
    values.iter().position(|v| v == value).and_then(|i| names.get(i)).copied().unwrap_or("")
}

/// An object being written: `Object::new(out).field("a", &x).field("b", &y).end()`.
pub struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, empty: true }
    }

    /// Writes member `key` with `value`.
    pub fn field(&mut self, key: &str, value: &dyn ToJson) -> &mut Self {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(self.out, key);
        self.out.push(':');
        value.write_json(self.out);
        self
    }

    /// Writes member `key` only when `value` is `Some` (serde's `skip_serializing_if = "Option::is_none"`).
    pub fn some(&mut self, key: &str, value: Option<&dyn ToJson>) -> &mut Self {
        match value {
            Some(v) => self.field(key, v),
            None => self,
        }
    }

    pub fn end(&mut self) {
        self.out.push('}');
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        string(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        string(out, self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut String) {
        float(out, *self);
    }
}

macro_rules! integer_to_json {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }
        }
    )*};
}
integer_to_json!(u32, i32, usize);

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_serde_str(s: &str) {
        assert_eq!(to_string(&s), serde_json::to_string(s).unwrap(), "{s:?}");
    }

    fn same_as_serde_f64(x: f64) {
        assert_eq!(to_string(&x), serde_json::to_string(&x).unwrap(), "{x:e}");
    }

    #[test]
    fn strings_are_escaped_as_serde_json_does() {
        for s in ["", "plain", "引号\"与\\反斜杠", "\n\r\t\u{8}\u{c}", "\u{0}\u{1}\u{1f}\u{7f}", "\u{2028}\u{2029}", "😀 emoji", "街道办事处 2026年", "</script>", "a\"\"b\\\\"] {
            same_as_serde_str(s);
        }
    }

    #[test]
    fn floats_are_laid_out_as_serde_json_does() {
        for x in [
            0.0, -0.0, 1.0, -1.0, 0.1, 0.25, 1.5, 100.0, 1095.0, 1.25e8, 1e15, 1e16, 1e17, 1.5e17, 123456789012345680.0,
            1e21, 1e22, 1e-4, 1e-5, 1e-6, 1e-7, 1.5e-7, 0.000123, f64::MAX, f64::MIN_POSITIVE, 5e-324, 1.7e308,
            1_767_225_600_000.0, 98.03370786516854, f64::NAN, f64::INFINITY, f64::NEG_INFINITY,
        ] {
            same_as_serde_f64(x);
        }
    }

    #[test]
    fn integers_options_and_lists_are_written_as_serde_json_does() {
        assert_eq!(to_string(&vec![Some(1u32), None]), serde_json::to_string(&vec![Some(1u32), None]).unwrap());
        assert_eq!(to_string(&-7i32), "-7");
        assert_eq!(to_string(&Vec::<String>::new()), "[]");
        let mut out = String::new();
        Object::new(&mut out).field("a", &1usize).some("b", None).some("c", Some(&true)).end();
        assert_eq!(out, r#"{"a":1,"c":true}"#);
        out.clear();
        Object::new(&mut out).end();
        assert_eq!(out, "{}");
    }

    proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_json_does(s in any::<String>()) {
            prop_assert_eq!(to_string(&s.as_str()), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn any_float_is_written_as_serde_json_does(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assert_eq!(to_string(&x), serde_json::to_string(&x).unwrap());
        }

        #[test]
        fn decimal_looking_floats_are_written_as_serde_json_does(m in -10_000_000i64..10_000_000, e in -12i32..20) {
            let x = m as f64 * 10f64.powi(e);
            prop_assert_eq!(to_string(&x), serde_json::to_string(&x).unwrap());
        }
    }
}
