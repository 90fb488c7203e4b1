//! The `zongjie` binary end to end: every subcommand with good and bad input, exit codes
//! (0 done, 1 errors found / output not written, 2 usage or unreadable input), Chinese messages
//! on stderr, and `new` + `render` for every built-in template giving a correct two-part or
//! summary-only report in each format.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use zongjie::core::check::Finding;
use zongjie::core::model::{Draft, Point};
use zongjie::core::template::{builtin_json, builtin_templates, ReportKind};

const BIN: &str = env!("CARGO_BIN_EXE_zongjie");

/// A fresh directory for one test.
fn workdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn zongjie(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN).current_dir(dir).args(args).stdin(Stdio::null()).output().expect("the binary runs")
}

fn zongjie_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit code, and that a failure says why in Chinese without a panic.
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(o.status.code(), Some(code), "stdout: {}\nstderr: {}", stdout(o), stderr(o));
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
    if code != 0 {
        assert!(stderr(o).starts_with("错误："), "{}", stderr(o));
    }
}

fn read_draft(path: &Path) -> Draft {
    Draft::from_json(&std::fs::read_to_string(path).unwrap()).expect("a draft the app can open")
}

/// Fills a skeleton draft with our own text so every part renders.
fn fill(draft: &mut Draft) {
    draft.opening = "一年来，街道在区委、区政府的坚强领导下，扎实推进各项工作。现将有关情况报告如下。".into();
    for chapter in draft.chapters.iter_mut().take(2) {
        chapter.points = vec![Point::new("夯实基层组织", "新建党支部3个，开展培训12场次。"), Point::new("", "走访辖区企业86家次。")];
    }
    draft.problems = vec![Point::new("", "部分工作推进还不够平衡。")];
    draft.plan_intro = "2026年，街道将紧扣发展目标，重点抓好以下工作。".into();
    draft.plan = vec![Point::new("抓党建，强基础", "持续加强基层组织建设。")];
    draft.closing = "新的一年，街道将再接再厉，奋力开创工作新局面。".into();
    draft.meta.date = "2025年12月20日".into();
}

#[test]
fn help_is_printed_for_the_tool_and_each_command() {
    let dir = workdir("help");
    for args in [&[][..], &["--help"], &["help"]] {
        let o = zongjie(&dir, args);
        assert_exit(&o, 0);
        for command in ["templates", "new", "render", "check", "import"] {
            assert!(stdout(&o).contains(&format!("zongjie {command}")), "{}", stdout(&o));
        }
    }
    for command in ["templates", "new", "render", "check", "import"] {
        for args in [vec![command, "--help"], vec![command, "-h"], vec!["help", command]] {
            let o = zongjie(&dir, &args);
            assert_exit(&o, 0);
            assert!(stdout(&o).starts_with(&format!("用法：zongjie {command}")), "{args:?}: {}", stdout(&o));
        }
    }
    let o = zongjie(&dir, &["publish"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("没有名为“publish”的命令"), "{}", stderr(&o));
    let o = zongjie(&dir, &["render", "--colour"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("不认识的选项 --colour") && stderr(&o).contains("zongjie render --help"));
}

#[test]
fn templates_lists_every_built_in_with_id_name_and_kind() {
    let o = zongjie(&workdir("templates"), &["templates"]);
    assert_exit(&o, 0);
    let rows: Vec<Vec<String>> = stdout(&o).lines().map(|l| l.split('\t').map(str::to_string).collect()).collect();
    let builtins = builtin_templates();
    assert_eq!(rows.len(), builtins.len());
    for (row, t) in rows.iter().zip(&builtins) {
        let kind = match t.kind {
            ReportKind::Summary => "summary",
            ReportKind::SummaryAndPlan => "summary-and-plan",
        };
        assert_eq!(row, &[t.id.clone(), t.name.clone(), kind.to_string()]);
    }
    assert_exit(&zongjie(&workdir("templates-extra"), &["templates", "extra"]), 2);
}

#[test]
fn new_writes_a_skeleton_draft_from_a_built_in_or_a_template_file() {
    let dir = workdir("new");
    let o = zongjie(&dir, &["new", "--template", "jiedao-annual", "--unit", "新华街道办事处", "--year", "２０２５", "-o", "d.json"]);
    assert_exit(&o, 0);
    let draft = read_draft(&dir.join("d.json"));
    assert_eq!((draft.template_id.as_str(), draft.meta.unit.as_str(), draft.meta.year), ("jiedao-annual", "新华街道办事处", 2025));
    let template = zongjie::core::template::builtin("jiedao-annual").unwrap();
    assert_eq!(draft.chapters.len(), template.default_chapters().count());
    assert!(draft.chapters.iter().all(|c| c.points.is_empty() && !c.heading.is_empty()));
    assert!(draft.updated_at.ends_with('Z'), "{}", draft.updated_at);

    // A custom template file, and the draft to stdout.
    let custom = builtin_json("jiedao-summary").unwrap().replacen("\"jiedao-summary\"", "\"my-office\"", 1);
    std::fs::write(dir.join("mine.json"), custom).unwrap();
    let o = zongjie(&dir, &["new", "--template", "mine.json", "--unit", "甲街道", "--year=2024"]);
    assert_exit(&o, 0);
    let draft = Draft::from_json(&stdout(&o)).unwrap();
    assert_eq!((draft.template_id.as_str(), draft.meta.year), ("my-office", 2024));
}

#[test]
fn new_explains_what_is_missing_or_wrong() {
    let dir = workdir("new-bad");
    let cases: [(&[&str], &str); 6] = [
        (&["new", "--template", "jiedao-annual", "--year", "2025"], "缺少 --unit"),
        (&["new", "--template", "jiedao-annual", "--unit", "甲", "--year", "25"], "四位年份"),
        (&["new", "--template", "no-such", "--unit", "甲", "--year", "2025"], "jiedao-annual"),
        (&["new", "--template", "missing.json", "--unit", "甲", "--year", "2025"], "无法读取文件 missing.json"),
        (&["new", "--template", "broken.json", "--unit", "甲", "--year", "2025"], "模板文件 broken.json 不能使用"),
        (&["new", "--unit"], "--unit 后面缺少取值"),
    ];
    std::fs::write(dir.join("broken.json"), "{\"format_version\": 1, \"id\": 3}").unwrap();
    for (args, says) in cases {
        let o = zongjie(&dir, args);
        assert_exit(&o, 2);
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    // An output that cannot be written is a failure of the job (1), not of the input.
    let o = zongjie(&dir, &["new", "--template", "jiedao-annual", "--unit", "甲", "--year", "2025", "-o", "no/such/dir/d.json"]);
    assert_exit(&o, 1);
    assert!(stderr(&o).contains("无法写入文件"), "{}", stderr(&o));
}

fn docx_document_xml(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut part = archive.by_name("word/document.xml").expect("word/document.xml");
    let mut xml = String::new();
    part.read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn new_then_render_gives_the_right_report_for_every_built_in_template() {
    let dir = workdir("render");
    for template in builtin_templates() {
        let id = template.id.as_str();
        let draft_path = format!("{id}.json");
        assert_exit(&zongjie(&dir, &["new", "--template", id, "--unit", "新华街道办事处", "--year", "2025", "-o", &draft_path]), 0);
        let mut draft = read_draft(&dir.join(&draft_path));
        fill(&mut draft);
        std::fs::write(dir.join(&draft_path), draft.to_json()).unwrap();
        let first = &draft.chapters[0].heading;

        // Text: the layout of the report kind.
        let o = zongjie(&dir, &["render", &draft_path, "--format", "txt"]);
        assert_exit(&o, 0);
        let text = stdout(&o);
        let lines: Vec<&str> = text.lines().collect();
        match template.kind {
            ReportKind::SummaryAndPlan => {
                assert_eq!(lines[0], "新华街道办事处2025年工作总结和2026年工作安排", "{id}");
                assert!(lines.contains(&"一、2025年工作总结"), "{id}: {text}");
                assert!(lines.contains(&format!("（一）{first}").as_str()), "{id}: {text}");
                assert!(lines.iter().any(|l| l.starts_with("三、") && l.contains("2026年")), "{id}: {text}");
            }
            ReportKind::Summary => {
                assert_eq!(lines[0], "新华街道办事处2025年工作总结", "{id}");
                assert!(lines.contains(&format!("一、{first}").as_str()), "{id}: {text}");
                assert!(!text.contains("2026年工作"), "{id}: {text}");
            }
        }
        assert!(text.contains("新建党支部3个，开展培训12场次。"), "{id}");
        assert!(text.ends_with("新华街道办事处\n2025年12月20日\n"), "{id}: {text}");

        // .docx (format from the file name): the same title and text in the package.
        let out = format!("{id}.docx");
        assert_exit(&zongjie(&dir, &["render", &draft_path, "-o", &out]), 0);
        let xml = docx_document_xml(&std::fs::read(dir.join(&out)).unwrap());
        // A long title is printed on two lines (a `w:br` between two pieces of text).
        let xml = xml.replace(r#"</w:t><w:br/><w:t xml:space="preserve">"#, "");
        assert!(xml.contains(lines[0]) && xml.contains("新建党支部3个"), "{id}");

        // HTML: a whole page with the print CSS inside.
        let out = format!("{id}.html");
        assert_exit(&zongjie(&dir, &["render", &draft_path, "--format", "html", "-o", &out]), 0);
        let page = std::fs::read_to_string(dir.join(&out)).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"), "{id}");
        assert!(page.contains(&format!("<title>{}</title>", lines[0])), "{id}");
        assert!(page.contains("<style>") && page.contains("@page") && page.contains(".zj-title"), "{id}");
        assert!(page.contains("class=\"zj-doc\""), "{id}");

        // JSON: the draft itself, readable again.
        let o = zongjie(&dir, &["render", &draft_path, "--format", "json"]);
        assert_exit(&o, 0);
        assert_eq!(Draft::from_json(&stdout(&o)).unwrap(), draft, "{id}");
    }
}

#[test]
fn render_escapes_user_text_in_the_html_page_and_warns_about_errors() {
    let dir = workdir("render-escape");
    assert_exit(&zongjie(&dir, &["new", "--template", "jiedao-summary", "--unit", "甲<b>&街道", "--year", "2025", "-o", "d.json"]), 0);
    let mut draft = read_draft(&dir.join("d.json"));
    fill(&mut draft);
    draft.chapters[0].points.push(Point::new("", "新建党支部XX个。<script>alert(1)</script>"));
    std::fs::write(dir.join("d.json"), draft.to_json()).unwrap();
    let o = zongjie(&dir, &["render", "d.json", "--format", "html"]);
    assert_exit(&o, 0);
    let page = stdout(&o);
    assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"), "{page}");
    assert!(page.contains("<title>甲&lt;b&gt;&amp;街道2025年工作总结</title>"), "{page}");
    assert!(stderr(&o).contains("草稿还有") && stderr(&o).contains("zongjie check d.json"), "{}", stderr(&o));
}

#[test]
fn render_refuses_bad_input_with_reasons() {
    let dir = workdir("render-bad");
    std::fs::write(dir.join("notes.json"), "这不是 JSON").unwrap();
    std::fs::write(dir.join("other.json"), "{\"meta\":{},\"template_id\":\"someone-elses\"}").unwrap();
    assert_exit(&zongjie(&dir, &["new", "--template", "jiedao-annual", "--unit", "甲", "--year", "2025", "-o", "d.json"]), 0);
    let cases: [(&[&str], &str); 5] = [
        (&["render"], "请给出草稿文件"),
        (&["render", "missing.json"], "无法读取文件 missing.json"),
        (&["render", "notes.json"], "不是有效的草稿"),
        (&["render", "other.json"], "--template"),
        (&["render", "d.json", "--format", "pdf"], "不支持的格式“pdf”"),
    ];
    for (args, says) in cases {
        let o = zongjie(&dir, args);
        assert_exit(&o, 2);
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    // Into a pipe (not a terminal) a .docx may go to stdout.
    let o = zongjie(&dir, &["render", "d.json", "--format", "docx"]);
    assert_exit(&o, 0);
    assert!(o.stdout.starts_with(b"PK"), "zip bytes on stdout");
}

const REPORT_WITH_ERRORS: &str = "新华街道2025年工作总结

2025年，街道在区委、区政府的坚强领导下，扎实推进各项工作，现将主要工作汇报如下。
一、强化党建引领
全年调解矛盾纠纷25起，调解成功率98%。新建党支部XX个。
二、保障改善民生
截止12月底，发放救助资金128.6万元，惠及群众1200人。
新的一年，我们将继续努力，推动各项工作再上新台阶。
";

const CLEAN_REPORT: &str = "新华街道2025年工作总结

2025年，街道在区委、区政府的坚强领导下，扎实推进各项工作，现将主要工作汇报如下。
一、强化党建引领
全年调解矛盾纠纷25起，成功调解24起，调解成功率96%。新建党支部3个。
二、保障改善民生
截至12月底，发放救助资金128.6万元，惠及群众1200人。
新的一年，我们将继续努力，推动各项工作再上新台阶。
";

#[test]
fn check_reports_findings_for_people_and_as_json_with_exit_codes() {
    let dir = workdir("check");
    std::fs::write(dir.join("bad.txt"), REPORT_WITH_ERRORS).unwrap();
    std::fs::write(dir.join("clean.txt"), CLEAN_REPORT).unwrap();

    let o = zongjie(&dir, &["check", "bad.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.lines().any(|l| l.starts_with("bad.txt:5:") && l.contains(" error rate-unreachable ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("bad.txt:5:") && l.contains(" error placeholder ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("bad.txt:7:1 warning confusable-word ")), "{out}");
    for line in out.lines() {
        let (place, rest) = line.split_once(' ').unwrap();
        let pieces: Vec<&str> = place.split(':').collect();
        assert_eq!(pieces.len(), 3, "file:line:col in {line}");
        assert!(pieces[1].parse::<usize>().is_ok() && pieces[2].parse::<usize>().is_ok(), "{line}");
        assert!(["error ", "warning ", "hint "].iter().any(|s| rest.starts_with(s)), "{line}");
    }
    assert!(stderr(&o).contains("错误 2 处"), "{}", stderr(&o));

    let o = zongjie(&dir, &["check", "bad.txt", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let findings: Vec<Finding> = serde_json::from_str(&stdout(&o)).expect("one JSON array of findings");
    assert!(findings.iter().any(|f| f.rule == "rate-unreachable" && f.location.line == Some(5)));
    let raw: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(raw.is_array());

    let o = zongjie(&dir, &["check", "clean.txt"]);
    assert_exit(&o, 0);
    assert!(!stdout(&o).contains(" error "), "{}", stdout(&o));

    // GB18030 text and stdin are read too.
    std::fs::write(dir.join("gbk.txt"), gbk(REPORT_WITH_ERRORS)).unwrap();
    assert_eq!(zongjie(&dir, &["check", "gbk.txt"]).status.code(), Some(1));
    let o = zongjie_stdin(&dir, &["check", "-"], REPORT_WITH_ERRORS.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).lines().all(|l| l.starts_with("-:")), "{}", stdout(&o));
}

/// GBK bytes of a text, as an office PC would save it.
fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn check_a_draft_and_a_rendered_docx() {
    let dir = workdir("check-draft");
    assert_exit(&zongjie(&dir, &["new", "--template", "jiedao-annual", "--unit", "新华街道办事处", "--year", "2025", "-o", "d.json"]), 0);
    // An empty skeleton has warnings (parts to fill) but no error.
    let o = zongjie(&dir, &["check", "d.json"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).lines().any(|l| l.starts_with("d.json:opening warning missing-part ")), "{}", stdout(&o));

    let mut draft = read_draft(&dir.join("d.json"));
    fill(&mut draft);
    draft.chapters[0].points.push(Point::new("", "新建党支部XX个。"));
    std::fs::write(dir.join("d.json"), draft.to_json()).unwrap();
    let o = zongjie(&dir, &["check", "d.json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let chapter = &draft.chapters[0].id;
    let line = stdout(&o).lines().find(|l| l.contains(" placeholder ")).map(str::to_string).unwrap_or_default();
    assert!(line.starts_with(&format!("d.json:summary/{chapter}/3/body:")), "{}", stdout(&o));

    // The .docx we render checks like its text; places name Word paragraphs.
    assert_exit(&zongjie(&dir, &["render", "d.json", "-o", "d.docx"]), 0);
    let o = zongjie(&dir, &["check", "d.docx", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let findings: Vec<Finding> = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(findings.iter().any(|f| f.rule == "placeholder"), "{findings:?}");
}

#[test]
fn check_says_when_a_file_cannot_be_read() {
    let dir = workdir("check-bad");
    std::fs::write(dir.join("broken.docx"), b"PK\x03\x04 not really a zip").unwrap();
    std::fs::write(dir.join("broken.json"), "{\"meta\": ").unwrap();
    let cases: [(&[&str], &str); 5] = [
        (&["check", "missing.txt"], "无法读取文件 missing.txt"),
        (&["check", "broken.docx"], "Word"),
        (&["check", "broken.json"], "不是有效的草稿"),
        (&["check"], "请给出要校核的文件"),
        (&["check", "x.txt", "--format", "xml"], "不支持的输出格式“xml”"),
    ];
    for (args, says) in cases {
        let o = zongjie(&dir, args);
        assert_exit(&o, 2);
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn import_turns_a_report_into_a_draft_and_a_base_for_next_year() {
    let dir = workdir("import");
    std::fs::write(dir.join("clean.txt"), CLEAN_REPORT).unwrap();
    let o = zongjie(&dir, &["import", "clean.txt", "-o", "d.json"]);
    assert_exit(&o, 0);
    assert!(stderr(&o).contains("已导入 clean.txt（模板 jiedao-summary）"), "{}", stderr(&o));
    let draft = read_draft(&dir.join("d.json"));
    assert_eq!(draft.meta.year, 2025);
    assert_eq!(draft.chapters.len(), 2);
    assert!(draft.to_json().contains("成功调解24起"), "every sentence is kept");

    let o = zongjie(&dir, &["import", "clean.txt", "--base-of-year", "2026"]);
    assert_exit(&o, 0);
    let base = Draft::from_json(&stdout(&o)).unwrap();
    assert_eq!(base.meta.year, 2026);
    assert_eq!(base.chapters.len(), 2);
    assert!(base.chapters.iter().all(|c| c.points.is_empty() && !c.reference.is_empty()), "last year's text as reference");

    // A two-part .docx made by render comes back with the two-part template.
    assert_exit(&zongjie(&dir, &["new", "--template", "jiedao-annual", "--unit", "新华街道办事处", "--year", "2025", "-o", "full.json"]), 0);
    let mut full = read_draft(&dir.join("full.json"));
    fill(&mut full);
    std::fs::write(dir.join("full.json"), full.to_json()).unwrap();
    assert_exit(&zongjie(&dir, &["render", "full.json", "-o", "full.docx"]), 0);
    let o = zongjie(&dir, &["import", "full.docx", "-o", "back.json"]);
    assert_exit(&o, 0);
    let back = read_draft(&dir.join("back.json"));
    assert_eq!(back.template_id, "jiedao-annual");
    assert_eq!(back.chapters[0].heading, full.chapters[0].heading);
}

#[test]
fn import_says_what_it_cannot_read() {
    let dir = workdir("import-bad");
    std::fs::write(dir.join("old.doc"), b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 legacy").unwrap();
    std::fs::write(dir.join("blank.txt"), "  \n\n ").unwrap();
    std::fs::write(dir.join("clean.txt"), CLEAN_REPORT).unwrap();
    let cases: [(&[&str], &str); 5] = [
        (&["import", "missing.txt"], "无法读取文件 missing.txt"),
        (&["import", "old.doc"], "旧版"),
        (&["import", "blank.txt"], "没有可导入的文字"),
        (&["import", "clean.txt", "--base-of-year", "明年"], "四位年份"),
        (&["import"], "请给出要导入的文件"),
    ];
    for (args, says) in cases {
        let o = zongjie(&dir, args);
        assert_exit(&o, 2);
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
}
