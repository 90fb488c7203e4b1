//! Inputs and outputs of the commands: reading files (or `-` for stdin), writing files (or
//! stdout), finding the template a draft names or a template file, loading a draft — each
//! failure as a Chinese sentence with the right exit code.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;

use zongjie::core::model::Draft;
use zongjie::core::template::{builtin, builtin_templates, Template};

use super::Failure;

/// The bytes of `path` (`-`: standard input). Unreadable → exit 2.
pub fn read(path: &str) -> Result<Vec<u8>, Failure> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::usage(format!("无法读取标准输入：{}", reason(&e))))?;
        return Ok(bytes);
    }
    std::fs::read(path).map_err(|e| Failure::usage(format!("无法读取文件 {path}：{}。", reason(&e))))
}

/// The UTF-8 text of `path` (a byte-order mark is dropped).
pub fn read_text(path: &str) -> Result<String, Failure> {
    let bytes = read(path)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec())
        .map_err(|_| Failure::usage(format!("文件 {path} 不是 UTF-8 编码的文本，请另存为 UTF-8 后重试。")))
}

/// Writes `bytes` to `path` (`None` or `-`: standard output). Binary output is not sent to a
/// terminal. Unwritable → exit 1.
pub fn write(path: Option<&str>, bytes: &[u8], binary: bool) -> Result<(), Failure> {
    match path {
        None | Some("-") => {
            let mut out = std::io::stdout().lock();
            if binary && out.is_terminal() {
                return Err(Failure::usage("Word 文件不能直接显示在终端上，请用 -o 指定保存的文件名，例如 -o 总结.docx。"));
            }
            out.write_all(bytes).and_then(|_| out.flush()).or_else(ignore_closed_pipe)
                .map_err(|e| Failure::failed(format!("无法输出结果：{}", reason(&e))))
        }
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| Failure::failed(format!("无法写入文件 {path}：{}。", reason(&e)))),
    }
}

fn ignore_closed_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

/// A system error in plain words.
pub fn reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "文件或所在文件夹不存在".into(),
        PermissionDenied => "没有访问权限".into(),
        IsADirectory => "这是一个文件夹，不是文件".into(),
        AlreadyExists => "文件已存在".into(),
        _ => format!("系统提示“{e}”"),
    }
}

/// A template by built-in id, or from a template JSON file.
pub fn template(id_or_path: &str) -> Result<Template, Failure> {
    if let Some(t) = builtin(id_or_path) {
        return Ok(t);
    }
    let looks_like_file = id_or_path.ends_with(".json") || id_or_path.contains('/') || Path::new(id_or_path).is_file();
    if !looks_like_file {
        let ids: Vec<String> = builtin_templates().into_iter().map(|t| t.id).collect();
        return Err(Failure::usage(format!(
            "没有编号为“{id_or_path}”的内置模板。可用的有：{}；也可以给出模板文件的路径（.json）。",
            ids.join("、")
        )));
    }
    let json = read_text(id_or_path)?;
    Template::from_json(&json).map_err(|e| Failure::usage(format!("模板文件 {id_or_path} 不能使用：{e}")))
}

/// The template for `draft`: the one given with `--template`, else the built-in it names.
pub fn template_for(draft: &Draft, given: Option<&str>) -> Result<Template, Failure> {
    match given {
        Some(t) => template(t),
        None => builtin(&draft.template_id).ok_or_else(|| {
            Failure::usage(format!(
                "草稿使用的模板“{}”不是内置模板。请用 --template 给出该模板文件，例如 --template 我的模板.json。",
                draft.template_id
            ))
        }),
    }
}

/// A draft file.
pub fn draft(path: &str) -> Result<Draft, Failure> {
    let json = read_text(path)?;
    Draft::from_json(&json).map_err(|e| Failure::usage(format!("{path}：{e}")))
}

/// A year as typed (`2025`, full-width `２０２５`, `2025年`), within 2000–2100.
pub fn year(text: &str, option: &str) -> Result<i32, Failure> {
    let digits: String = text
        .trim()
        .trim_end_matches('年')
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    match digits.parse::<i32>() {
        Ok(y) if (2000..=2100).contains(&y) => Ok(y),
        _ => Err(Failure::usage(format!("{option} 应为四位年份，例如 2025（收到的是“{text}”）。"))),
    }
}

/// Now as an RFC 3339 UTC time, for `updated_at`.
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let (h, m, s) = (secs % 86_400 / 3600, secs % 3600 / 60, secs % 60);
    let (year, month, day) = zongjie::core::calendar::civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_as_people_type_them() {
        assert_eq!(year("2025", "--year").unwrap(), 2025);
        assert_eq!(year(" ２０２５年 ", "--year").unwrap(), 2025);
        let e = year("25", "--year").unwrap_err();
        assert!(e.message.contains("四位年份") && e.message.contains("“25”"), "{}", e.message);
        assert!(year("二〇二五", "--year").is_err());
    }

    #[test]
    fn timestamps_are_rfc3339() {
        let t = now_rfc3339();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.starts_with("20") && t.ends_with('Z') && &t[10..11] == "T", "{t}");
    }

    #[test]
    fn unknown_template_ids_list_the_built_ins() {
        let e = template("no-such-template").unwrap_err();
        assert!(e.message.contains("jiedao-annual"), "{}", e.message);
        assert_eq!(e.code, super::super::USAGE);
    }
}
