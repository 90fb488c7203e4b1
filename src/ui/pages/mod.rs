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

use super::components::part_page::use_part_page;
use super::context::use_app;
use super::state::Page;

/// The page for `page` (part pages need an open draft; `App` guarantees it), rendered by
/// [`StatefulPage`] under a key per kind of page: going to another kind mounts it afresh (its
/// hooks start over), while 导语 → 结束语 or one chapter → another keeps it, as before.
pub fn view(page: &Page) -> Html {
    let key = match page {
        Page::Start => "start",
        Page::Tasks => "tasks",
        Page::Meta => "meta",
        Page::Opening | Page::Closing => "prose",
        Page::Chapter(_) => "chapter",
        Page::Problems => "problems",
        Page::Plan => "plan",
        Page::KeyTasks => "key-tasks",
        Page::Honours => "honours",
        Page::Review => "review",
        Page::Export => "export",
        Page::History => "history",
        Page::Import => "import",
        Page::CheckText => "check-text",
    };
    html! { <StatefulPage {key} page={page.clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct StatefulProps {
    pub page: Page,
}

/// Every page as one component: one copy of Yew's per-component code instead of one per page.
/// `view` keys it by kind of page, so each instance always runs the same hooks in the same
/// order. Part pages are framed by `use_part_page`.
pub struct StatefulPage {
    function_component: FunctionComponent<Self>,
}

impl FunctionProvider for StatefulPage {
    type Properties = StatefulProps;

    fn run(ctx: &mut HookContext, props: &StatefulProps) -> HtmlResult {
        Ok(match &props.page {
            Page::Start => start::use_start_page().run(ctx),
            Page::Tasks => tasks::use_tasks_page().run(ctx),
            Page::Review => review::use_review_page().run(ctx),
            Page::Export => export::use_export_page().run(ctx),
            Page::History => history::use_history_page().run(ctx),
            Page::Import => import::use_import_page().run(ctx),
            Page::CheckText => check_text::use_check_text_page().run(ctx),
            page => {
                let app = use_app().run(ctx);
                let part = match page {
                    Page::Opening => prose::view(&app, false),
                    Page::Closing => prose::view(&app, true),
                    Page::Chapter(id) => chapter::view(&app, id),
                    Page::Problems => points_part::problems(&app),
                    Page::Plan => points_part::plan(&app),
                    Page::KeyTasks => key_tasks::view(&app),
                    Page::Honours => honours::view(&app),
                    _ => meta::use_meta_page().run(ctx),
                };
                use_part_page(part).run(ctx)
            }
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
