//! The assembled document: a small tree every export renders (text, HTML, .docx).
//!
//! It is the output of `assemble` and holds finished strings only: numbers already placed,
//! figure tokens already rendered. Exports never look at the draft again.

use serde::Serialize;

#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    /// A heading of level 1–4 (一、 （一） 1. （1）). `number` is the marker as printed, e.g. `一、`.
    /// A heading may carry text that runs on in the same paragraph (`body`), as in
    /// `（一）征收项目加压奋进。项目涉及……`.
    Heading { level: u8, number: String, text: String, body: String },
    /// A body paragraph: optional marker (`一是`, `1.`), optional lead phrase, then text.
    Paragraph { number: String, lead: String, text: String },
    /// Signature block / date, right-aligned.
    Signature { text: String },
}

impl Block {
    /// The block as one line of plain text, exactly as pasted into a document system.
    pub fn plain_text(&self) -> String {
        match self {
            Block::Heading { number, text, body, .. } => format!("{number}{text}{body}"),
            Block::Paragraph { number, lead, text } => format!("{number}{lead}{text}"),
            Block::Signature { text } => text.clone(),
        }
    }
}
