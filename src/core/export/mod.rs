//! Exports of the assembled document: plain text, an escaped HTML fragment with GB/T 9704 print
//! CSS, a .docx in the official format, and the draft as JSON.

pub mod docx;
pub mod file_name;
pub mod html;
pub mod json;
pub mod layout;
pub mod text;
