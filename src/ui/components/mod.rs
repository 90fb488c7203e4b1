//! Reusable pieces of the wizard, one per file. Pieces with state or effects of their own are
//! components with `Props`; the rest are plain functions returning `Html` (no per-type Yew glue).

pub mod banners;
pub mod check_text_view;
pub mod error_summary;
pub mod field_group;
pub mod field_messages;
pub mod file_picker;
pub mod findings_panel;
pub mod header;
pub mod import_preview;
pub mod indicator_row;
pub mod markup;
pub mod page_footer;
pub mod part_page;
pub mod point_item;
pub mod point_list;
pub mod preview;
pub mod select;
pub mod suggestions;
pub mod text_area;
pub mod text_field;

pub use banners::banners;
pub use file_picker::file_picker;
pub use findings_panel::findings_panel;
pub use header::header;
pub use indicator_row::indicator_row;
pub use part_page::PartPage;
pub use point_item::PointItem;
pub use point_list::point_list;
pub use preview::preview;
pub use select::Select;
pub use suggestions::suggestions;
pub use text_area::TextArea;
pub use text_field::TextField;
