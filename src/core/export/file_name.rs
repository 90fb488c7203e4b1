//! The name of an exported document file: the document's title as printed
//! (新华街道2025年工作总结和2026年工作安排.docx), so the file and the title never disagree, with
//! the characters file systems refuse left out. Not the draft file's name (see `web::download`).

/// `title` + `extension` (with its dot, e.g. `.docx`) as a file name; 工作总结 when the title
/// has nothing usable.
pub fn document_file_name(title: &str, extension: &str) -> String {
    let mut name = String::with_capacity(title.len() + extension.len());
    for c in title.chars() {
        if !c.is_control() && !matches!(c, '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
            name.push(c);
        }
    }
    // Windows drops trailing dots and spaces; a name of only those is no name.
    let trimmed = name.trim().trim_end_matches('.').trim_end();
    let mut out = String::with_capacity(trimmed.len() + extension.len());
    out.push_str(if trimmed.is_empty() { "工作总结" } else { trimmed });
    out.push_str(extension);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_is_the_title_without_refused_characters() {
        let title = "新华街道2025年工作总结和2026年工作安排";
        assert_eq!(document_file_name(title, ".docx"), "新华街道2025年工作总结和2026年工作安排.docx");
        assert_eq!(document_file_name("甲/乙街道:2025年工作总结?", ".txt"), "甲乙街道2025年工作总结.txt");
        assert_eq!(document_file_name(" \t..", ".docx"), "工作总结.docx");
        assert_eq!(document_file_name("", ".docx"), "工作总结.docx");
    }
}
