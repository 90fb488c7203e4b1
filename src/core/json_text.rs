//! Small walks over JSON *text* that keep it as written: the raw value of a top-level key and a
//! top-level object with one member replaced (the built-in templates' shared chapter catalogue,
//! also used by `build.rs`), the items of a top-level array (the browser's snapshot list, read
//! item by item), minifying, and re-indenting compact JSON the way `serde_json`'s pretty printer
//! does (so the bundle carries one serializer per type, not a second pretty one).
//!
//! Not a parser (that is `core::json`): on malformed text the answers are best effort, never a
//! panic.

/// Byte offset just past the string starting at `start` (a `"`), or the end of the text.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The text of a JSON string body with the simple escapes resolved (keys are plain in practice;
/// `\uXXXX` is decoded when it is a whole character).
fn unescape(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => out.push('\u{fffd}'),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The raw text of the last value of `key` in the top-level object (`None` when the text is not
/// an object or has no such key).
pub fn top_level_value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    object_members(text).into_iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Each member of the top-level object as (key, raw value), in order (empty when the text is not
/// an object).
pub fn object_members(text: &str) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for (k, v) in top_level_items(text, b'{') {
        out.push((k.map(unescape).unwrap_or_default(), v));
    }
    out
}

/// The top-level object `object` with member `key` (a plain name: no quote, backslash or control
/// character) set to the raw JSON `value`: the other members kept in order with their keys as
/// written, earlier members of that name dropped, written compactly.
pub fn with_member(object: &str, key: &str, value: &str) -> String {
    let mut out = String::from("{");
    let mut push = |k: &str, v: &str| {
        if out.len() > 1 {
            out.push(',');
        }
        out.push('"');
        out.push_str(k);
        out.push_str("\":");
        out.push_str(v);
    };
    for (k, v) in top_level_items(object, b'{') {
        let k = k.unwrap_or_default();
        if unescape(k) != key {
            push(k, v);
        }
    }
    push(key, value);
    out.push('}');
    out
}

/// The raw text of each item of a top-level array (empty when the text is not an array).
pub fn array_items(text: &str) -> Vec<&str> {
    top_level_items(text, b'[').into_iter().map(|(_, v)| v).collect()
}

/// (key body as written, between its quotes; raw value) of every member of the top-level
/// container opened by `open` (keys are `None` in an array).
fn top_level_items(text: &str, open: u8) -> Vec<(Option<&str>, &str)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let Some(first) = bytes.iter().position(|b| !b.is_ascii_whitespace()) else { return out };
    if bytes[first] != open {
        return out;
    }
    let mut depth = 0usize;
    let mut key: Option<&str> = None;
    let mut value_start: Option<usize> = None;
    let mut i = first + 1;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => {
                let close = string_end(bytes, i);
                if depth == 0 && open == b'{' && key.is_none() {
                    key = text.get(i + 1..close.saturating_sub(1));
                } else if depth == 0 && value_start.is_none() {
                    value_start = Some(i);
                }
                i = close;
                continue;
            }
            b'{' | b'[' => {
                if depth == 0 && value_start.is_none() {
                    value_start = Some(i);
                }
                depth += 1;
            }
            b'}' | b']' if depth > 0 => depth -= 1,
            b',' if depth > 0 => {}
            b'}' | b']' | b',' => {
                if let Some(raw) = value_start.and_then(|s| text.get(s..i)) {
                    out.push((key.take(), raw.trim_end()));
                }
                if b != b',' {
                    return out;
                }
                key = None;
                value_start = None;
            }
            b':' | b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => {
                if depth == 0 && value_start.is_none() {
                    value_start = Some(i);
                }
            }
        }
        i += 1;
    }
    out
}

/// Compact JSON re-indented exactly as `serde_json::to_string_pretty` writes it (two spaces,
/// `": "`, empty containers as `[]` / `{}`). Whitespace outside strings in the input is dropped,
/// so any valid JSON text can be given.
pub fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() * 3 / 2);
    let mut depth = 0usize;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => {
                let close = string_end(bytes, i);
                out.push_str(compact.get(i..close).unwrap_or_default());
                i = close;
                continue;
            }
            b'{' | b'[' => {
                let close = if b == b'{' { b'}' } else { b']' };
                let next = bytes[i + 1..].iter().position(|c| !c.is_ascii_whitespace()).map(|p| i + 1 + p);
                out.push(b as char);
                if let Some(n) = next.filter(|&n| bytes[n] == close) {
                    out.push(close as char);
                    i = n + 1;
                    continue;
                }
                depth += 1;
                newline(&mut out, depth);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(b as char);
            }
            b',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            b':' => out.push_str(": "),
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => {
                // Numbers, true/false/null: copy the run of plain ASCII bytes.
                let run = bytes[i..]
                    .iter()
                    .position(|c| matches!(c, b'"' | b'{' | b'[' | b'}' | b']' | b',' | b':') || c.is_ascii_whitespace())
                    .map_or(bytes.len(), |p| i + p);
                out.push_str(compact.get(i..run).unwrap_or_default());
                i = run;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// JSON text without the whitespace between tokens (strings are kept as written).
pub fn minify(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let close = string_end(bytes, i);
                out.push_str(text.get(i..close).unwrap_or_default());
                i = close;
            }
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            _ => {
                let run = bytes[i..]
                    .iter()
                    .position(|c| *c == b'"' || c.is_ascii_whitespace())
                    .map_or(bytes.len(), |p| i + p);
                out.push_str(text.get(i..run).unwrap_or_default());
                i = run;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_values_and_items() {
        let t = r#" {"v": 1, "o": {"v": 2}, "s": "a,}", "v": [3, 4] } "#;
        assert_eq!(top_level_value(t, "v"), Some("[3, 4]"));
        assert_eq!(top_level_value(t, "o"), Some(r#"{"v": 2}"#));
        assert_eq!(top_level_value(t, "s"), Some(r#""a,}""#));
        assert_eq!(top_level_value(t, "x"), None);
        assert_eq!(top_level_value("[1]", "v"), None);
        assert_eq!(array_items(r#"[{"a": [1,2]}, "x]", 3 ]"#), [r#"{"a": [1,2]}"#, r#""x]""#, "3"]);
        assert!(array_items("[]").is_empty() && array_items("{}").is_empty());
        let members: Vec<(String, &str)> = object_members(r#"{"a\u00e9": {"x": [1, 2]}, "b": null}"#);
        assert_eq!(members, [("aé".to_string(), r#"{"x": [1, 2]}"#), ("b".to_string(), "null")]);
        assert_eq!(with_member(r#"{"a": 1, "b": [2], "a": 3}"#, "a", "{}"), r#"{"b":[2],"a":{}}"#);
        assert_eq!(with_member("{ }", "k", "1"), r#"{"k":1}"#);
        // Other members keep their keys as written.
        assert_eq!(with_member(r#"{"a\u00e9\"": 1}"#, "k", "2"), r#"{"a\u00e9\"":1,"k":2}"#);
    }

    #[test]
    fn pretty_and_minify_match_serde_json() {
        let v = serde_json::json!({"a": [], "b": {}, "c": [1, {"d": "x, y: [z]", "e": [null, true, -1.5e3]}], "f": "\"q\\"});
        let compact = serde_json::to_string(&v).unwrap();
        let pretty_text = serde_json::to_string_pretty(&v).unwrap();
        assert_eq!(pretty(&compact), pretty_text);
        assert_eq!(minify(&pretty_text), compact);
        assert_eq!(pretty(&pretty_text), pretty_text);
    }

    #[test]
    fn malformed_text_does_not_panic() {
        for t in ["", "\"", "{\"a", "[[[", "}}]]", "{\"a\":\"\\", "{,,:}", "\"\\u12"] {
            let _ = (top_level_value(t, "a"), array_items(t), pretty(t), minify(t));
        }
    }
}
