//! The pure core of zongjie: everything that decides what a report says and whether it is right.
//!
//! Data flows one way: template + draft → checks → document → exports. Nothing here touches the
//! browser; the wasm UI, the embedding API and the CLI all call these modules.

pub mod assemble;
pub mod calendar;
pub mod check;
pub mod document;
pub mod export;
pub mod figures;
pub mod find_str;
pub mod flate;
pub mod import;
pub mod json;
pub mod json_text;
pub mod model;
pub mod order;
pub mod outline;
pub mod template;
pub mod token_names;
pub mod unit_enum;
