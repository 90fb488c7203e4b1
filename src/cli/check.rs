//! `zongjie check`: the checker on a draft (.json) or a text report (.txt in UTF-8 or GB18030,
//! or .docx), printed for people (`file:line:col severity rule message`) or as one JSON array.
//! Exit 0 without unacknowledged errors, 1 with, 2 when the file cannot be read.

use zongjie::core::check::{blocking, check, check_text, CheckOptions, Finding};
use zongjie::core::import::{decode, docx};
use zongjie::core::model::Draft;

use super::args::{parse_or_help, Spec};
use super::files;
use super::{eprint_line, print, Failure, FAILED, OK};

pub const HELP: &str = "用法：zongjie check 文件 [--format human|json] [--template 编号|模板.json] [--year 年度]

校核一份草稿（.json）或一份文字稿（.txt，UTF-8 或 GBK 编码；或 .docx）：
数字之间的关系（比率、完成率、增长率、部分与总数）、遗留的 XX/** 标记、年份、序号、标点、用词等。
  --format human  每处一行：文件:行:列 级别 规则 说明（默认）
  --format json   全部结果作为一个 JSON 数组输出
  --template      文字稿按该模板的规则级别校核；草稿使用自定义模板时必须给出
  --year          文字稿标题中没有年份时，指定总结的年度
文件写 - 时从标准输入读取文字稿。
退出码：0 没有错误（可能有提醒）；1 有未确认的错误；2 文件无法读取。
";

const SPEC: Spec = Spec { command: "check", values: &["format", "template", "year"], flags: &[] };

pub fn run(raw: &[String]) -> Result<i32, Failure> {
    let Some(args) = parse_or_help(raw, &SPEC, HELP)? else { return Ok(OK) };
    let path = args.single_file(&SPEC, "请给出要校核的文件，例如 zongjie check 总结.txt。", "校核一个文件")?;
    let json = match args.value("format").unwrap_or("human") {
        "human" => false,
        "json" => true,
        other => return Err(Failure::usage(format!("不支持的输出格式“{other}”，可选 human 或 json。"))),
    };
    let year = args.value("year").map(|y| files::year(y, "--year")).transpose()?;

    let bytes = files::read(path)?;
    let (findings, lines) = match input_kind(path, &bytes) {
        Input::Draft => {
            let draft = parse_draft(path, &bytes)?;
            let template = files::template_for(&draft, args.value("template"))?;
            (check(&draft, &template, &template.check_options()), None)
        }
        kind => {
            let mut options = match args.value("template") {
                Some(t) => files::template(t)?.check_options(),
                None => CheckOptions::default(),
            };
            options.year = year;
            let (text, lines) = text_of(path, &bytes, kind)?;
            (check_text(&text, &options), lines)
        }
    };

    if json {
        let out = serde_json::to_string_pretty(&findings)
            .map_err(|e| Failure::failed(format!("无法输出校核结果：{e}")))?;
        print(&format!("{out}\n"));
    } else {
        let out: String = findings.iter().map(|f| human_line(path, f, lines.as_deref()) + "\n").collect();
        print(&out);
        eprint_line(&summary(&findings));
    }
    Ok(if blocking(&findings) { FAILED } else { OK })
}

enum Input {
    Draft,
    Docx,
    Text,
}

fn input_kind(path: &str, bytes: &[u8]) -> Input {
    let lower = path.to_lowercase();
    let first = bytes.iter().copied().find(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF));
    if lower.ends_with(".json") || first == Some(b'{') {
        Input::Draft
    } else if docx::is_zip(bytes) || lower.ends_with(".docx") {
        Input::Docx
    } else {
        Input::Text
    }
}

fn parse_draft(path: &str, bytes: &[u8]) -> Result<Draft, Failure> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| Failure::usage(format!("草稿文件 {path} 不是 UTF-8 编码，请用本工具重新导出草稿。")))?;
    Draft::from_json(text).map_err(|e| Failure::usage(format!("{path}：{e}")))
}

/// The text to check and, for a .docx, the paragraph number of each line of that text (so
/// positions name paragraphs, not lines of the joined text).
fn text_of(path: &str, bytes: &[u8], kind: Input) -> Result<(String, Option<Vec<usize>>), Failure> {
    if let Input::Docx = kind {
        let paragraphs = docx::docx_paragraphs(bytes).map_err(|e| Failure::usage(format!("{path}：{e}")))?;
        let mut text = String::new();
        let mut lines = Vec::new();
        for (i, p) in paragraphs.iter().enumerate() {
            for line in p.split('\n') {
                text.push_str(line);
                text.push('\n');
                lines.push(i + 1);
            }
            // A blank line keeps Word's paragraphs apart.
            text.push('\n');
            lines.push(i + 1);
        }
        return Ok((text, Some(lines)));
    }
    let (text, _) =
        decode::decode_text(bytes, Some(&decode::native_gb18030)).map_err(|e| Failure::usage(format!("{path}：{e}")))?;
    Ok((text, None))
}

/// `file:line:col severity rule message` for a text finding; for a draft the place is the part,
/// chapter, point (1-based) and field, then the column within the field.
pub fn human_line(path: &str, f: &Finding, paragraph_of_line: Option<&[usize]>) -> String {
    let l = &f.location;
    let place = match (l.line, l.column) {
        (Some(line), column) => {
            let line = paragraph_of_line.and_then(|t| t.get(line.wrapping_sub(1)).copied()).unwrap_or(line);
            format!("{line}:{}", column.unwrap_or(1))
        }
        (None, _) => {
            let mut parts: Vec<String> = Vec::new();
            parts.extend(l.part.map(|p| p.key().to_string()));
            parts.extend(l.chapter.clone());
            parts.extend(l.indicator.clone());
            parts.extend(l.point.map(|p| (p + 1).to_string()));
            parts.extend(l.field.clone());
            let mut place = if parts.is_empty() { "meta".to_string() } else { parts.join("/") };
            if let Some(start) = l.start {
                place.push_str(&format!(":{}", start + 1));
            }
            place
        }
    };
    let mut line = format!("{path}:{place} {} {} {}", f.severity.key(), f.rule, f.message.replace('\n', " "));
    if f.acknowledged {
        line.push_str("（已确认）");
    }
    line
}

fn summary(findings: &[Finding]) -> String {
    use zongjie::core::check::Severity::*;
    let count = |s| findings.iter().filter(|f| f.severity == s).count();
    if findings.is_empty() {
        "校核完成：未发现问题。".into()
    } else {
        format!("校核完成：错误 {} 处，提醒 {} 处，建议 {} 处。", count(Error), count(Warning), count(Hint))
    }
}
