//! The draft as JSON, as downloaded by 导出草稿 and read back by `Draft::from_json`.

use crate::core::model::Draft;

/// Pretty JSON of the draft.
pub fn to_json(draft: &Draft) -> String {
    draft.to_json()
}
