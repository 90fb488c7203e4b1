//! The fixed parts of the package: content types, relationships, styles, settings, font table,
//! footer with the page number, and document properties.
//!
//! No theme part and no theme font reference anywhere: fonts are always named explicitly (see
//! `xml::run_properties`). The body text is written by `body`.

use std::fmt::Write;

use super::format::*;
use super::xml::{escape_into, run_properties, Align, ParagraphLayout, RunFormat};

// The fixed names as macros, so the parts that hold nothing else are `concat!`ed into static
// text at compile time (no formatting code in the bundle for them).
macro_rules! w_ns {
    () => {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    };
}
macro_rules! r_ns {
    () => {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    };
}
macro_rules! rel_ns {
    () => {
        "http://schemas.openxmlformats.org/package/2006/relationships"
    };
}
macro_rules! office_rel {
    () => {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    };
}
macro_rules! decl {
    () => {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    };
}
macro_rules! wml {
    () => {
        "application/vnd.openxmlformats-officedocument.wordprocessingml"
    };
}
macro_rules! odd_footer_rel_id {
    () => {
        "rIdFooterOdd"
    };
}
macro_rules! even_footer_rel_id {
    () => {
        "rIdFooterEven"
    };
}

const W_NS: &str = w_ns!();
const DECL: &str = decl!();

/// Body text: 仿宋_GB2312 16 pt, tightened to 28 characters a line.
pub const BODY_RUN: RunFormat = RunFormat { font: BODY_FONT, size: BODY_SIZE, spacing: CHARACTER_SPACING };

/// Relationship ids of the odd-page (default) and even-page footers.
const ODD_FOOTER_REL_ID: &str = odd_footer_rel_id!();
const EVEN_FOOTER_REL_ID: &str = even_footer_rel_id!();

pub const CONTENT_TYPES: &str = concat!(
    decl!(),
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType=""#,
    wml!(),
    r#".document.main+xml"/><Override PartName="/word/styles.xml" ContentType=""#,
    wml!(),
    r#".styles+xml"/><Override PartName="/word/settings.xml" ContentType=""#,
    wml!(),
    r#".settings+xml"/><Override PartName="/word/fontTable.xml" ContentType=""#,
    wml!(),
    r#".fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType=""#,
    wml!(),
    r#".footer+xml"/><Override PartName="/word/footer2.xml" ContentType=""#,
    wml!(),
    r#".footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#
);

pub const PACKAGE_RELS: &str = concat!(
    decl!(),
    r#"<Relationships xmlns=""#,
    rel_ns!(),
    r#""><Relationship Id="rId1" Type=""#,
    office_rel!(),
    r#"/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type=""#,
    office_rel!(),
    r#"/extended-properties" Target="docProps/app.xml"/></Relationships>"#
);

pub const DOCUMENT_RELS: &str = concat!(
    decl!(),
    r#"<Relationships xmlns=""#,
    rel_ns!(),
    r#""><Relationship Id="rIdStyles" Type=""#,
    office_rel!(),
    r#"/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type=""#,
    office_rel!(),
    r#"/settings" Target="settings.xml"/><Relationship Id="rIdFontTable" Type=""#,
    office_rel!(),
    r#"/fontTable" Target="fontTable.xml"/><Relationship Id=""#,
    odd_footer_rel_id!(),
    r#"" Type=""#,
    office_rel!(),
    r#"/footer" Target="footer1.xml"/><Relationship Id=""#,
    even_footer_rel_id!(),
    r#"" Type=""#,
    office_rel!(),
    r#"/footer" Target="footer2.xml"/></Relationships>"#
);

/// Opening tag of `word/document.xml` up to `<w:body>`.
pub const DOCUMENT_START: &str = concat!(decl!(), r#"<w:document xmlns:w=""#, w_ns!(), r#"" xmlns:r=""#, r_ns!(), r#""><w:body>"#);

/// The section: A4, GB/T 9704 margins, the odd and even footers, and a grid of 22 lines (the 28 characters of
/// a line come from the runs' character spacing, see `format::character_spacing`).
pub fn section_properties(out: &mut String) {
    let _ = write!(
        out,
        r#"<w:sectPr><w:footerReference w:type="default" r:id="{ODD_FOOTER_REL_ID}"/><w:footerReference w:type="even" r:id="{EVEN_FOOTER_REL_ID}"/><w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/><w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" w:left="{MARGIN_LEFT}" w:header="{HEADER_DISTANCE}" w:footer="{FOOTER_DISTANCE}" w:gutter="0"/><w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="{LINE_PITCH}"/></w:sectPr>"#
    );
}

pub const DOCUMENT_END: &str = "</w:body></w:document>";

/// The paragraph kinds of the document, each with a style and a layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    Body,
    Title,
    Heading(u8),
    Signature,
    Footer,
}

impl ParagraphKind {
    pub fn style_id(self) -> &'static str {
        match self {
            ParagraphKind::Body => "Normal",
            ParagraphKind::Title => "Title",
            ParagraphKind::Heading(1) => "Heading1",
            ParagraphKind::Heading(2) => "Heading2",
            ParagraphKind::Heading(3) => "Heading3",
            ParagraphKind::Heading(_) => "Heading4",
            ParagraphKind::Signature => "Signature",
            ParagraphKind::Footer => "Footer",
        }
    }

    /// Word's built-in style name (Word and WPS show it translated).
    fn style_name(self) -> &'static str {
        match self {
            ParagraphKind::Body => "Normal",
            ParagraphKind::Title => "Title",
            ParagraphKind::Heading(1) => "heading 1",
            ParagraphKind::Heading(2) => "heading 2",
            ParagraphKind::Heading(3) => "heading 3",
            ParagraphKind::Heading(_) => "heading 4",
            ParagraphKind::Signature => "Signature",
            ParagraphKind::Footer => "footer",
        }
    }

    /// The look of the paragraph's own text (a heading's number and phrase, a body's text).
    pub fn run_format(self) -> RunFormat {
        match self {
            ParagraphKind::Title => RunFormat { font: TITLE_FONT, size: TITLE_SIZE, spacing: 0 },
            ParagraphKind::Footer => RunFormat { font: PAGE_NUMBER_FONT, size: PAGE_NUMBER_SIZE, spacing: 0 },
            ParagraphKind::Heading(level) => RunFormat { font: heading_font(level), ..BODY_RUN },
            ParagraphKind::Body | ParagraphKind::Signature => BODY_RUN,
        }
    }

    pub fn layout(self) -> ParagraphLayout {
        let body = ParagraphLayout {
            align: Align::Both,
            first_line_chars: 200,
            right_chars: 0,
            exact_line: Some(LINE_PITCH),
            snap_to_grid: true,
            keep_next: false,
            keep_lines: false,
            outline_level: None,
        };
        match self {
            ParagraphKind::Body => body,
            ParagraphKind::Title => ParagraphLayout { align: Align::Center, first_line_chars: 0, snap_to_grid: false, ..body },
            ParagraphKind::Heading(level) => {
                ParagraphLayout { outline_level: Some(level.clamp(1, 4) - 1), keep_next: true, keep_lines: true, ..body }
            }
            ParagraphKind::Signature => ParagraphLayout { align: Align::Right, first_line_chars: 0, right_chars: 200, ..body },
            ParagraphKind::Footer => ParagraphLayout {
                align: Align::Center,
                first_line_chars: 0,
                exact_line: None,
                snap_to_grid: false,
                ..body
            },
        }
    }

    /// `<w:pPr>` of a paragraph of this kind: the style reference plus `layout` (the style's own,
    /// possibly adjusted) repeated directly.
    pub fn paragraph_properties(self, out: &mut String, layout: ParagraphLayout) {
        let _ = write!(out, r#"<w:pPr><w:pStyle w:val="{}"/>"#, self.style_id());
        layout.write(out, BODY_SIZE);
        out.push_str("</w:pPr>");
    }

    const ALL: [ParagraphKind; 8] = [
        ParagraphKind::Body,
        ParagraphKind::Title,
        ParagraphKind::Heading(1),
        ParagraphKind::Heading(2),
        ParagraphKind::Heading(3),
        ParagraphKind::Heading(4),
        ParagraphKind::Signature,
        ParagraphKind::Footer,
    ];
}

/// `word/styles.xml`: document defaults (body font with eastAsia, 16 pt, Chinese language) and one
/// paragraph style per [`ParagraphKind`].
pub fn styles() -> String {
    let mut out = String::from(concat!(
        decl!(),
        r#"<w:styles xmlns:w=""#,
        w_ns!(),
        r#"" xmlns:r=""#,
        r_ns!(),
        r#""><w:docDefaults><w:rPrDefault>"#
    ));
    run_properties_with_lang(&mut out, BODY_RUN);
    out.push_str(r#"</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>"#);
    for kind in ParagraphKind::ALL {
        let default = if kind == ParagraphKind::Body { r#" w:default="1""# } else { "" };
        let _ = write!(
            out,
            r#"<w:style w:type="paragraph"{default} w:styleId="{}"><w:name w:val="{}"/>"#,
            kind.style_id(),
            kind.style_name()
        );
        if kind != ParagraphKind::Body {
            out.push_str(r#"<w:basedOn w:val="Normal"/>"#);
        }
        if matches!(kind, ParagraphKind::Title | ParagraphKind::Heading(_)) {
            out.push_str(r#"<w:next w:val="Normal"/>"#);
        }
        out.push_str("<w:qFormat/><w:pPr>");
        kind.layout().write(&mut out, BODY_SIZE);
        out.push_str("</w:pPr>");
        run_properties(&mut out, kind.run_format());
        out.push_str("</w:style>");
    }
    out.push_str(r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#);
    out.push_str("</w:styles>");
    out
}

/// Run properties of the defaults, with the languages set so Word and WPS treat text as Chinese.
fn run_properties_with_lang(out: &mut String, format: RunFormat) {
    run_properties(out, format);
    // Insert the language before the closing tag (w:lang comes after w:szCs in CT_RPr).
    if out.ends_with("</w:rPr>") {
        out.truncate(out.len() - "</w:rPr>".len());
        out.push_str(r#"<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>"#);
    }
}

/// `word/settings.xml`: separate odd and even footers, no punctuation compression (it would break
/// the 28-character line), tab stops of two characters, and current compatibility mode.
pub fn settings() -> String {
    format!(
        r#"{DECL}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="{INDENT_TWO_CHARS}"/><w:evenAndOddHeaders/><w:drawingGridHorizontalSpacing w:val="160"/><w:drawingGridVerticalSpacing w:val="{LINE_PITCH}"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>"#
    )
}

/// `word/fontTable.xml`: the fonts with their GB2312 charset and the name a machine without them
/// most likely has (`altName`), to help Word and WPS substitute.
pub fn font_table() -> String {
    static FONTS: [(&str, &str, &str, &str); 5] = [
        (BODY_FONT, "仿宋", "modern", "fixed"),
        (TITLE_FONT, "", "auto", "variable"),
        (HEADING1_FONT, "SimHei", "modern", "fixed"),
        (HEADING2_FONT, "楷体", "modern", "fixed"),
        (PAGE_NUMBER_FONT, "SimSun", "auto", "variable"),
    ];
    let mut out = String::from(concat!(decl!(), r#"<w:fonts xmlns:w=""#, w_ns!(), r#"">"#));
    for &(name, alt, family, pitch) in &FONTS {
        let _ = write!(out, r#"<w:font w:name="{name}">"#);
        if !alt.is_empty() {
            let _ = write!(out, r#"<w:altName w:val="{alt}"/>"#);
        }
        let _ = write!(out, r#"<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>"#);
    }
    out.push_str("</w:fonts>");
    out
}

/// Which pages a footer is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pages {
    Odd,
    Even,
}

/// `word/footer1.xml` (odd pages) and `word/footer2.xml` (even pages): `— N —` in 14 pt 宋体, N a
/// PAGE field; per GB/T 9704 §7.5 odd page numbers stand right and even ones left, one
/// character in from the edge of the text block (as `styles/print.css` prints them).
pub fn footer(pages: Pages) -> String {
    let kind = ParagraphKind::Footer;
    let mut rpr = String::new();
    run_properties(&mut rpr, kind.run_format());
    let one_char = PAGE_NUMBER_SIZE * 10;
    let (align, indent) = match pages {
        Pages::Odd => ("right", format!(r#"w:left="0" w:right="{one_char}""#)),
        Pages::Even => ("left", format!(r#"w:left="{one_char}" w:right="0""#)),
    };
    let mut out = String::from(concat!(decl!(), r#"<w:ftr xmlns:w=""#, w_ns!(), r#"" xmlns:r=""#, r_ns!(), r#""><w:p>"#));
    let _ = write!(
        out,
        r#"<w:pPr><w:pStyle w:val="{}"/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind {indent} w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="{align}"/></w:pPr>"#,
        kind.style_id()
    );
    let _ = write!(
        out,
        r#"<w:r>{rpr}<w:t xml:space="preserve">— </w:t></w:r><w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{rpr}<w:t>1</w:t></w:r><w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r><w:r>{rpr}<w:t xml:space="preserve"> —</w:t></w:r>"#
    );
    out.push_str("</w:p></w:ftr>");
    out
}

/// `docProps/core.xml` with the title. No dates: the core has no clock, and they are optional.
pub fn core_properties(title: &str) -> String {
    let mut out = String::from(concat!(
        decl!(),
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>"#
    ));
    escape_into(&mut out, title);
    out.push_str("</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>");
    out
}

pub const APP_PROPERTIES: &str = concat!(
    decl!(),
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>zongjie</Application><DocSecurity>0</DocSecurity></Properties>"#
);
