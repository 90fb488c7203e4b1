//! One page per screen of the wizard. `view` picks the page for the current state.

pub mod chapter;
pub mod check_text;
pub mod export;
pub mod history;
pub mod honours;
pub mod import;
pub mod key_tasks;
pub mod meta;
pub mod placeholder;
pub mod points_part;
pub mod prose;
pub mod review;
pub mod start;
pub mod tasks;

use yew::prelude::*;

use super::state::Page;

/// The page component for `page` (part pages need an open draft; `App` guarantees it).
pub fn view(page: &Page) -> Html {
    match page {
        Page::Start => html! { <start::StartPage /> },
        Page::Tasks => html! { <tasks::TasksPage /> },
        Page::Meta => html! { <meta::MetaPage /> },
        Page::Opening => html! { <prose::ProsePage closing=false /> },
        Page::Closing => html! { <prose::ProsePage closing=true /> },
        Page::Chapter(id) => html! { <chapter::ChapterPage id={id.clone()} /> },
        Page::Problems => html! { <points_part::ProblemsPage /> },
        Page::Plan => html! { <points_part::PlanPage /> },
        Page::KeyTasks => html! { <key_tasks::KeyTasksPage /> },
        Page::Honours => html! { <honours::HonoursPage /> },
        Page::Review => html! { <review::ReviewPage /> },
        Page::Export => html! { <export::ExportPage /> },
        Page::History => html! { <history::HistoryPage /> },
        Page::Import => html! { <import::ImportPage /> },
        Page::CheckText => html! { <check_text::CheckTextPage /> },
    }
}
