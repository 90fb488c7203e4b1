//! `zongjie templates`: the built-in templates, one a line: id, name, kind (tab-separated).

use zongjie::core::template::{builtin_templates, ReportKind};

use super::args::{parse_or_help, Spec};
use super::{print, Failure, OK};

pub const HELP: &str = "用法：zongjie templates

列出内置模板，每行一个：编号、名称、类型（以制表符分隔）。
类型 summary-and-plan 为“工作总结和下年工作安排”，summary 为仅有工作总结。
编号用于 zongjie new --template 编号。
";

const SPEC: Spec = Spec { command: "templates", values: &[], flags: &[] };

pub fn run(raw: &[String]) -> Result<i32, Failure> {
    let Some(args) = parse_or_help(raw, &SPEC, HELP)? else { return Ok(OK) };
    if let Some(extra) = args.positional.first() {
        return Err(Failure::usage(format!("templates 命令不需要参数（多出了“{extra}”）。")));
    }
    let mut out = String::new();
    for t in builtin_templates() {
        let kind = match t.kind {
            ReportKind::Summary => "summary",
            ReportKind::SummaryAndPlan => "summary-and-plan",
        };
        out.push_str(&format!("{}\t{}\t{kind}\n", t.id, t.name));
    }
    print(&out);
    Ok(OK)
}
