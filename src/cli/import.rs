//! `zongjie import`: an existing report (.txt in UTF-8/GB18030, or .docx) into a draft, keeping
//! every sentence; with `--base-of-year Y`, last year's report becomes the base of year Y's
//! draft (same chapters, last year's text as reference, last year's figures for growth checks).

use zongjie::core::import::{import_bytes, reuse_as_base, ImportResult};
use zongjie::core::template::{builtin, Template};

use super::args::{parse_or_help, Spec};
use super::check::human_line;
use super::files::{self, now_rfc3339};
use super::{eprint_line, Failure, OK};

pub const HELP: &str = "用法：zongjie import 文件 [-o 草稿.json] [--base-of-year 年度] [--template 编号|模板.json]

把已有的总结（.txt，UTF-8 或 GBK 编码；或 .docx）导入为草稿，原文的每一句都会保留。
  -o              保存草稿的文件；省略时输出到屏幕
  --base-of-year  把导入的（往年）总结作为该年度新草稿的底稿：沿用章节，
                  原文作为各章参考，原文数字作为“上年数”用于核对增长率
  --template      按哪个模板导入；省略时有“下年工作安排”部分的用 jiedao-annual，
                  只有总结的用 jiedao-summary
导入时清理掉的内容（如遗留标记）和识别结果会显示在屏幕上。
";

const SPEC: Spec = Spec { command: "import", values: &["o", "base-of-year", "template"], flags: &[] };

pub fn run(raw: &[String]) -> Result<i32, Failure> {
    let Some(args) = parse_or_help(raw, &SPEC, HELP)? else { return Ok(OK) };
    let path = args.single_file(&SPEC, "请给出要导入的文件，例如 zongjie import 去年总结.docx -o 草稿.json。", "导入一个文件")?;
    let base_year = args.value("base-of-year").map(|y| files::year(y, "--base-of-year")).transpose()?;
    let bytes = files::read(path)?;
    let (result, template) = match args.value("template") {
        Some(t) => {
            let template = files::template(t)?;
            (import(&bytes, path, &template)?, template)
        }
        None => import_with_fitting_template(&bytes, path)?,
    };

    for finding in &result.findings {
        eprint_line(&human_line(path, finding, None));
    }
    let report = &result.report;
    let matched = report.chapters.iter().filter(|c| c.template_chapter.is_some()).count();
    eprint_line(&format!(
        "已导入 {path}（模板 {}）：{} 个章节（{matched} 个对应模板章节），{} 项指标，{} 段未归入要点、已原样保留。",
        template.id,
        report.chapters.len(),
        report.indicators.len(),
        report.free_points
    ));

    let mut draft = result.draft;
    if let Some(year) = base_year {
        if draft.meta.year >= year {
            eprint_line(&format!("提示：--base-of-year {year} 不晚于原文的年度 {}，请确认年度是否写对。", draft.meta.year));
        }
        draft = reuse_as_base(&draft, &template, year);
    }
    draft.updated_at = now_rfc3339();
    let mut json = draft.to_json();
    json.push('\n');
    files::write(args.value("o"), json.as_bytes(), false)?;
    Ok(OK)
}

fn import(bytes: &[u8], path: &str, template: &Template) -> Result<ImportResult, Failure> {
    import_bytes(bytes, path, template).map_err(|e| Failure::usage(format!("{path}：{e}")))
}

/// Imports with the two-part template, or with the summary-only one when the report has no plan.
fn import_with_fitting_template(bytes: &[u8], path: &str) -> Result<(ImportResult, Template), Failure> {
    let missing = || Failure::failed("内置模板缺失，请重新安装本工具。");
    let two_part = builtin("jiedao-annual").ok_or_else(missing)?;
    let result = import(bytes, path, &two_part)?;
    if result.report.has_plan {
        return Ok((result, two_part));
    }
    let summary_only = builtin("jiedao-summary").ok_or_else(missing)?;
    Ok((import(bytes, path, &summary_only)?, summary_only))
}
