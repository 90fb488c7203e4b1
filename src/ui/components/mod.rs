//! Reusable pieces of the wizard, one component per file, each with its own `Props`.

pub mod banners;
pub mod check_text_view;
pub mod error_summary;
pub mod field_group;
pub mod field_messages;
pub mod findings_panel;
pub mod header;
pub mod import_preview;
pub mod indicator_row;
pub mod page_footer;
pub mod part_page;
pub mod point_item;
pub mod point_list;
pub mod preview;
pub mod select;
pub mod suggestions;
pub mod text_area;
pub mod text_field;

pub use banners::Banners;
pub use error_summary::ErrorSummary;
pub use field_messages::FieldMessages;
pub use findings_panel::FindingsPanel;
pub use header::Header;
pub use indicator_row::IndicatorRow;
pub use page_footer::PageFooter;
pub use part_page::PartPage;
pub use point_item::PointItem;
pub use point_list::PointListEditor;
pub use preview::Preview;
pub use select::Select;
pub use suggestions::Suggestions;
pub use text_area::TextArea;
pub use text_field::TextField;
