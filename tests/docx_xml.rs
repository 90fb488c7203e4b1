//! The .docx package, read back: parts and relationships, GB/T 9704 page geometry, fonts named
//! explicitly on every run (east-Asian included, no theme fonts), sizes, fixed line spacing,
//! indents, the `— N —` footer field, and escaping of user text.

mod docx_fixture;

use std::collections::BTreeMap;
use std::io::Read;

use docx_fixture::{heading, report};
use roxmltree::{Document as Xml, Node};
use zongjie::core::document::{Block, Document};
use zongjie::core::export::docx::to_docx;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Every part of the package as text.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("the .docx is a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("readable entry");
        let mut text = String::new();
        file.read_to_string(&mut text).expect("every part is UTF-8 text");
        let name = file.name().expect("entry name").to_string();
        parts.insert(name, text);
    }
    parts
}

fn package(doc: &Document) -> BTreeMap<String, String> {
    unzip(&to_docx(doc).expect("export succeeds"))
}

fn w<'a>(node: Node<'a, '_>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|c| c.has_tag_name((W, name)))
}

fn wattr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// `w:val`-style attribute of the child `path[0]/path[1]/…` of `node`.
fn prop<'a>(node: Node<'a, '_>, path: &[&str], attr: &str) -> Option<&'a str> {
    let mut at = node;
    for step in path {
        at = w(at, step)?;
    }
    wattr(at, attr)
}

fn descendants<'a>(xml: &'a Xml<'a>, name: &str) -> Vec<Node<'a, 'a>> {
    xml.descendants().filter(|n| n.has_tag_name((W, name))).collect()
}

fn paragraph_text(p: Node) -> String {
    p.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).collect()
}

fn paragraphs<'a>(xml: &'a Xml<'a>) -> Vec<Node<'a, 'a>> {
    descendants(xml, "p")
}

fn style_of<'a>(p: Node<'a, '_>) -> &'a str {
    prop(p, &["pPr", "pStyle"], "val").unwrap_or("")
}

#[test]
fn the_package_has_every_part_its_relationships_name() {
    let parts = package(&report(8));
    for name in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/settings.xml",
        "word/footer1.xml",
        "word/footer2.xml",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        assert!(parts.contains_key(name), "missing part {name}");
    }
    for (name, text) in &parts {
        Xml::parse(text).unwrap_or_else(|e| panic!("{name} is not well-formed XML: {e}"));
    }
    // Every relationship target exists, and every part but the rels and content types is declared.
    let types = Xml::parse(&parts["[Content_Types].xml"]).unwrap();
    let overrides: Vec<&str> = types.descendants().filter_map(|n| n.attribute("PartName")).collect();
    for (rels, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
        let xml = Xml::parse(&parts[rels]).unwrap();
        for target in xml.descendants().filter_map(|n| n.attribute("Target")) {
            let part = format!("{base}{target}");
            assert!(parts.contains_key(&part), "{rels} points to missing {part}");
            assert!(overrides.contains(&format!("/{part}").as_str()), "{part} has no content type");
        }
    }
}

#[test]
fn no_theme_part_and_no_theme_font_anywhere() {
    let parts = package(&report(8));
    assert!(!parts.keys().any(|k| k.contains("theme")), "{:?}", parts.keys());
    for (name, text) in &parts {
        let xml = Xml::parse(text).unwrap();
        for node in xml.descendants() {
            for a in node.attributes() {
                assert!(!a.name().ends_with("Theme"), "{name}: theme font attribute {}", a.name());
            }
        }
    }
}

#[test]
fn page_is_a4_with_the_official_margins_and_a_22_line_grid() {
    let parts = package(&report(8));
    let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
    let sect = descendants(&xml, "sectPr");
    assert_eq!(sect.len(), 1);
    let sect = sect[0];
    assert_eq!(prop(sect, &["pgSz"], "w"), Some("11906"));
    assert_eq!(prop(sect, &["pgSz"], "h"), Some("16838"));
    let margin = |side| prop(sect, &["pgMar"], side).and_then(|v| v.parse::<f64>().ok()).unwrap();
    let mm = |twips: f64| twips * 25.4 / 1440.0;
    for (side, want) in [("top", 37.0), ("bottom", 35.0), ("left", 28.0), ("right", 26.0)] {
        assert!((mm(margin(side)) - want).abs() < 0.02, "{side} margin {} mm", mm(margin(side)));
    }
    assert_eq!(prop(sect, &["docGrid"], "linePitch"), Some("579"));
    let block = 16838.0 - margin("top") - margin("bottom");
    assert!(22.0 * 579.0 <= block && 23.0 * 579.0 > block, "22 lines of 579 twips fill the block");
    // Odd pages (the default footer) and even pages have their own footer.
    let rels = Xml::parse(&parts["word/_rels/document.xml.rels"]).unwrap();
    let footer_of = |kind: &str| {
        let reference = sect.children().find(|c| c.has_tag_name((W, "footerReference")) && wattr(*c, "type") == Some(kind));
        let rid = reference.and_then(|f| f.attribute((R, "id"))).unwrap_or_else(|| panic!("no {kind} footer"));
        rels.descendants().find(|n| n.attribute("Id") == Some(rid)).and_then(|n| n.attribute("Target")).map(str::to_string)
    };
    assert_eq!(footer_of("default").as_deref(), Some("footer1.xml"));
    assert_eq!(footer_of("even").as_deref(), Some("footer2.xml"));
    let settings = Xml::parse(&parts["word/settings.xml"]).unwrap();
    assert!(w(settings.root_element(), "evenAndOddHeaders").is_some(), "even pages use footer2");
}

/// Every `w:rFonts` in `xml` names one font for all scripts, east-Asian included.
fn assert_fonts_explicit(name: &str, xml: &Xml) -> usize {
    let fonts = descendants(xml, "rFonts");
    for f in &fonts {
        let east = wattr(*f, "eastAsia").unwrap_or_else(|| panic!("{name}: rFonts without eastAsia"));
        assert!(!east.is_empty());
        for script in ["ascii", "hAnsi", "cs"] {
            assert_eq!(wattr(*f, script), Some(east), "{name}: {script} differs from eastAsia");
        }
        assert_eq!(wattr(*f, "hint"), Some("eastAsia"), "{name}: quotes and dashes must take the Chinese font");
    }
    fonts.len()
}

#[test]
fn every_run_and_style_names_its_east_asian_font() {
    let parts = package(&report(8));
    for name in ["word/document.xml", "word/footer1.xml", "word/footer2.xml", "word/styles.xml"] {
        let xml = Xml::parse(&parts[name]).unwrap();
        assert!(assert_fonts_explicit(name, &xml) > 0);
        // No run without properties: each run carries font and size itself.
        for r in descendants(&xml, "r") {
            let rpr = w(r, "rPr").unwrap_or_else(|| panic!("{name}: run without rPr"));
            assert!(w(rpr, "rFonts").is_some() && w(rpr, "sz").is_some(), "{name}: run without font or size");
        }
    }
    let styles = Xml::parse(&parts["word/styles.xml"]).unwrap();
    let defaults = descendants(&styles, "rPrDefault")[0];
    assert_eq!(prop(defaults, &["rPr", "rFonts"], "eastAsia"), Some("仿宋_GB2312"));
    assert_eq!(prop(defaults, &["rPr", "sz"], "val"), Some("32"));
    assert_eq!(prop(defaults, &["rPr", "lang"], "eastAsia"), Some("zh-CN"));
}

/// (font, half-point size) of each run of a paragraph.
fn run_fonts(p: Node) -> Vec<(String, String)> {
    p.children()
        .filter(|n| n.has_tag_name((W, "r")))
        .map(|r| {
            (
                prop(r, &["rPr", "rFonts"], "eastAsia").unwrap_or("").to_string(),
                prop(r, &["rPr", "sz"], "val").unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn fonts(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(f, s)| (f.to_string(), s.to_string())).collect()
}

#[test]
fn title_headings_body_and_signature_take_their_fonts_sizes_and_alignment() {
    let doc = Document {
        title: "甲街道2025年工作总结".into(),
        blocks: vec![
            heading(1, "一、", "主要工作", ""),
            heading(2, "（一）", "抓党建、强基础", ""),
            heading(3, "1.", "完善组织体系。", "新建党支部3个。"),
            heading(4, "（1）", "规范组织生活。", ""),
            Block::Paragraph { number: "一是".into(), lead: "夯实基础。".into(), text: "开展培训6场次。".into() },
            Block::Signature { text: "甲街道办事处".into() },
            Block::Signature { text: "2025年12月20日".into() },
        ],
    };
    let parts = package(&doc);
    let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
    let ps = paragraphs(&xml);
    let find = |text: &str| *ps.iter().find(|p| paragraph_text(**p).starts_with(text)).unwrap_or_else(|| panic!("{text}"));

    let title = find("甲街道2025年工作总结");
    assert_eq!(run_fonts(title), fonts(&[("方正小标宋简体", "44")]));
    assert_eq!(prop(title, &["pPr", "jc"], "val"), Some("center"));
    assert_eq!(prop(title, &["pPr", "ind"], "firstLineChars"), Some("0"));
    // One blank line between title and text.
    let after_title = title.next_sibling_element().unwrap();
    assert_eq!(paragraph_text(after_title), "");

    assert_eq!(run_fonts(find("一、主要工作")), fonts(&[("黑体", "32")]));
    assert_eq!(run_fonts(find("（一）抓党建")), fonts(&[("楷体_GB2312", "32")]));
    let level3 = find("1.完善组织体系。");
    assert_eq!(paragraph_text(level3), "1.完善组织体系。新建党支部3个。");
    assert_eq!(run_fonts(level3), fonts(&[("仿宋_GB2312", "32"), ("仿宋_GB2312", "32")]));
    assert_eq!(run_fonts(find("（1）规范")), fonts(&[("仿宋_GB2312", "32")]));
    for (text, level) in [("一、", "0"), ("（一）", "1"), ("1.", "2"), ("（1）", "3")] {
        assert_eq!(prop(find(text), &["pPr", "outlineLvl"], "val"), Some(level), "{text}");
    }
    assert_eq!(style_of(find("一、")), "Heading1");

    let body = find("一是夯实基础。开展培训6场次。");
    assert_eq!(run_fonts(body), fonts(&[("仿宋_GB2312", "32")]));

    for text in ["甲街道办事处", "2025年12月20日"] {
        let sig = find(text);
        assert_eq!(prop(sig, &["pPr", "jc"], "val"), Some("right"), "{text}");
        assert_eq!(run_fonts(sig), fonts(&[("仿宋_GB2312", "32")]));
    }
    // A blank line above the signature block, none between its lines.
    let unit = find("甲街道办事处");
    assert_eq!(paragraph_text(unit.prev_sibling_element().unwrap()), "");
    assert_eq!(paragraph_text(unit.next_sibling_element().unwrap()), "2025年12月20日");

    // The styles say the same as the paragraphs.
    let styles = Xml::parse(&parts["word/styles.xml"]).unwrap();
    let style = |id: &str| *descendants(&styles, "style").iter().find(|s| wattr(**s, "styleId") == Some(id)).unwrap();
    for (id, font, size) in [
        ("Normal", "仿宋_GB2312", "32"),
        ("Title", "方正小标宋简体", "44"),
        ("Heading1", "黑体", "32"),
        ("Heading2", "楷体_GB2312", "32"),
        ("Heading3", "仿宋_GB2312", "32"),
        ("Heading4", "仿宋_GB2312", "32"),
        ("Footer", "宋体", "28"),
    ] {
        assert_eq!(prop(style(id), &["rPr", "rFonts"], "eastAsia"), Some(font), "{id}");
        assert_eq!(prop(style(id), &["rPr", "sz"], "val"), Some(size), "{id}");
    }
}

#[test]
fn text_paragraphs_have_exact_28_95_pt_lines_and_a_two_character_indent() {
    let parts = package(&report(8));
    let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
    let mut body = 0;
    for p in paragraphs(&xml) {
        let spacing = w(w(p, "pPr").unwrap(), "spacing").unwrap();
        assert_eq!((wattr(spacing, "line"), wattr(spacing, "lineRule")), (Some("579"), Some("exact")));
        assert_eq!((wattr(spacing, "before"), wattr(spacing, "after")), (Some("0"), Some("0")));
        if matches!(style_of(p), "Normal" | "Heading1" | "Heading2" | "Heading3" | "Heading4") {
            assert_eq!(prop(p, &["pPr", "ind"], "firstLineChars"), Some("200"));
            assert_eq!(prop(p, &["pPr", "ind"], "firstLine"), Some("640"));
            assert_eq!(prop(p, &["pPr", "jc"], "val"), Some("both"));
            body += 1;
        }
        // 16 pt runs are tightened so 28 characters fill the 156 mm line.
        for r in p.children().filter(|n| n.has_tag_name((W, "r"))) {
            if prop(r, &["rPr", "sz"], "val") == Some("32") {
                assert_eq!(prop(r, &["rPr", "spacing"], "val"), Some("-5"));
            }
        }
    }
    assert!(body > 10);
    let styles = Xml::parse(&parts["word/styles.xml"]).unwrap();
    let normal = *descendants(&styles, "style").iter().find(|s| wattr(**s, "styleId") == Some("Normal")).unwrap();
    assert_eq!(prop(normal, &["pPr", "spacing"], "line"), Some("579"));
    assert_eq!(prop(normal, &["pPr", "spacing"], "lineRule"), Some("exact"));
    assert_eq!(prop(normal, &["pPr", "ind"], "firstLineChars"), Some("200"));
    let settings = Xml::parse(&parts["word/settings.xml"]).unwrap();
    assert_eq!(prop(settings.root_element(), &["characterSpacingControl"], "val"), Some("doNotCompress"));
}

#[test]
fn footers_print_the_page_number_between_em_dashes_in_14_pt_songti() {
    let parts = package(&report(8));
    // GB/T 9704 §7.5: odd page numbers right, even ones left, one 14 pt character in.
    for (name, align, left, right) in [("word/footer1.xml", "right", "0", "280"), ("word/footer2.xml", "left", "280", "0")] {
        let xml = Xml::parse(&parts[name]).unwrap();
        let ps = paragraphs(&xml);
        assert_eq!(ps.len(), 1);
        let p = ps[0];
        assert_eq!(prop(p, &["pPr", "jc"], "val"), Some(align), "{name}");
        assert_eq!(prop(p, &["pPr", "ind"], "left"), Some(left), "{name}");
        assert_eq!(prop(p, &["pPr", "ind"], "right"), Some(right), "{name}");
        let mut sequence = Vec::new();
        for r in p.children().filter(|n| n.has_tag_name((W, "r"))) {
            assert_eq!(prop(r, &["rPr", "rFonts"], "eastAsia"), Some("宋体"));
            assert_eq!(prop(r, &["rPr", "sz"], "val"), Some("28"));
            for c in r.children().filter(|c| c.is_element() && c.tag_name().name() != "rPr") {
                sequence.push(match c.tag_name().name() {
                    "fldChar" => format!("[{}]", wattr(c, "fldCharType").unwrap_or("")),
                    _ => c.text().unwrap_or("").to_string(),
                });
            }
        }
        assert_eq!(sequence, ["— ", "[begin]", " PAGE ", "[separate]", "1", "[end]", " —"], "{name}");
        // Single-spaced: a 28.95 pt exact line would not fit under the text block.
        assert_eq!(prop(p, &["pPr", "spacing"], "lineRule"), Some("auto"));
    }
}

#[test]
fn user_text_is_escaped_and_comes_back_exactly() {
    let nasty = r#"<w:p>&amp; "引号" 'x' a<b>c & d"#;
    let doc = Document {
        title: format!("标题{nasty}"),
        blocks: vec![
            Block::Paragraph { number: "一是".into(), lead: "<lead>".into(), text: nasty.into() },
            heading(1, "一、", "A&B", "</w:t>"),
            Block::Paragraph { number: String::new(), lead: String::new(), text: "控制符\u{1}\u{8}被去掉".into() },
        ],
    };
    let parts = package(&doc);
    let xml = Xml::parse(&parts["word/document.xml"]).expect("document.xml stays well-formed");
    let texts: Vec<String> = paragraphs(&xml).into_iter().map(paragraph_text).collect();
    assert!(texts.contains(&format!("标题{nasty}")), "{texts:?}");
    assert!(texts.contains(&format!("一是<lead>{nasty}")), "{texts:?}");
    assert!(texts.contains(&"一、A&B</w:t>".to_string()), "{texts:?}");
    assert!(texts.contains(&"控制符被去掉".to_string()), "{texts:?}");
    assert!(parts["word/document.xml"].contains("&lt;w:p&gt;&amp;amp; &quot;引号&quot;"));
    let core = Xml::parse(&parts["docProps/core.xml"]).unwrap();
    let title = core.descendants().find(|n| n.tag_name().name() == "title").and_then(|n| n.text());
    assert_eq!(title, Some(format!("标题{nasty}").as_str()));
}

#[test]
fn an_empty_document_is_still_a_valid_package_and_output_is_deterministic() {
    let empty = package(&Document::default());
    let xml = Xml::parse(&empty["word/document.xml"]).unwrap();
    assert_eq!(paragraphs(&xml).len(), 1, "Word wants one paragraph before the section");
    let doc = report(8);
    assert_eq!(to_docx(&doc).unwrap(), to_docx(&doc).unwrap(), "no clock or randomness in the file");
}

#[test]
fn no_automatic_space_between_chinese_and_digits_and_widow_control_on() {
    // Word adds a quarter em wherever Chinese meets a digit (`2025 年`) unless every paragraph
    // says autoSpaceDE/DN = 0; that would also break the 28-character line.
    let parts = package(&report(8));
    let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
    for p in paragraphs(&xml) {
        for name in ["autoSpaceDE", "autoSpaceDN"] {
            assert_eq!(prop(p, &["pPr", name], "val"), Some("0"), "{name} in {:?}", paragraph_text(p));
        }
    }
    let styles = Xml::parse(&parts["word/styles.xml"]).unwrap();
    for style in descendants(&styles, "style").into_iter().filter(|s| wattr(*s, "type") == Some("paragraph")) {
        assert_eq!(prop(style, &["pPr", "autoSpaceDE"], "val"), Some("0"), "{:?}", wattr(style, "styleId"));
    }
    let defaults = descendants(&styles, "pPrDefault")[0];
    assert!(w(w(defaults, "pPr").unwrap(), "widowControl").is_some(), "no single line of a paragraph alone on a page");
}

#[test]
fn headings_stay_whole_with_their_text_and_the_signature_with_the_closing_text() {
    let parts = package(&report(8));
    let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
    let ps = paragraphs(&xml);
    let keeps = |p: Node| (w(w(p, "pPr").unwrap(), "keepNext").is_some(), w(w(p, "pPr").unwrap(), "keepLines").is_some());
    for p in &ps {
        let text = paragraph_text(*p);
        match style_of(*p) {
            // A standalone heading; the run-on ones (1. and （1） in the fixture) are paragraphs.
            "Heading1" | "Heading2" if !text.contains('。') => assert_eq!(keeps(*p), (true, true), "{text}"),
            "Heading3" | "Heading4" => assert!(!keeps(*p).1, "a run-on heading may split: {text}"),
            _ => {}
        }
    }
    // The last text paragraph, the blank line and the unit keep with what follows; the date ends.
    let unit = ps.iter().position(|p| paragraph_text(*p) == "新华街道办事处").unwrap();
    let tail: Vec<bool> = ps[unit - 2..].iter().map(|p| keeps(*p).0).collect();
    assert_eq!(tail, [true, true, true, false]);
    assert_eq!(paragraph_text(ps[unit + 1]), "2025年12月20日");
}

#[test]
fn signature_lines_stand_as_gbt_9704_places_them() {
    // §7.3.5.2: the unit 右空二字; the date one line below, starting two characters right of the
    // unit's start (10-character unit, 7-character date: 右空三字) …
    let doc = |unit: &str| Document {
        title: String::new(),
        blocks: vec![
            Block::Paragraph { number: String::new(), lead: String::new(), text: "结束语。".into() },
            Block::Signature { text: unit.into() },
            Block::Signature { text: "2025年12月22日".into() },
        ],
    };
    let right = |unit: &str| -> Vec<(String, String)> {
        let parts = package(&doc(unit));
        let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
        paragraphs(&xml)
            .into_iter()
            .filter(|p| style_of(*p) == "Signature")
            .map(|p| {
                assert_eq!(prop(p, &["pPr", "jc"], "val"), Some("right"));
                (prop(p, &["pPr", "ind"], "rightChars").unwrap().to_string(), prop(p, &["pPr", "ind"], "right").unwrap().to_string())
            })
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(right("青禾区柳岸街道办事处"), [pair("200", "640"), pair("300", "960")]);
    // … and a date longer than that stands 右空二字 with the unit moved left.
    assert_eq!(right("新华街道"), [pair("700", "2240"), pair("200", "640")]);
}

#[test]
fn a_title_too_long_for_one_line_breaks_after_the_unit() {
    let doc = Document { title: "青禾区柳岸街道办事处2025年工作总结和2026年工作安排".into(), blocks: vec![] };
    let parts = package(&doc);
    let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
    let title = paragraphs(&xml)[0];
    let pieces: Vec<String> = title
        .descendants()
        .filter(|n| n.has_tag_name((W, "t")) || n.has_tag_name((W, "br")))
        .map(|n| n.text().unwrap_or("|").to_string())
        .collect();
    assert_eq!(pieces, ["青禾区柳岸街道办事处", "|", "2025年工作总结和2026年工作安排"]);
    // A title that fits stays one line.
    let parts = package(&Document { title: "新华街道2025年工作总结和2026年工作安排".into(), blocks: vec![] });
    let xml = Xml::parse(&parts["word/document.xml"]).unwrap();
    assert!(!paragraphs(&xml)[0].descendants().any(|n| n.has_tag_name((W, "br"))));
}
