//! Hand-written argument parsing: positionals, `--name value`, `--name=value`, `-o value`, flags,
//! and `--` to end options. Errors are Chinese sentences that name the command's help.

use std::collections::BTreeMap;

use super::Failure;

/// What one command accepts.
pub struct Spec {
    /// The command's name, for messages (`new`, `render`, …).
    pub command: &'static str,
    /// Options that take a value, long names without dashes; `o` is also `-o`.
    pub values: &'static [&'static str],
    /// Options without a value (`help` is always accepted, also as `-h`).
    pub flags: &'static [&'static str],
}

#[derive(Debug, Default)]
pub struct Args {
    pub positional: Vec<String>,
    values: BTreeMap<String, String>,
    flags: Vec<String>,
}

impl Args {
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }
    pub fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }

    /// The one file a command works on. `example` shows a full command line for the message when
    /// none is given; `one_at_a_time` says what may be done to only one file (e.g. 校核).
    pub fn single_file(&self, spec: &Spec, example: &str, one_at_a_time: &str) -> Result<&str, Failure> {
        match self.positional.as_slice() {
            [one] => Ok(one.as_str()),
            [] => Err(Failure::usage(format!("{example}{}", see_help(spec)))),
            [_, extra, ..] => Err(Failure::usage(format!("一次只能{one_at_a_time}（多出了“{extra}”）。"))),
        }
    }
}

pub fn parse(raw: &[String], spec: &Spec) -> Result<Args, Failure> {
    let mut args = Args::default();
    let mut rest = raw.iter();
    let mut options_done = false;
    while let Some(arg) = rest.next() {
        if options_done || arg == "-" || !arg.starts_with('-') {
            args.positional.push(arg.clone());
            continue;
        }
        if arg == "--" {
            options_done = true;
            continue;
        }
        let (name, inline) = match arg.strip_prefix("--") {
            Some(long) => match long.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (long.to_string(), None),
            },
            None => match arg.as_str() {
                "-o" => ("o".to_string(), None),
                "-h" => ("help".to_string(), None),
                _ => return Err(unknown(spec, arg)),
            },
        };
        if name == "help" || spec.flags.contains(&name.as_str()) {
            if inline.is_some() {
                return Err(Failure::usage(format!("选项 --{name} 不带取值。{}", see_help(spec))));
            }
            args.flags.push(name);
        } else if spec.values.contains(&name.as_str()) {
            let value = match inline {
                Some(v) => v,
                None => rest
                    .next()
                    .cloned()
                    .ok_or_else(|| Failure::usage(format!("选项 {} 后面缺少取值。{}", shown(&name), see_help(spec))))?,
            };
            if args.values.insert(name.clone(), value).is_some() {
                return Err(Failure::usage(format!("选项 {} 只能给一次。", shown(&name))));
            }
        } else {
            return Err(unknown(spec, arg));
        }
    }
    Ok(args)
}

fn shown(name: &str) -> String {
    if name == "o" {
        "-o".into()
    } else {
        format!("--{name}")
    }
}

fn unknown(spec: &Spec, arg: &str) -> Failure {
    Failure::usage(format!("不认识的选项 {arg}。{}", see_help(spec)))
}

/// Parses a command's arguments; with `--help` prints `help` and gives `None` (the command is done).
pub fn parse_or_help(raw: &[String], spec: &Spec, help: &str) -> Result<Option<Args>, Failure> {
    let args = parse(raw, spec)?;
    if args.flag("help") {
        super::print(help);
        return Ok(None);
    }
    Ok(Some(args))
}

pub fn see_help(spec: &Spec) -> String {
    format!("可运行 zongjie {} --help 查看用法。", spec.command)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: Spec = Spec { command: "render", values: &["format", "o"], flags: &["quiet"] };

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_in_every_spelling() {
        let a = parse(&strings(&["d.json", "--format=docx", "-o", "out.docx", "--quiet", "--", "-x"]), &SPEC).unwrap();
        assert_eq!(a.positional, ["d.json", "-x"]);
        assert_eq!(a.value("format"), Some("docx"));
        assert_eq!(a.value("o"), Some("out.docx"));
        assert!(a.flag("quiet") && !a.flag("help"));
        assert!(parse(&strings(&["-h"]), &SPEC).unwrap().flag("help"));
    }

    #[test]
    fn mistakes_are_named() {
        let e = parse(&strings(&["--bogus"]), &SPEC).unwrap_err();
        assert!(e.message.contains("--bogus") && e.message.contains("zongjie render --help"), "{}", e.message);
        assert!(parse(&strings(&["-o"]), &SPEC).unwrap_err().message.contains("-o 后面缺少取值"));
        assert!(parse(&strings(&["--format", "a", "--format", "b"]), &SPEC).unwrap_err().message.contains("只能给一次"));
        assert!(parse(&strings(&["--quiet=1"]), &SPEC).unwrap_err().message.contains("不带取值"));
    }
}
