//! `zongjie render`: a draft assembled with its template and written as plain text, a complete
//! HTML page (print CSS inlined), an official-format .docx, or the draft's JSON.

use zongjie::core::assemble::assemble;
use zongjie::core::check::{blocking, check};
use zongjie::core::export::{docx, html, json, text};

use super::args::{parse_or_help, Spec};
use super::files;
use super::{eprint_line, Failure, OK};

pub const HELP: &str = "用法：zongjie render 草稿.json [--format txt|html|docx|json] [-o 输出文件] [--template 模板.json]

把草稿按模板排版输出：
  txt   纯文本，可直接粘贴到公文系统
  html  完整网页，内含 GB/T 9704 打印样式，可用浏览器打印
  docx  Word 文件，按 GB/T 9704 公文格式排版（A4、仿宋三号、每页22行每行28字）
  json  草稿本身（整理后的草稿文件）
--format 省略时按 -o 的扩展名判断，都没有时输出纯文本；-o 省略时输出到屏幕（docx 除外）。
草稿使用自定义模板时，用 --template 给出模板文件。草稿仍有错误时照常输出，并在屏幕上提示。
";

const SPEC: Spec = Spec { command: "render", values: &["format", "o", "template"], flags: &[] };


#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Text,
    Html,
    Docx,
    Json,
}

fn format_named(name: &str) -> Option<Format> {
    match name.trim().trim_start_matches('.').to_ascii_lowercase().as_str() {
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" => Some(Format::Html),
        "docx" => Some(Format::Docx),
        "json" => Some(Format::Json),
        _ => None,
    }
}

pub fn run(raw: &[String]) -> Result<i32, Failure> {
    let Some(args) = parse_or_help(raw, &SPEC, HELP)? else { return Ok(OK) };
    let path = args.single_file(&SPEC, "请给出草稿文件，例如 zongjie render 草稿.json -o 总结.docx。", "输出一份草稿")?;
    let output = args.value("o");
    let format = match args.value("format") {
        Some(name) => format_named(name)
            .ok_or_else(|| Failure::usage(format!("不支持的格式“{name}”，可选 txt、html、docx、json。")))?,
        None => output
            .and_then(|o| std::path::Path::new(o).extension())
            .and_then(|e| e.to_str())
            .and_then(format_named)
            .unwrap_or(Format::Text),
    };
    let draft = files::draft(path)?;
    let template = files::template_for(&draft, args.value("template"))?;

    let findings = check(&draft, &template, &template.check_options());
    if blocking(&findings) {
        let errors = findings.iter().filter(|f| f.severity == zongjie::core::check::Severity::Error && !f.acknowledged).count();
        eprint_line(&format!("提示：草稿还有 {errors} 处错误未处理，已照常输出。可运行 zongjie check {path} 查看。"));
    }

    let document = assemble(&draft, &template);
    let bytes = match format {
        Format::Text => text::to_text(&document).into_bytes(),
        Format::Html => html::to_html_page(&document).into_bytes(),
        Format::Json => {
            let mut out = json::to_json(&draft);
            out.push('\n');
            out.into_bytes()
        }
        Format::Docx => docx::to_docx(&document).map_err(Failure::failed)?,
    };
    files::write(output, &bytes, format == Format::Docx)?;
    Ok(OK)
}
