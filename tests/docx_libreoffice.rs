//! The .docx as a word processor lays it out: LibreOffice converts generated files to PDF, and
//! poppler's tools measure the result — A4 pages, the 28 mm left and 37 mm top margins, 22 lines
//! to a full page at a 28.95 pt pitch, 28 characters to a full line, justified lines ending at
//! the 26 mm right margin, and the `— N —` page number 7 mm below the text block, one character
//! in from its right edge on odd pages and from its left edge on even ones. Page images go to
//! `target/docx-pages/` for a look by eye.
//!
//! The same measures for the HTML page printed by headless Chromium (`styles/print.css`): the
//! preview's "打印 / 存为 PDF" and the saved page must print like the .docx.
//!
//! Needs `libreoffice`, `chromium` and poppler-utils on PATH (`make test` installs them). Without
//! them a test says so and passes, except under `CI=true`, where it fails.

mod docx_fixture;

use std::path::{Path, PathBuf};
use std::process::Command;

use zongjie::core::export::docx::to_docx;

const MM: f64 = 72.0 / 25.4;
const PAGE_W: f64 = 595.3;
const PAGE_H: f64 = 841.9;
const LEFT: f64 = 28.0 * MM;
const RIGHT: f64 = PAGE_W - 26.0 * MM;
const TOP: f64 = 37.0 * MM;
const BOTTOM: f64 = PAGE_H - 35.0 * MM;
const PITCH: f64 = 28.95;

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
        .unwrap_or(false)
}

/// False (after saying why) when a tool is missing outside CI; panics when it is missing in CI.
fn tools_present() -> bool {
    let mut missing: Vec<&str> = ["pdfinfo", "pdftotext", "pdftoppm"].into_iter().filter(|t| !on_path(t)).collect();
    if office().is_none() {
        missing.insert(0, "libreoffice");
    }
    if !on_path("chromium") {
        missing.push("chromium");
    }
    if missing.is_empty() {
        return true;
    }
    let message = format!("docx_libreoffice: {} not on PATH; install libreoffice and poppler-utils (make test does)", missing.join(", "));
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{message}");
    }
    eprintln!("SKIPPED {message}");
    false
}

/// The LibreOffice launcher: `libreoffice`, or `soffice` where only that is installed.
fn office() -> Option<&'static str> {
    ["libreoffice", "soffice"].into_iter().find(|t| on_path(t))
}

fn run(command: &mut Command) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(out.status.success(), "{command:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Writes the documents as .docx into a fresh directory and converts them to PDF in one call.
fn convert(docs: &[(&str, zongjie::core::document::Document)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("docx-libreoffice");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (name, doc) in docs {
        let path = dir.join(format!("{name}.docx"));
        std::fs::write(&path, to_docx(doc).unwrap()).unwrap();
        files.push(path);
    }
    // A private profile, so a LibreOffice already running elsewhere does not swallow the job.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    run(Command::new(office().expect("checked by tools_present"))
        .arg(profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .args(&files));
    dir
}

/// A text line as pdftotext's `-bbox-layout` reports it.
#[derive(Debug, Clone)]
struct Line {
    x_min: f64,
    y_min: f64,
    x_max: f64,
    y_max: f64,
    text: String,
}

fn attr(tag: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let start = tag.find(&key).map(|i| i + key.len()).unwrap_or_else(|| panic!("no {name} in {tag}"));
    let end = tag[start..].find('"').unwrap() + start;
    tag[start..end].parse().unwrap()
}

/// The lines of one page, top to bottom.
fn lines(pdf: &Path, page: u32) -> Vec<Line> {
    let html = run(Command::new("pdftotext")
        .args(["-bbox-layout", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg("-"));
    let mut out = Vec::new();
    for chunk in html.split("<line ").skip(1) {
        let tag = &chunk[..chunk.find('>').unwrap()];
        let body = &chunk[..chunk.find("</line>").unwrap_or(chunk.len())];
        let text: String = body
            .split("<word ")
            .skip(1)
            .filter_map(|w| w.split_once('>').map(|(_, rest)| rest.split("</word>").next().unwrap_or("").to_string()))
            .collect();
        out.push(Line { x_min: attr(tag, "xMin"), y_min: attr(tag, "yMin"), x_max: attr(tag, "xMax"), y_max: attr(tag, "yMax"), text });
    }
    out.sort_by(|a, b| a.y_min.total_cmp(&b.y_min));
    out
}

fn page_count(pdf: &Path) -> u32 {
    let info = run(Command::new("pdfinfo").arg(pdf));
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap()))
        .expect("pdfinfo gives the page count")
}

fn assert_near(what: &str, got: f64, want: f64, tolerance: f64) {
    assert!((got - want).abs() <= tolerance, "{what}: {got:.1} pt, expected {want:.1} ± {tolerance} pt");
}

#[test]
fn libreoffice_lays_the_docx_out_in_the_official_format() {
    if !tools_present() {
        return;
    }
    let dir = convert(&[("report", docx_fixture::report(24)), ("body", docx_fixture::body_pages(3))]);
    let report = dir.join("report.pdf");
    let body = dir.join("body.pdf");

    // Every page is A4.
    let pages = page_count(&report);
    assert!(pages >= 3, "the fixture report spans several pages, got {pages}");
    let sizes = run(Command::new("pdfinfo").args(["-f", "1", "-l", &pages.to_string()]).arg(&report));
    let mut seen = 0;
    for line in sizes.lines().filter(|l| l.starts_with("Page") && l.contains(" size: ")) {
        let dims: Vec<f64> = line.split_whitespace().filter_map(|t| t.parse().ok()).collect();
        let (w, h) = (dims[dims.len() - 2], dims[dims.len() - 1]);
        assert!((w - 595.0).abs() <= 1.0 && (h - 842.0).abs() <= 1.0, "{line}");
        seen += 1;
    }
    assert_eq!(seen, pages);

    // A full page of body text (page 2 of the body-only file): 22 lines at a 28.95 pt pitch.
    let page = lines(&body, 2);
    let (text, below): (Vec<Line>, Vec<Line>) = page.into_iter().partition(|l| l.y_max <= BOTTOM + 2.0);
    assert_eq!(text.len(), 22, "a full page holds 22 lines: {:#?}", text.iter().map(|l| &l.text).collect::<Vec<_>>());
    for pair in text.windows(2) {
        assert_near("line pitch", pair[1].y_min - pair[0].y_min, PITCH, 0.6);
    }
    // Left margin 28 mm: unindented lines start there; indented ones two characters further.
    let x_min = text.iter().map(|l| l.x_min).fold(f64::MAX, f64::min);
    assert_near("left edge of the text", x_min, LEFT, 1.5);
    // Right margin 26 mm: justified lines end there (a line ending in punctuation may hang).
    let mut ends: Vec<f64> = text.iter().map(|l| l.x_max).collect();
    ends.sort_by(f64::total_cmp);
    assert_near("right edge of most lines", ends[ends.len() / 2], RIGHT, 2.0);
    // 28 characters to a line: count them on full lines of Chinese text only (digits are narrower).
    let full_chinese: Vec<&Line> = text
        .iter()
        .filter(|l| (l.x_min - LEFT).abs() < 1.5 && (l.x_max - RIGHT).abs() < 2.0 && !l.text.chars().any(|c| c.is_ascii()))
        .collect();
    assert!(!full_chinese.is_empty(), "the fixture has full lines without digits");
    for l in full_chinese {
        assert_eq!(l.text.chars().count(), 28, "{}", l.text);
    }
    // Top margin 37 mm: the first line's glyphs sit inside the first 28.95 pt line slot.
    let first = &text[0];
    assert!(
        first.y_min >= TOP + 2.0 && first.y_min <= TOP + 11.0 && first.y_max <= TOP + PITCH + 1.0,
        "first line {:.1}–{:.1} pt, text block starts at {TOP:.1} pt",
        first.y_min,
        first.y_max
    );
    // The page number of an even page: `— 2 —` at the left, one 14 pt character in, about 7 mm
    // below the text block.
    let footer = below.iter().find(|l| l.text.contains('—')).expect("a page number line");
    assert_eq!(footer.text.replace(' ', ""), "—2—");
    assert_near("even page number's left end", footer.x_min, LEFT + 14.0, 2.0);
    assert_near("page number below the block", (footer.y_min + footer.y_max) / 2.0, BOTTOM + 7.0 * MM, 4.0);
    // … and of an odd page at the right.
    let odd = lines(&body, 3).into_iter().find(|l| l.y_min > BOTTOM && l.text.contains('—')).expect("page 3 number");
    assert_eq!(odd.text.replace(' ', ""), "—3—");
    assert_near("odd page number's right end", odd.x_max, RIGHT - 14.0, 2.0);

    // The report's first page: the long title on two centred lines, broken after the unit.
    let first_page = lines(&report, 1);
    assert_eq!(first_page[0].text, "新华街道办事处");
    assert_eq!(first_page[1].text, "2025年工作总结和2026年工作安排");
    for title_line in &first_page[..2] {
        assert_near("title centre", (title_line.x_min + title_line.x_max) / 2.0, (LEFT + RIGHT) / 2.0, 3.0);
    }
    assert_near("title line pitch", first_page[1].y_min - first_page[0].y_min, PITCH, 0.6);
    let plain = run(Command::new("pdftotext").args(["-layout", "-f", "1", "-l", "1"]).arg(&report).arg("-"));
    assert!(plain.replace([' ', '\n'], "").contains(&docx_fixture::TITLE.replace(' ', "")), "{plain}");
    assert!(plain.replace(' ', "").contains("—1—"), "page 1 is numbered: {plain}");

    // The signature one blank line below the text; the date (as long as the 7-character unit)
    // 右空二字, the unit starting two characters left of it: 右空四字 (15.75 pt characters).
    let last = lines(&report, pages);
    let unit = last.iter().position(|l| l.text == "新华街道办事处").expect("the unit on the last page");
    assert_near("blank line above the unit", last[unit].y_min - last[unit - 1].y_min, 2.0 * PITCH, 0.6);
    assert_near("unit's right end", last[unit].x_max, RIGHT - 4.0 * 15.75, 3.0);
    let date = &last[unit + 1];
    assert_eq!(date.text, "2025年12月20日");
    assert_near("date below the unit", date.y_min - last[unit].y_min, PITCH, 0.6);
    assert_near("date's right end", date.x_max, RIGHT - 2.0 * 15.75, 3.0);

    // Page images for review.
    let images = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("docx-pages");
    let _ = std::fs::remove_dir_all(&images);
    std::fs::create_dir_all(&images).unwrap();
    run(Command::new("pdftoppm").args(["-png", "-r", "60", "-f", "1", "-l", "3"]).arg(&report).arg(images.join("report")));
    run(Command::new("pdftoppm").args(["-png", "-r", "60", "-f", "2", "-l", "2"]).arg(&body).arg(images.join("body")));
    assert!(images.join("report-01.png").is_file() || images.join("report-1.png").is_file());
}

#[test]
fn chromium_prints_the_html_page_in_the_official_format() {
    if !tools_present() {
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-print");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("report.html");
    std::fs::write(&page, zongjie::core::export::html::to_html_page(&docx_fixture::report(24))).unwrap();
    let pdf = dir.join("report.pdf");
    run(Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(["--no-pdf-header-footer", "--lang=zh-CN"])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display())));
    let pages = page_count(&pdf);
    assert!(pages >= 3, "the fixture report spans several pages, got {pages}");
    let info = run(Command::new("pdfinfo").arg(&pdf));
    assert!(info.contains("(A4)"), "{info}");

    // Page 2: lines on the 28.95 pt pitch between the 28 mm and 26 mm margins, 28 characters to
    // a full line of Chinese text, the page number `— 2 —` at the left 7 mm below the block.
    let lines2 = lines(&pdf, 2);
    let (text, below): (Vec<Line>, Vec<Line>) = lines2.into_iter().partition(|l| l.y_max <= BOTTOM + 10.0);
    assert!(text.len() >= 20, "{:#?}", text.iter().map(|l| &l.text).collect::<Vec<_>>());
    for pair in text.windows(2) {
        let step = pair[1].y_min - pair[0].y_min;
        assert!((step / PITCH - (step / PITCH).round()).abs() < 0.03, "lines off the 28.95 pt pitch: {step:.2} pt");
    }
    let x_min = text.iter().map(|l| l.x_min).fold(f64::MAX, f64::min);
    assert_near("left edge of the text", x_min, LEFT, 1.5);
    let x_max = text.iter().map(|l| l.x_max).fold(0.0, f64::max);
    assert_near("right edge of the text", x_max, RIGHT, 1.5);
    let all: Vec<Line> = (1..=pages).flat_map(|p| lines(&pdf, p)).collect();
    let full_chinese: Vec<&Line> = all
        .iter()
        .filter(|l| (l.x_min - LEFT).abs() < 1.5 && (l.x_max - RIGHT).abs() < 1.5 && !l.text.chars().any(|c| c.is_ascii()))
        .collect();
    assert!(!full_chinese.is_empty(), "the fixture has full lines without digits");
    // A browser does not hang punctuation: where a closing mark would start the next line, the
    // character before it moves down too and the line keeps 27.
    let counts: Vec<usize> = full_chinese.iter().map(|l| l.text.chars().count()).collect();
    assert!(counts.iter().all(|n| (27..=28).contains(n)), "{counts:?}");
    assert!(counts.iter().filter(|n| **n == 28).count() * 3 >= counts.len() * 2, "28 characters to most lines: {counts:?}");
    let footer = below.iter().find(|l| l.text.contains('—')).expect("a page number on page 2");
    assert_eq!(footer.text.replace(' ', ""), "—2—");
    assert_near("even page number's left end", footer.x_min, LEFT + 14.0, 2.0);
    assert_near("page number below the block", (footer.y_min + footer.y_max) / 2.0, BOTTOM + 7.0 * MM, 4.0);
    let odd = lines(&pdf, 3).into_iter().find(|l| l.y_min + l.y_max > 2.0 * BOTTOM && l.text.contains('—')).expect("page 3 number");
    assert_eq!(odd.text.replace(' ', ""), "—3—");
    assert_near("odd page number's right end", odd.x_max, RIGHT - 14.0, 2.0);

    // Page 1: the long title on two centred lines, broken after the unit.
    let first = lines(&pdf, 1);
    assert_eq!(first[0].text, "新华街道办事处");
    assert_eq!(first[1].text, "2025年工作总结和2026年工作安排");
    for title_line in &first[..2] {
        assert_near("title centre", (title_line.x_min + title_line.x_max) / 2.0, (LEFT + RIGHT) / 2.0, 3.0);
    }

    // The signature: unit 右空四字 and date 右空二字 (as in the .docx), one line apart.
    let last = lines(&pdf, pages);
    let unit = last.iter().position(|l| l.text == "新华街道办事处").expect("the unit on the last page");
    assert_near("unit's right end", last[unit].x_max, RIGHT - 4.0 * 15.79, 3.0);
    assert_eq!(last[unit + 1].text, "2025年12月20日");
    assert_near("date's right end", last[unit + 1].x_max, RIGHT - 2.0 * 15.79, 3.0);
    assert_near("date one line below", last[unit + 1].y_min - last[unit].y_min, PITCH, 0.6);
}
