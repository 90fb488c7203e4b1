//! Outline: turns a plain-text report into blocks — title, headings with their numbering marker
//! and level, paragraphs (lines broken mid-sentence rejoined) — with line/column positions.
//!
//! Shared by `check::check_text` and `import`. It recognises every numbering style of the genre:
//! 一、 （一） (一) 1. 1、 （1） and inline 一是……二是…….
