//! `zongjie new`: a skeleton draft from a template (its default chapters and empty indicator
//! rows), for a unit and year, saved as draft JSON.

use zongjie::core::model::Draft;

use super::args::{parse_or_help, see_help, Spec};
use super::files::{self, now_rfc3339};
use super::{Failure, OK};

pub const HELP: &str = "用法：zongjie new --template 编号|模板.json --unit 单位名称 --year 年度 [-o 草稿.json]

按模板生成一份空白草稿（含模板默认章节和指标栏目），保存为草稿文件。
  --template  内置模板编号（见 zongjie templates）或自定义模板文件
  --unit      单位名称，例如 新华街道办事处
  --year      总结的年度，例如 2025
  -o          保存草稿的文件；省略时输出到屏幕
草稿可在网页版中打开继续填写，也可以用 zongjie render 排版输出。
";

const SPEC: Spec = Spec { command: "new", values: &["template", "unit", "year", "o"], flags: &[] };

pub fn run(raw: &[String]) -> Result<i32, Failure> {
    let Some(args) = parse_or_help(raw, &SPEC, HELP)? else { return Ok(OK) };
    if let Some(extra) = args.positional.first() {
        return Err(Failure::usage(format!("new 命令不接受“{extra}”，各项请用选项给出。{}", see_help(&SPEC))));
    }
    let required = |name: &str, example: &str| {
        args.value(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| Failure::usage(format!("缺少 --{name}，例如 --{name} {example}。{}", see_help(&SPEC))))
    };
    let template = files::template(required("template", "jiedao-annual")?)?;
    let unit = required("unit", "新华街道办事处")?;
    let year = files::year(required("year", "2025")?, "--year")?;
    let mut draft: Draft = template.new_draft(&draft_id(unit, year), unit, year);
    draft.updated_at = now_rfc3339();
    let mut json = draft.to_json();
    json.push('\n');
    files::write(args.value("o"), json.as_bytes(), false)?;
    Ok(OK)
}

/// A stable id from unit and year (FNV-1a of the unit), so two units' drafts never share a
/// storage key in the app.
fn draft_id(unit: &str, year: i32) -> String {
    let hash = unit.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{year}-{hash:08x}")
}
