//! Typing a [`Node`]: small functions that read one kind of value (text, number, list, one of
//! some names) and [`Fields`], which sorts an object's members into a type's fields. Each error
//! is a [`ReadError`] with the JSON path of the bad value, built on the way out (`under_key`,
//! `under_index`) so reading good input allocates no paths.
//!
//! The rules are serde's for the derives this replaces, so files read before read the same: a
//! struct may also be written as an array of its fields in order; a known field written twice is
//! an error; integers must be written without a point or exponent; `null` stands for an absent
//! optional value. What a type's fields are and which are required is the caller's business.

use super::tree::{Node, Value};
use crate::core::check::RuleMap;
use crate::core::figures::decimal;

/// A value that could not be typed: where (JSON path, byte offset of the value) and what is wrong.
/// The message is split around where the position goes: `head` + `（第 L 行第 C 列）` + `tail`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadError {
    /// e.g. `chapters[2].indicators[0].unit`; empty for the whole document.
    pub path: String,
    pub at: usize,
    pub head: String,
    pub tail: String,
}

impl ReadError {
    pub fn new(at: usize, head: impl Into<String>, tail: impl Into<String>) -> ReadError {
        ReadError { path: String::new(), at, head: head.into(), tail: tail.into() }
    }

    /// The same error one object level up: the path gains `key` in front.
    pub fn under_key(mut self, key: &str) -> ReadError {
        let sep = if self.path.is_empty() || self.path.starts_with('[') { "" } else { "." };
        self.path = format!("{key}{sep}{}", self.path);
        self
    }

    /// The same error one array level up: the path gains `[index]` in front.
    pub fn under_index(mut self, index: usize) -> ReadError {
        let sep = if self.path.is_empty() || self.path.starts_with('[') { "" } else { "." };
        self.path = format!("[{index}]{sep}{}", self.path);
        self
    }

    /// The message with `position` (e.g. `（第 3 行第 5 列）`, or empty) in its place.
    pub fn message(&self, position: &str) -> String {
        format!("{}{position}{}", self.head, self.tail)
    }
}

/// What a value should have been, as said in messages.
pub const TEXT: &str = "文本（用英文双引号括起来）";
pub const BOOLEAN: &str = "“true”或“false”";
pub const UNSIGNED: &str = "非负整数";
pub const INTEGER: &str = "整数";
pub const NUMBER: &str = "数字";
pub const ARRAY: &str = "数组 [ … ]";
pub const OBJECT: &str = "对象 { … }";
pub const CHOICE: &str = "规定的取值之一（见 docs/TEMPLATES.md）";

/// What a value is, as said in messages: `整数 5`, `文本 "x"`, `空值 null`, …
pub fn found(node: &Node) -> String {
    match &node.value {
        Value::Null => "空值 null".into(),
        Value::Bool(b) => format!("布尔值 {b}"),
        Value::Number(n) if is_integer(n) => format!("整数 {n}"),
        Value::Number(n) => format!("数字 {n}"),
        Value::String(s) => format!("文本 {}", quoted(s)),
        Value::Array(_) => ARRAY.into(),
        Value::Object(_) => OBJECT.into(),
    }
}

/// `s` in double quotes, with `"`, `\\` and control characters escaped as `{:?}` escapes them
/// (written out here: `{:?}` on text links 3 KB of Unicode escaping into the wasm). Other
/// characters, Chinese included, are written as they are.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// "The value is of the wrong type": should be `expected`.
pub fn wrong_type(node: &Node, expected: &str) -> ReadError {
    ReadError::new(node.at, "类型不对", format!("：应为{expected}，这里是{}。", found(node)))
}

fn is_integer(number: &str) -> bool {
    !number.contains(['.', 'e', 'E'])
}

pub fn string(node: &Node) -> Result<String, ReadError> {
    match &node.value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(wrong_type(node, TEXT)),
    }
}

/// Text, or `None` for `null`.
pub fn optional_string(node: &Node) -> Result<Option<String>, ReadError> {
    match node.value {
        Value::Null => Ok(None),
        _ => string(node).map(Some),
    }
}

pub fn boolean(node: &Node) -> Result<bool, ReadError> {
    match node.value {
        Value::Bool(b) => Ok(b),
        _ => Err(wrong_type(node, BOOLEAN)),
    }
}

/// Any number; one too large for a 64-bit float is an error, not infinity.
pub fn number(node: &Node) -> Result<f64, ReadError> {
    let Value::Number(n) = &node.value else { return Err(wrong_type(node, NUMBER)) };
    match decimal::parse(n) {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(ReadError::new(node.at, "数字超出了可表示的范围", "，请检查是否多写了位数。")),
    }
}

/// A number, or `None` for `null`.
pub fn optional_number(node: &Node) -> Result<Option<f64>, ReadError> {
    match node.value {
        Value::Null => Ok(None),
        _ => number(node).map(Some),
    }
}

/// An integer written without point or exponent, within `min..=max`.
fn integer(node: &Node, min: i64, max: i64, expected: &str) -> Result<i64, ReadError> {
    match &node.value {
        Value::Number(n) if is_integer(n) => match n.parse::<i64>() {
            Ok(i) if (min..=max).contains(&i) => Ok(i),
            _ => Err(ReadError::new(node.at, "取值不符合要求", format!("：应为{expected}，这里是{}。", found(node)))),
        },
        _ => Err(wrong_type(node, expected)),
    }
}

pub fn u32_value(node: &Node) -> Result<u32, ReadError> {
    integer(node, 0, u32::MAX.into(), UNSIGNED).map(|i| i as u32)
}

pub fn i32_value(node: &Node) -> Result<i32, ReadError> {
    integer(node, i32::MIN.into(), i32::MAX.into(), INTEGER).map(|i| i as i32)
}

/// The items of an array, each typed by `item` (an error names the item's index).
pub fn list<T>(node: &Node, item: fn(&Node) -> Result<T, ReadError>) -> Result<Vec<T>, ReadError> {
    let Value::Array(items) = &node.value else { return Err(wrong_type(node, ARRAY)) };
    let mut out = Vec::with_capacity(items.len());
    for (i, n) in items.iter().enumerate() {
        out.push(item(n).map_err(|e| e.under_index(i))?);
    }
    Ok(out)
}

pub fn strings(node: &Node) -> Result<Vec<String>, ReadError> {
    list(node, string)
}

/// An object of texts, by key in key order (a key written twice keeps its last value); a sorted
/// Vec map, not a B-tree (less wasm code).
pub fn string_map(node: &Node) -> Result<RuleMap<String>, ReadError> {
    let Some(members) = node.members() else { return Err(wrong_type(node, OBJECT)) };
    let mut out = RuleMap::default();
    for (k, v) in members {
        out.insert(k.clone(), string(v).map_err(|e| e.under_key(k))?);
    }
    Ok(out)
}

/// The position in `names` of the text given (for enums written by name).
pub fn choice(node: &Node, names: &[&str]) -> Result<usize, ReadError> {
    let Value::String(s) = &node.value else { return Err(wrong_type(node, CHOICE)) };
    names
        .iter()
        .position(|n| n == s)
        .ok_or_else(|| ReadError::new(node.at, format!("取值“{s}”不在可选范围内"), format!("，可选：{}。", names.join("、"))))
}

/// One of `values`, written by its name at the same position of `names`.
pub fn one_of<T: Copy>(node: &Node, names: &[&str], values: &[T]) -> Result<T, ReadError> {
    let i = choice(node, names)?;
    values.get(i).copied().ok_or_else(|| wrong_type(node, CHOICE))
}

/// How [`fields`] treats members that are not fields of the type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Unknown {
    /// An unknown member is an error naming the fields of this level.
    Refuse,
    /// Unknown members are skipped (kept for files of newer versions).
    Skip,
}

/// An object's (or a positional array's) values sorted into a type's fields, by field index.
pub struct Fields<'n> {
    node: &'n Node,
    names: &'static [&'static str],
    slots: Vec<Option<&'n Node>>,
    /// Written as an array of the fields in order.
    positional: bool,
}

/// Sorts `node`'s members into the fields `names` (in declaration order). Refuses what is not an
/// object (or an array with at most one item per field), a field written twice and, with
/// [`Unknown::Refuse`], any member not in `names`.
pub fn fields<'n>(node: &'n Node, names: &'static [&'static str], unknown: Unknown) -> Result<Fields<'n>, ReadError> {
    let mut slots = vec![None; names.len()];
    match &node.value {
        Value::Object(members) => {
            for (key, value) in members {
                match names.iter().position(|n| n == key) {
                    Some(i) if slots[i].is_some() => {
                        return Err(ReadError::new(value.at, format!("字段“{key}”重复出现"), "，请只保留一个。").under_key(key));
                    }
                    Some(i) => slots[i] = Some(value),
                    None if unknown == Unknown::Refuse => return Err(unknown_field(value, key, names)),
                    None => {}
                }
            }
            Ok(Fields { node, names, slots, positional: false })
        }
        Value::Array(items) if items.len() <= names.len() => {
            for (slot, item) in slots.iter_mut().zip(items) {
                *slot = Some(item);
            }
            Ok(Fields { node, names, slots, positional: true })
        }
        Value::Array(items) => Err(count_error(node, names.len(), items.len())),
        _ => Err(wrong_type(node, OBJECT)),
    }
}

/// "Unknown field `key`": the path names the member, the message the fields of its level.
pub fn unknown_field(value: &Node, key: &str, names: &[&str]) -> ReadError {
    let hint = if names.is_empty() { String::new() } else { format!("这一层可用的字段有：{}。", names.join("、")) };
    ReadError::new(value.at, format!("不认识的字段“{key}”"), format!("，请检查拼写。{hint}")).under_key(key)
}

fn count_error(node: &Node, expected: usize, given: usize) -> ReadError {
    ReadError::new(node.at, "项数不对", format!("：按字段顺序写成数组时应为 {expected} 项，这里是 {given} 项。"))
}

impl<'n> Fields<'n> {
    /// The value of field `i`, if written.
    pub fn node(&self, i: usize) -> Option<&'n Node> {
        self.slots.get(i).copied().flatten()
    }

    /// Wraps an error inside field `i` with the field's path step.
    fn under(&self, i: usize, e: ReadError) -> ReadError {
        if self.positional {
            e.under_index(i)
        } else {
            e.under_key(self.names.get(i).copied().unwrap_or_default())
        }
    }

    /// Field `i` typed by `read`, `None` when not written.
    pub fn get<T>(&self, i: usize, read: fn(&Node) -> Result<T, ReadError>) -> Result<Option<T>, ReadError> {
        match self.node(i) {
            Some(n) => read(n).map(Some).map_err(|e| self.under(i, e)),
            None => Ok(None),
        }
    }

    /// Field `i` typed by `read` into `slot`, which keeps its value when the field is not written.
    pub fn set<T>(&self, i: usize, slot: &mut T, read: fn(&Node) -> Result<T, ReadError>) -> Result<(), ReadError> {
        if let Some(n) = self.node(i) {
            match read(n) {
                Ok(v) => *slot = v,
                Err(e) => return Err(self.under(i, e)),
            }
        }
        Ok(())
    }

    /// Field `i` typed by `read`; an error when not written.
    pub fn required<T>(&self, i: usize, read: fn(&Node) -> Result<T, ReadError>) -> Result<T, ReadError> {
        self.get(i, read)?.ok_or_else(|| self.missing(i))
    }

    /// An error for the first of the `required` fields (indices) not written.
    pub fn require(&self, required: &[usize]) -> Result<(), ReadError> {
        match required.iter().find(|&&i| self.node(i).is_none()) {
            Some(&i) => Err(self.missing(i)),
            None => Ok(()),
        }
    }

    /// The error for required field `i` not written.
    pub fn missing(&self, i: usize) -> ReadError {
        let name = self.names.get(i).copied().unwrap_or_default();
        match &self.node.value {
            Value::Array(items) if self.positional => count_error(self.node, self.names.len(), items.len()),
            _ => ReadError::new(self.node.at, format!("缺少必填字段“{name}”"), "。").under_key(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::parse;

    const NAMES: &[&str] = &["id", "n", "tags"];

    #[test]
    fn text_is_quoted_as_debug_quotes_it() {
        for s in ["", "x", "街道办事处", "a\"b", "c:\\d", "一\n二\t三\r", "\0\u{1b}\u{7f}\u{85}", "it's"] {
            assert_eq!(quoted(s), format!("{s:?}"));
        }
    }

    fn read(text: &str, unknown: Unknown) -> Result<(String, Option<f64>, Vec<String>), ReadError> {
        let node = parse(text).unwrap();
        let f = fields(&node, NAMES, unknown)?;
        Ok((f.required(0, string)?, f.get(1, number)?, f.get(2, strings)?.unwrap_or_default()))
    }

    fn error(text: &str) -> (String, String) {
        let e = read(text, Unknown::Refuse).unwrap_err();
        (e.path.clone(), e.message(""))
    }

    #[test]
    fn fields_are_read_from_objects_and_positional_arrays() {
        assert_eq!(read(r#"{"tags": ["a"], "id": "x"}"#, Unknown::Refuse), Ok(("x".into(), None, vec!["a".into()])));
        assert_eq!(read(r#"["x", 2.5]"#, Unknown::Refuse), Ok(("x".into(), Some(2.5), vec![])));
        assert_eq!(read(r#"{"id": "x", "zz": 1}"#, Unknown::Skip).map(|r| r.0), Ok("x".into()));
    }

    #[test]
    fn errors_name_the_path_and_say_what_is_wrong() {
        assert_eq!(error(r#"{"id": 5}"#), ("id".into(), "类型不对：应为文本（用英文双引号括起来），这里是整数 5。".into()));
        assert_eq!(error(r#"{"id": "x", "tags": ["a", null]}"#).0, "tags[1]");
        assert_eq!(error(r#"["x", 1, [true]]"#).0, "[2][0]");
        assert_eq!(error(r#"{"n": 1}"#), ("id".into(), "缺少必填字段“id”。".into()));
        assert_eq!(error(r#"{"id": "x", "id": "y"}"#), ("id".into(), "字段“id”重复出现，请只保留一个。".into()));
        assert_eq!(error(r#"{"id": "x", "nn": 1}"#), ("nn".into(), "不认识的字段“nn”，请检查拼写。这一层可用的字段有：id、n、tags。".into()));
        assert!(error("[]").1.contains("应为 3 项，这里是 0 项"));
        assert!(error(r#"["x", 1, [], 4]"#).1.contains("这里是 4 项"));
        assert_eq!(error(r#"{"id": "x", "n": 1e400}"#).0, "n");
        assert_eq!(error("\"x\"").1, "类型不对：应为对象 { … }，这里是文本 \"x\"。");
        let e = ReadError::new(0, "甲", "乙").under_index(3).under_key("b").under_index(0).under_key("a");
        assert_eq!(e.path, "a[0].b[3]");
    }

    #[test]
    fn integers_and_choices() {
        let n = |t: &str| parse(t).unwrap();
        assert_eq!(u32_value(&n("7")), Ok(7));
        assert!(u32_value(&n("-1")).unwrap_err().message("").starts_with("取值不符合要求：应为非负整数，这里是整数 -1"));
        assert!(u32_value(&n("4294967296")).is_err() && u32_value(&n("1.0")).unwrap_err().head == "类型不对");
        assert_eq!(i32_value(&n("-2025")), Ok(-2025));
        assert_eq!(one_of(&n("\"b\""), &["a", "b"], &[1, 2]), Ok(2));
        assert_eq!(choice(&n("\"c\"")).err().map(|e| e.message("")), Some("取值“c”不在可选范围内，可选：a、b。".into()));
        assert_eq!(optional_string(&n("null")), Ok(None));
        assert_eq!(optional_number(&n("null")), Ok(None));
        assert_eq!(string_map(&n(r#"{"a": "1", "a": "2"}"#)).unwrap().get("a").map(String::as_str), Some("2"));
        // In key order, like the BTreeMap it replaces.
        let map = string_map(&n(r#"{"z": "1", "b": "2", "z": "3", "a-b": "4"}"#)).unwrap();
        let entries: Vec<(&str, &str)> = map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(entries, [("a-b", "4"), ("b", "2"), ("z", "3")]);
    }

    fn choice(node: &Node) -> Result<usize, ReadError> {
        super::choice(node, &["a", "b"])
    }
}
