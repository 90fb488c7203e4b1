//! Importing files: GBK/GB18030 and UTF-8/UTF-16 text, .docx built here by hand (a zip with a
//! document.xml, with Word's automatic numbering), and the clear refusals of what is not a report.

mod import_support;

use std::io::Write;

use import_support::{fixture, fixture_path, render, sentences_of, template};
use zongjie::core::import::{import_bytes, import_bytes_with, import_text, Encoding, ImportError};

#[test]
fn gbk_file_is_detected_and_imported() {
    let bytes = std::fs::read(fixture_path("gbk_report.txt")).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture must really be GBK");
    let t = template("jiedao-summary");
    let r = import_bytes(&bytes, "gbk_report.txt", &t).unwrap();
    assert_eq!(r.report.encoding, Some(Encoding::Gb18030));
    let d = &r.draft;
    assert_eq!((d.meta.unit.as_str(), d.meta.year), ("西园街道", 2025));
    assert_eq!(d.chapters.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["livelihood", "work_safety"]);
    assert_eq!(d.indicator_entry("dibao_households").unwrap().text, "138户");
    assert_eq!(d.indicator_entry("hazard_fix_rate").unwrap().text, "100%");
    assert!(d.closing.starts_with("新的一年"));
    // Without a GB18030 decoder (the browser passes its own) the file is refused, not garbled.
    let err = import_bytes_with(&bytes, "gbk_report.txt", &t, None).unwrap_err();
    assert_eq!(err, ImportError::Undecodable);
    assert!(err.to_string().contains("UTF-8"));
}

#[test]
fn utf8_with_bom_and_utf16_files() {
    let t = template("jiedao-annual");
    let text = fixture("two_part_series.txt");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(text.as_bytes());
    let a = import_bytes(&bom, "a.txt", &t).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let b = import_bytes(&utf16, "b.txt", &t).unwrap();
    assert_eq!(b.report.encoding, Some(Encoding::Utf16));
    let plain = import_text(&text, &t);
    assert_eq!(a.draft.chapters, plain.draft.chapters);
    assert_eq!(b.draft.chapters, plain.draft.chapters);
    assert_eq!(a.draft.meta, plain.draft.meta);
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A paragraph of runs; `num` = (numId, ilvl) for Word's automatic numbering.
fn para(runs: &[&str], num: Option<(u32, u32)>) -> String {
    let ppr = match num {
        Some((id, lvl)) => format!(r#"<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#),
        None => r#"<w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>"#.to_string(),
    };
    let runs: String = runs
        .iter()
        .map(|r| format!(r#"<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#, escape(r)))
        .collect();
    format!("<w:p>{ppr}{runs}</w:p>")
}

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"#;

fn docx(body: &str, numbering: bool) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("[Content_Types].xml", opts).unwrap();
        zip.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#).unwrap();
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(document.as_bytes()).unwrap();
        if numbering {
            zip.start_file("word/numbering.xml", opts).unwrap();
            zip.write_all(NUMBERING.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn docx_paragraphs_runs_and_automatic_numbering() {
    let body = [
        para(&["北岸街道", "2025年工作总结"], None),
        para(&["2025年，北岸街道在区委、区政府的坚强领导下，", "扎实推进各项工作。"], None),
        para(&["2025年工作总结"], Some((1, 0))),
        para(&["织密安全防护网，守牢发展生命线"], Some((1, 1))),
        para(&["全年开展安全检查40次，排查安全隐患95处，整改安全隐患95处。"], None),
        // Deleted text and a text box's fallback copy are not part of the document.
        r#"<w:p><w:del w:id="1"><w:r><w:delText>已删除的文字</w:delText></w:r></w:del><w:r><w:t>检查中发现的问题“当场整改”&amp;跟踪复查。</w:t></w:r></w:p>"#.to_string(),
        r#"<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>文本框内容。</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>文本框内容。</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>"#.to_string(),
        para(&["深化法治街道建设"], Some((1, 1))),
        para(&["全年开展普法宣传活动20场。"], None),
        "<w:p/>".to_string(),
        para(&["新的一年，北岸街道将继续努力，奋力开创新局面。"], None),
    ]
    .concat();
    let bytes = docx(&body, true);
    let t = template("jiedao-summary");
    let r = import_bytes(&bytes, "北岸街道总结.docx", &t).unwrap();
    assert_eq!(r.report.source, "docx");
    let d = &r.draft;
    assert_eq!((d.meta.unit.as_str(), d.meta.year), ("北岸街道", 2025));
    assert_eq!(d.opening, "2025年，北岸街道在区委、区政府的坚强领导下，扎实推进各项工作。");
    assert_eq!(d.chapters.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["work_safety", "rule_of_law"]);
    assert_eq!(d.indicator_entry("safety_inspections").unwrap().text, "40次");
    let all = serde_json::to_string(d).unwrap();
    assert!(all.contains("检查中发现的问题“当场整改”&跟踪复查。"));
    assert!(!all.contains("已删除的文字"));
    assert_eq!(all.matches("文本框内容").count(), 1);
    assert!(d.closing.starts_with("新的一年"));
    let out = render(d, &t);
    for s in ["全年开展普法宣传活动20场", "检查中发现的问题“当场整改”&跟踪复查"] {
        assert!(sentences_of(&out).iter().any(|o| o == s), "{s} missing from\n{out}");
    }
}

#[test]
fn docx_without_numbering_part_and_by_signature_only() {
    let bytes = docx(&para(&["一、平安建设", "成效明显"], None), false);
    let t = template("jiedao-summary");
    // Named .bin, recognised by the zip signature.
    let r = import_bytes(&bytes, "upload.bin", &t).unwrap();
    assert_eq!(r.draft.chapters[0].heading, "平安建设成效明显");
}

#[test]
fn what_is_not_a_report_is_refused_in_plain_words() {
    let t = template("jiedao-annual");
    let cases: [(&[u8], &str, ImportError); 6] = [
        (b"PK\x03\x04broken", "a.docx", ImportError::BadDocx),
        (b"not a zip at all", "b.docx", ImportError::BadDocx),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "old.doc", ImportError::LegacyWord),
        (b"%PDF-1.7", "scan.pdf", ImportError::NotText),
        (b"\xFF\xFF\xFF\x81\x20", "x.txt", ImportError::Undecodable),
        (b"  \n\n ", "blank.txt", ImportError::Empty),
    ];
    for (bytes, name, want) in cases {
        let err = import_bytes(bytes, name, &t).unwrap_err();
        assert_eq!(err, want, "{name}");
        let msg = err.to_string();
        assert!(msg.contains("请") && !msg.contains("非法") && !msg.contains("无效"), "{msg}");
    }
    let empty_docx = docx("<w:p/>", false);
    assert_eq!(import_bytes(&empty_docx, "e.docx", &t).unwrap_err(), ImportError::Empty);
}

/// A .docx whose document.xml (a paragraph of `blank` spaces) is deflated by the zip writer.
fn docx_with_blank_document(blank: usize) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(br#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>"#).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..blank / chunk.len() {
            zip.write_all(&chunk).unwrap();
        }
        zip.write_all(&chunk[..blank % chunk.len()]).unwrap();
        zip.write_all("街道工作总结</w:t></w:r></w:p></w:body></w:document>".as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn a_damaged_docx_and_one_too_large_to_import_get_their_own_messages() {
    let t = template("jiedao-annual");
    let plain = |msg: &str| msg.contains("请") && !msg.contains("非法") && !msg.contains("无效");

    // Damaged: the deflated document.xml cut short (the zip's directory still names it).
    let good = docx(&para(&["全年走访辖区企业120家次。"], None), false);
    assert!(import_bytes(&good, "good.docx", &t).is_ok());
    let mut damaged = good.clone();
    let at = damaged.windows(17).position(|w| w == b"word/document.xml").unwrap() + 17;
    for b in &mut damaged[at..at + 40] {
        *b = 0xFF;
    }
    let err = import_bytes(&damaged, "damaged.docx", &t).unwrap_err();
    assert_eq!(err, ImportError::BadDocx);
    let damaged_msg = err.to_string();
    assert!(damaged_msg.contains("损坏") && plain(&damaged_msg), "{damaged_msg}");

    // Too large: document.xml unpacks to more than the importer takes (64 MB), from a file of
    // well under 1 MB.
    let huge = docx_with_blank_document(65 << 20);
    assert!(huge.len() < 1 << 20, "{}", huge.len());
    let err = import_bytes(&huge, "huge.docx", &t).unwrap_err();
    assert_eq!(err, ImportError::DocxTooLarge);
    let large_msg = err.to_string();
    assert!(large_msg.contains("太多") && large_msg.contains("拆分") && plain(&large_msg), "{large_msg}");
    assert!(!large_msg.contains("损坏"), "not called damaged: {large_msg}");
    assert_ne!(large_msg, damaged_msg);
}

#[test]
fn a_docx_exported_by_this_tool_imports_back_to_the_same_draft() {
    let t = template("jiedao-annual");
    let first = import_text(&fixture("two_part_series.txt"), &t).draft;
    let bytes = zongjie::core::export::docx::to_docx(&zongjie::core::assemble::assemble(&first, &t)).unwrap();
    let again = import_bytes(&bytes, "导出.docx", &t).unwrap();
    assert_eq!(again.report.source, "docx");
    let d = &again.draft;
    assert_eq!((d.meta.unit.as_str(), d.meta.year), (first.meta.unit.as_str(), first.meta.year));
    let chapters = |d: &zongjie::core::model::Draft| d.chapters.iter().map(|c| (c.id.clone(), c.heading.clone(), c.points.clone())).collect::<Vec<_>>();
    assert_eq!(chapters(d), chapters(&first));
    assert_eq!(d.problems, first.problems);
    assert_eq!(d.plan, first.plan);
    assert_eq!((d.opening.as_str(), d.closing.as_str()), (first.opening.as_str(), first.closing.as_str()));
}

#[test]
fn stored_entries_and_a_zip_comment_are_read() {
    let document = format!(
        r#"<w:document xmlns:w="x"><w:body>{}{}</w:body></w:document>"#,
        para(&["一、党建引领"], None),
        para(&["全年新组建党组织2个。"], None)
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(document.as_bytes()).unwrap();
        zip.set_comment("由其他软件生成").unwrap();
        zip.finish().unwrap();
    }
    let r = import_bytes(&buf.into_inner(), "a.docx", &template("jiedao-summary")).unwrap();
    assert_eq!(r.draft.chapters[0].points[0].body, "全年新组建党组织2个。");
}
