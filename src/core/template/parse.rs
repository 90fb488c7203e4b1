//! Reading a template file: JSON text → [`Template`], with every error naming the JSON path of
//! the bad field (`chapters[2].indicators[0].unit`) and its line and column, in Chinese.
//!
//! serde_json does the typing, reading the text once with the same deserializer as everywhere
//! else; the path of a typing error is found by walking the text up to serde_json's error position
//! (`core::json_text`). This module only turns serde's English wording into sentences an office
//! clerk can act on. The semantic rules (unique ids, relations that resolve, …) live in `validate`.

use serde::de::IgnoredAny;

use super::{Template, TemplateError, FORMAT_VERSION};
use crate::core::json_text::{self, error_message as bare_message};

/// Checks the JSON syntax, then the format version, then types the JSON. No semantic validation.
pub(super) fn parse(json: &str) -> Result<Template, TemplateError> {
    let text = json.trim_start_matches('\u{feff}');
    serde_json::from_str::<IgnoredAny>(text).map_err(syntax_error)?;
    check_version(text)?;
    serde_json::from_str::<Template>(text).map_err(|e| type_error(text, &e))
}

/// Checks `format_version` before typing, so a newer file gets "please upgrade" rather than a
/// confusing complaint about a field this build does not know. `text` is valid JSON.
fn check_version(text: &str) -> Result<(), TemplateError> {
    if !json_text::opens_with(text, b'{') {
        return Err(err("", "模板文件的最外层应是一个对象（以 { 开头、以 } 结尾）。"));
    }
    match json_text::top_level_value(text, "format_version") {
        None => Err(err("format_version", &format!("缺少必填字段“format_version”，请填写 {FORMAT_VERSION}。"))),
        // A JSON integer that fits u64 is exactly what `parse` accepts (no sign, dot or exponent).
        Some(v) => match v.parse::<u64>() {
            Ok(n) if n >= 1 && n <= u64::from(FORMAT_VERSION) => Ok(()),
            Ok(n) if n > u64::from(FORMAT_VERSION) => Err(err(
                "format_version",
                &format!("模板格式版本为 {n}，本工具只支持到 {FORMAT_VERSION}。请升级工具，或按 docs/TEMPLATES.md 改为版本 {FORMAT_VERSION} 的格式。"),
            )),
            _ => Err(err("format_version", &format!("格式版本应为正整数，当前支持的版本是 {FORMAT_VERSION}。"))),
        },
    }
}

fn err(field: &str, message: &str) -> TemplateError {
    TemplateError { field: field.to_string(), message: message.to_string() }
}

fn position(e: &serde_json::Error) -> String {
    if e.line() == 0 {
        String::new()
    } else {
        format!("（第 {} 行第 {} 列）", e.line(), e.column())
    }
}

fn syntax_error(e: serde_json::Error) -> TemplateError {
    let raw = bare_message(&e);
    let what = if raw.starts_with("EOF while parsing") {
        "文件在结构结束前就结束了，请检查花括号 { } 和方括号 [ ] 是否成对"
    } else if raw.starts_with("trailing comma") {
        "最后一项后面多了逗号，请删去"
    } else if raw.starts_with("expected `,` or `}`") || raw.starts_with("expected `,` or `]`") {
        "两项之间缺少逗号，或括号未闭合"
    } else if raw.starts_with("key must be a string") {
        "字段名必须用英文双引号括起来"
    } else if raw.starts_with("control character") {
        "文本中含有换行等控制字符，请改用 \\n"
    } else if raw.starts_with("invalid escape") {
        "文本中的反斜杠转义写法有误"
    } else if raw.starts_with("trailing characters") {
        "文件末尾在结构结束后还有多余内容"
    } else if raw.starts_with("expected value") || raw.starts_with("expected ident") {
        "此处应为一个值（文本要用英文双引号，数字、true、false 不加引号）"
    } else {
        "请检查引号、逗号和括号"
    };
    err("", &format!("不是正确的 JSON 格式{}：{what}。", position(&e)))
}

/// A typing error of `text`, named by the JSON path where serde_json stopped.
fn type_error(text: &str, e: &serde_json::Error) -> TemplateError {
    let raw = bare_message(e);
    let mut offset = json_text::offset_of(text, e.line(), e.column());
    if raw.starts_with("expected ") || raw.starts_with("key must be") {
        // serde_json places these just past the byte it peeked at (not yet part of the value).
        offset = offset.saturating_sub(1);
    }
    let mut location = json_text::location_at(text, offset);
    let at = position(e);
    if let Some(name) = between(&raw, "missing field `", "`") {
        let field = join(&location.path(), name);
        return err(&field, &format!("缺少必填字段“{name}”{at}。"));
    }
    if let Some(name) = between(&raw, "duplicate field `", "`") {
        // serde_json stops right after the repeated key: name the object, then the key once.
        if location.key_pending {
            location.steps.pop();
        }
        let field = join(&location.path(), name);
        return err(&field, &format!("字段“{name}”重复出现{at}，请只保留一个。"));
    }
    if location.key_pending && raw.starts_with("unknown variant") {
        // `{"money": …}` in place of `"money"`: the key is the value given, not a field.
        location.steps.pop();
    }
    let path = location.path();
    let path = path.as_str();
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (name, choices) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = choices.split('`').skip(1).step_by(2).collect();
        let field = if path == name || path.ends_with(&format!(".{name}")) { path.to_string() } else { join(path, name) };
        let hint = if known.is_empty() { String::new() } else { format!("这一层可用的字段有：{}。", known.join("、")) };
        return err(&field, &format!("不认识的字段“{name}”{at}，请检查拼写。{hint}"));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return err(path, &format!("类型不对{at}：应为{}，这里是{}。", expected_zh(expected), found_zh(found)));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (given, choices) = rest.split_once('`').unwrap_or((rest, ""));
        let options: Vec<&str> = choices.split('`').skip(1).step_by(2).collect();
        return err(path, &format!("取值“{given}”不在可选范围内{at}，可选：{}。", options.join("、")));
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return err(path, &format!("取值不符合要求{at}：应为{}，这里是{}。", expected_zh(expected), found_zh(found)));
    }
    if let Some(rest) = raw.strip_prefix("invalid length ") {
        return err(path, &format!("项数不对{at}（{rest}）。"));
    }
    if raw.starts_with("number out of range") {
        // The syntax check skips over numbers; only typing finds one too large for a number.
        return err(path, &format!("数字超出了可表示的范围{at}，请检查是否多写了位数。"));
    }
    err(path, &format!("内容有误{at}：{raw}。"))
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(start)?;
    rest.split_once(end).map(|(inner, _)| inner)
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn expected_zh(expected: &str) -> String {
    let e = expected.trim();
    let zh = if e == "a string" || e.contains("string") {
        "文本（用英文双引号括起来）"
    } else if e == "a boolean" {
        "“true”或“false”"
    } else if e.starts_with('u') && e[1..].chars().all(|c| c.is_ascii_digit()) {
        "非负整数"
    } else if e.starts_with('i') && e[1..].chars().all(|c| c.is_ascii_digit()) {
        "整数"
    } else if e == "f64" || e == "f32" {
        "数字"
    } else if e.contains("sequence") {
        "数组 [ … ]"
    } else if e.starts_with("struct") || e.contains("map") || e.contains("tagged enum") {
        "对象 { … }"
    } else if e.contains("variant") || e.starts_with("enum") {
        "规定的取值之一（见 docs/TEMPLATES.md）"
    } else if e.is_empty() {
        "规定的类型"
    } else {
        return e.to_string();
    };
    zh.to_string()
}

fn found_zh(found: &str) -> String {
    let f = found.trim();
    if let Some(s) = f.strip_prefix("string ") {
        format!("文本 {s}")
    } else if let Some(n) = f.strip_prefix("integer ") {
        format!("整数 {}", n.trim_matches('`'))
    } else if let Some(n) = f.strip_prefix("floating point ") {
        format!("数字 {}", n.trim_matches('`'))
    } else if let Some(b) = f.strip_prefix("boolean ") {
        format!("布尔值 {}", b.trim_matches('`'))
    } else if f == "null" {
        "空值 null".to_string()
    } else if f == "map" {
        "对象 { … }".to_string()
    } else if f == "sequence" {
        "数组 [ … ]".to_string()
    } else {
        f.to_string()
    }
}
