//! JSON text → [`Node`] tree, checking the syntax on the way (RFC 8259: no comments, no trailing
//! commas). Every node keeps the byte offset where it starts, objects keep their members in file
//! order including repeated keys, and numbers keep their text, so that [`super::read`] can name
//! the position of a bad value, report a repeated field and tell integers from other numbers.
//!
//! A syntax error says what is wrong in Chinese and where; nesting deeper than [`MAX_DEPTH`] is
//! refused rather than risking the stack. Never panics.

/// Containers nested deeper than this are refused (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;

/// A JSON value and the byte offset where it starts in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub at: usize,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written (valid JSON number syntax).
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in file order; a repeated key appears as often as it is written.
    Object(Vec<(String, Node)>),
}

impl Node {
    /// A node without a position in any text (built by a program, e.g. a draft migration).
    pub fn new(value: Value) -> Node {
        Node { at: 0, value }
    }

    /// The members of an object (`None` for any other value).
    pub fn members(&self) -> Option<&[(String, Node)]> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The last value of `key` in an object (`None` when absent or not an object).
    pub fn member(&self, key: &str) -> Option<&Node> {
        self.members()?.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The object with member `key` set to `value`: earlier members of that name are dropped and
    /// the new one goes last. Does nothing to a value that is not an object.
    pub fn set_member(&mut self, key: &str, value: Node) {
        if let Value::Object(m) = &mut self.value {
            m.retain(|(k, _)| k != key);
            m.push((key.to_string(), value));
        }
    }
}

/// Why the text is not JSON: byte offset and what is wrong (a Chinese clause, no full stop).
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub at: usize,
    pub what: &'static str,
}

const EOF: &str = "文件在结构结束前就结束了，请检查花括号 { } 和方括号 [ ] 是否成对";
const TRAILING_COMMA: &str = "最后一项后面多了逗号，请删去";
const MISSING_COMMA: &str = "两项之间缺少逗号，或括号未闭合";
const KEY_NOT_STRING: &str = "字段名必须用英文双引号括起来";
const MISSING_COLON: &str = "字段名后面缺少英文冒号";
const CONTROL: &str = "文本中含有换行等控制字符，请改用 \\n";
const ESCAPE: &str = "文本中的反斜杠转义写法有误";
const TRAILING: &str = "文件末尾在结构结束后还有多余内容";
const VALUE: &str = "此处应为一个值（文本要用英文双引号，数字、true、false 不加引号）";
const NUMBER: &str = "数字的写法有误（如多了前导 0、小数点后缺少数字）";
const TOO_DEEP: &str = "括号嵌套层数过多，请检查括号是否成对";

/// Parses a whole JSON text (leading and trailing whitespace allowed; a BOM is the caller's).
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut p = Parser { text, bytes: text.as_bytes(), i: 0, depth: 0 };
    let node = p.value()?;
    p.skip_ws();
    if p.i < p.bytes.len() {
        return Err(p.error(TRAILING));
    }
    Ok(node)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, what: &'static str) -> SyntaxError {
        SyntaxError { at: self.i.min(self.bytes.len()), what }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Node, SyntaxError> {
        self.skip_ws();
        let at = self.i;
        let value = match self.peek() {
            None => return Err(self.error(EOF)),
            Some(b'{') => self.container(true)?,
            Some(b'[') => self.container(false)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) => return Err(self.error(VALUE)),
        };
        Ok(Node { at, value })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        for &b in word.as_bytes() {
            match self.peek() {
                None => return Err(self.error(EOF)),
                Some(c) if c == b => self.i += 1,
                Some(_) => return Err(self.error(VALUE)),
            }
        }
        Ok(value)
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        match self.digits() {
            0 if self.peek().is_none() => return Err(self.error(EOF)),
            0 => return Err(self.error(NUMBER)),
            n if n > 1 && self.bytes.get(int_start) == Some(&b'0') => return Err(self.error(NUMBER)),
            _ => {}
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.error(if self.peek().is_none() { EOF } else { NUMBER }));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.error(if self.peek().is_none() { EOF } else { NUMBER }));
            }
        }
        Ok(Value::Number(self.text.get(start..self.i).unwrap_or_default().to_string()))
    }

    /// A string starting at the current `"`; escapes resolved.
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            let Some(b) = self.peek() else { return Err(self.error(EOF)) };
            match b {
                b'"' => {
                    out.push_str(self.text.get(run..self.i).unwrap_or_default());
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(self.text.get(run..self.i).unwrap_or_default());
                    self.i += 1;
                    self.escape(&mut out)?;
                    run = self.i;
                }
                0..=0x1f => return Err(self.error(CONTROL)),
                _ => self.i += 1,
            }
        }
    }

    /// One escape after a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let Some(b) = self.peek() else { return Err(self.error(EOF)) };
        self.i += 1;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    // A surrogate pair: the low half must follow as another \u escape.
                    if self.bytes.get(self.i..self.i + 2) != Some(b"\\u") {
                        return Err(self.error(ESCAPE));
                    }
                    self.i += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error(ESCAPE));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                match char::from_u32(code) {
                    Some(c) => c,
                    None => return Err(self.error(ESCAPE)),
                }
            }
            _ => return Err(self.error(ESCAPE)),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(b) = self.peek() else { return Err(self.error(EOF)) };
            let digit = (b as char).to_digit(16).ok_or_else(|| self.error(ESCAPE))?;
            code = code * 16 + digit;
            self.i += 1;
        }
        Ok(code)
    }

    /// An object (`{`) or an array (`[`) starting at the current byte.
    fn container(&mut self, object: bool) -> Result<Value, SyntaxError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error(TOO_DEEP));
        }
        self.depth += 1;
        self.i += 1;
        let close = if object { b'}' } else { b']' };
        let mut members = Vec::new();
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(close) {
            self.i += 1;
        } else {
            loop {
                if object {
                    self.skip_ws();
                    match self.peek() {
                        Some(b'"') => {}
                        None => return Err(self.error(EOF)),
                        Some(b'}') if !members.is_empty() => return Err(self.error(TRAILING_COMMA)),
                        Some(_) => return Err(self.error(KEY_NOT_STRING)),
                    }
                    let key = self.string()?;
                    self.skip_ws();
                    match self.peek() {
                        Some(b':') => self.i += 1,
                        None => return Err(self.error(EOF)),
                        Some(_) => return Err(self.error(MISSING_COLON)),
                    }
                    members.push((key, self.value()?));
                } else {
                    self.skip_ws();
                    if self.peek() == Some(b']') && !items.is_empty() {
                        return Err(self.error(TRAILING_COMMA));
                    }
                    items.push(self.value()?);
                }
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.i += 1,
                    Some(b) if b == close => {
                        self.i += 1;
                        break;
                    }
                    None => return Err(self.error(EOF)),
                    Some(_) => return Err(self.error(MISSING_COMMA)),
                }
            }
        }
        self.depth -= 1;
        Ok(if object { Value::Object(members) } else { Value::Array(items) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(text: &str) -> &'static str {
        parse(text).unwrap_err().what
    }

    #[test]
    fn values_keep_order_repeats_and_positions() {
        let t = r#" {"b": [1, -2.5e3, "x\n\u00e9\ud83d\ude00"], "a": {"k": null}, "b": true} "#;
        let n = parse(t).unwrap();
        assert_eq!(n.at, 1);
        let m = n.members().unwrap();
        assert_eq!(m.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["b", "a", "b"]);
        assert_eq!(n.member("b").unwrap().value, Value::Bool(true));
        let Value::Array(items) = &m[0].1.value else { panic!() };
        assert_eq!(items[1].value, Value::Number("-2.5e3".into()));
        assert_eq!(items[2].value, Value::String("x\né😀".into()));
        assert_eq!(&t[items[2].at..items[2].at + 2], "\"x");
        assert_eq!(n.member("a").unwrap().member("k").unwrap().value, Value::Null);
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        assert_eq!(what(""), EOF);
        assert_eq!(what("{\"a\": 1"), EOF);
        assert_eq!(what("{\"a\": 1,}"), TRAILING_COMMA);
        assert_eq!(what("[1,]"), TRAILING_COMMA);
        assert_eq!(what("[1 2]"), MISSING_COMMA);
        assert_eq!(what("{a: 1}"), KEY_NOT_STRING);
        assert_eq!(what("{\"a\" 1}"), MISSING_COLON);
        assert_eq!(what("\"a\nb\""), CONTROL);
        assert_eq!(what("\"\\q\""), ESCAPE);
        assert_eq!(what("\"\\ud800x\""), ESCAPE);
        assert_eq!(what("{} x"), TRAILING);
        assert_eq!(what("tru"), EOF);
        assert_eq!(what("trux"), VALUE);
        assert_eq!(what("'a'"), VALUE);
        assert_eq!(what("01"), NUMBER);
        assert_eq!(what("1."), EOF);
        assert_eq!(what("1.e5"), NUMBER);
        assert_eq!(what("-"), EOF);
        assert_eq!(parse("{\"a\": 1,}").unwrap_err().at, 8);
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(what(&deep), TOO_DEEP);
        assert!(parse(&format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH))).is_ok());
    }

    #[test]
    fn accepts_what_serde_json_accepts() {
        for t in ["0", "-0", "1e400", "[]", "{}", "\"\\/\"", " [ { } , [ ] ] ", "1E+2", "0.5e-3", "\"\u{7f}\""] {
            assert!(parse(t).is_ok(), "{t}");
            assert!(serde_json::from_str::<serde::de::IgnoredAny>(t).is_ok(), "{t}");
        }
    }
}
