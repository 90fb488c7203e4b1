//! One page per screen of the wizard. `view` picks the page for the current state.

pub mod chapter;
pub mod check_text;
pub mod export;
pub mod history;
pub mod honours;
pub mod import;
pub mod key_tasks;
pub mod meta;
pub mod points_part;
pub mod prose;
pub mod review;
pub mod start;
pub mod tasks;

use yew::prelude::*;

use super::context::AppContext;
use super::state::Page;

/// The page for `page` (part pages need an open draft; `App` guarantees it). Pages with state
/// of their own are components; the other part pages are functions framed by `PartPage`.
pub fn view(ctx: &AppContext, page: &Page) -> Html {
    match page {
        Page::Start => html! { <start::StartPage /> },
        Page::Tasks => html! { <tasks::TasksPage /> },
        Page::Meta => html! { <meta::MetaPage /> },
        Page::Opening => prose::view(ctx, false),
        Page::Closing => prose::view(ctx, true),
        Page::Chapter(id) => chapter::view(ctx, id),
        Page::Problems => points_part::problems(ctx),
        Page::Plan => points_part::plan(ctx),
        Page::KeyTasks => key_tasks::view(ctx),
        Page::Honours => honours::view(ctx),
        Page::Review => html! { <review::ReviewPage /> },
        Page::Export => html! { <export::ExportPage /> },
        Page::History => html! { <history::HistoryPage /> },
        Page::Import => html! { <import::ImportPage /> },
        Page::CheckText => html! { <check_text::CheckTextPage /> },
    }
}
