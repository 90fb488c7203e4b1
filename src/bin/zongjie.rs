//! The `zongjie` command line: templates, new, render, check, import — over the same core as the
//! app. The commands live in `src/cli/` (native only: the wasm app never compiles them).

#[path = "../cli/mod.rs"]
mod cli;

fn main() {
    let mut args = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(a) => args.push(a),
            Err(raw) => {
                eprintln!("错误：参数 {} 含有无法识别的字符，请检查文件名或改用 UTF-8 编码的路径。", raw.to_string_lossy());
                std::process::exit(cli::USAGE);
            }
        }
    }
    std::process::exit(cli::run(&args));
}
