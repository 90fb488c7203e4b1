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

use yew::functional::{FunctionComponent, FunctionProvider, Hook, HookContext};
use yew::html::{BaseComponent, Context};
use yew::prelude::*;

use super::context::AppContext;
use super::state::Page;

/// The page for `page` (part pages need an open draft; `App` guarantees it). Pages with state
/// of their own are hooks run by [`StatefulPage`]; the other part pages are functions framed by
/// `PartPage`.
pub fn view(ctx: &AppContext, page: &Page) -> Html {
    let stateful = |key: &'static str| html! { <StatefulPage key={key} page={page.clone()} /> };
    match page {
        Page::Start => stateful("start"),
        Page::Tasks => stateful("tasks"),
        Page::Meta => stateful("meta"),
        Page::Opening => prose::view(ctx, false),
        Page::Closing => prose::view(ctx, true),
        Page::Chapter(id) => chapter::view(ctx, id),
        Page::Problems => points_part::problems(ctx),
        Page::Plan => points_part::plan(ctx),
        Page::KeyTasks => key_tasks::view(ctx),
        Page::Honours => honours::view(ctx),
        Page::Review => stateful("review"),
        Page::Export => stateful("export"),
        Page::History => stateful("history"),
        Page::Import => stateful("import"),
        Page::CheckText => stateful("check-text"),
    }
}

#[derive(Properties, PartialEq)]
pub struct StatefulProps {
    pub page: Page,
}

/// Every page with hooks of its own, as one component: one copy of Yew's per-component code
/// instead of one per page. `view` keys it by page, so going to another page mounts it afresh
/// and each instance always runs the same page's hooks in the same order.
pub struct StatefulPage {
    function_component: FunctionComponent<Self>,
}

impl FunctionProvider for StatefulPage {
    type Properties = StatefulProps;

    fn run(ctx: &mut HookContext, props: &StatefulProps) -> HtmlResult {
        Ok(match props.page {
            Page::Start => start::use_start_page().run(ctx),
            Page::Tasks => tasks::use_tasks_page().run(ctx),
            Page::Meta => meta::use_meta_page().run(ctx),
            Page::Review => review::use_review_page().run(ctx),
            Page::Export => export::use_export_page().run(ctx),
            Page::History => history::use_history_page().run(ctx),
            Page::Import => import::use_import_page().run(ctx),
            Page::CheckText => check_text::use_check_text_page().run(ctx),
            _ => Html::default(),
        })
    }
}

// What `#[function_component]` writes for a component, written out because the page is chosen
// at run time (the macro does not allow hooks inside a `match`).
impl BaseComponent for StatefulPage {
    type Message = ();
    type Properties = StatefulProps;

    fn create(ctx: &Context<Self>) -> Self {
        Self { function_component: FunctionComponent::<Self>::new(ctx) }
    }
    fn update(&mut self, _ctx: &Context<Self>, _msg: ()) -> bool {
        true
    }
    fn changed(&mut self, _ctx: &Context<Self>, _old_props: &StatefulProps) -> bool {
        true
    }
    fn view(&self, ctx: &Context<Self>) -> HtmlResult {
        self.function_component.render(ctx.props())
    }
    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        self.function_component.rendered()
    }
    fn destroy(&mut self, _ctx: &Context<Self>) {
        self.function_component.destroy()
    }
    fn prepare_state(&self) -> Option<String> {
        self.function_component.prepare_state()
    }
}
