//! The `zongjie` command line over the core: list templates, start a draft, render it (text,
//! HTML page, .docx, JSON), check a draft or a text report, import a report into a draft.
//!
//! Native only (compiled into the binary, never into the wasm app). Each command is one module
//! with its own help text; `files` reads inputs and writes outputs with Chinese error messages.
//! Exit codes: 0 done, 1 the check found errors or an output could not be written, 2 a usage
//! mistake or an input that cannot be read. Nothing here panics on input.

mod args;
mod check;
mod files;
mod import;
mod new;
mod render;
mod templates;

use std::io::Write;

pub const OK: i32 = 0;
pub const FAILED: i32 = 1;
pub const USAGE: i32 = 2;

/// Why a command stopped: the exit code and a sentence for the person at the terminal.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    /// A usage mistake or an unreadable input (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure { code: USAGE, message: message.into() }
    }
    /// The work could not be finished (exit 1).
    pub fn failed(message: impl Into<String>) -> Self {
        Failure { code: FAILED, message: message.into() }
    }
}

const HELP: &str = "zongjie —— 街道年度工作总结撰写助手（命令行）

用法：
  zongjie templates                         列出内置模板
  zongjie new --template ID|模板.json --unit 单位名称 --year 年度 -o 草稿.json
                                            按模板生成空白草稿
  zongjie render 草稿.json --format txt|html|docx|json -o 输出文件
                                            排版输出（docx 为公文格式）
  zongjie check 文件 [--format human|json]   校核草稿（.json）或文字稿（.txt/.docx）
  zongjie import 文件 -o 草稿.json [--base-of-year 年度]
                                            把已有总结（.txt/.docx）导入为草稿

每个命令都可加 --help 查看详细说明，例如 zongjie render --help。
退出码：0 完成；1 校核发现错误或无法写出文件；2 用法有误或无法读取输入。
";

/// Runs the command line and returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let Some((command, rest)) = args.split_first() else {
        print(HELP);
        return OK;
    };
    let result = match command.as_str() {
        "templates" => templates::run(rest),
        "new" => new::run(rest),
        "render" => render::run(rest),
        "check" => check::run(rest),
        "import" => import::run(rest),
        "help" | "--help" | "-h" => help(rest),
        "--version" | "-V" => {
            print(&format!("zongjie {}\n", env!("CARGO_PKG_VERSION")));
            Ok(OK)
        }
        other => Err(Failure::usage(format!("没有名为“{other}”的命令。可运行 zongjie --help 查看全部命令。"))),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            eprint_line(&format!("错误：{}", failure.message));
            failure.code
        }
    }
}

fn help(rest: &[String]) -> Result<i32, Failure> {
    let text = match rest.first().map(String::as_str) {
        None => HELP,
        Some("templates") => templates::HELP,
        Some("new") => new::HELP,
        Some("render") => render::HELP,
        Some("check") => check::HELP,
        Some("import") => import::HELP,
        Some(other) => return Err(Failure::usage(format!("没有名为“{other}”的命令。可运行 zongjie --help 查看全部命令。"))),
    };
    print(text);
    Ok(OK)
}

/// Writes to stdout; a closed pipe (`zongjie … | head`) is not an error worth a panic.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// One line to stderr.
pub fn eprint_line(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}
