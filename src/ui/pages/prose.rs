//! 导语 and 结束语: one paragraph each, with the template's suggested phrasings to start from.
//! Figure tokens show by indicator name (`core::token_names`).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::token_names::TokenNames;
use crate::ui::components::suggestions::fill;
use crate::ui::components::{suggestions, PartPage, TextArea};
use crate::ui::context::AppContext;
use crate::ui::derived::ids;
use crate::ui::edit::Edit;
use crate::ui::state::Page;

/// The 导语 page, or the 结束语 page when `closing`.
pub fn view(ctx: &AppContext, closing: bool) -> Result<PartPage, Html> {
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return Err(Html::default()) };
    let p = ctx.prefix();
    let (title, id, value, examples, hint) = if closing {
        ("结束语", ids::closing(&p), draft.closing.clone(), &template.closing_examples,
         "一段话，表明新一年的决心，如“新的一年，街道将……”。")
    } else {
        ("导语", ids::opening(&p), draft.opening.clone(), &template.opening_examples,
         "一段话：在上级党委政府领导下，以什么为指导，做了哪些工作；常以“现将主要工作汇报如下：”结尾。")
    };
    let names = Rc::new(TokenNames::of_draft(&draft, &template));
    let examples: Vec<String> = examples.iter().map(|e| fill(e, &draft)).collect();
    let on_input = ctx.on_text(if closing { Edit::Closing(String::new()) } else { Edit::Opening(String::new()) });
    let page = if closing { Page::Closing } else { Page::Opening };
    Ok(PartPage {
        title: title.into(),
        caption: if closing { "全文结尾" } else { "全文开头" },
        page,
        children: html! { <>
            { TextArea { id: id.into(), label: title.into(), hint: Some(hint.into()), value: value.into(), on_input: on_input.clone(),
                rows: 8, hide_label: true, tokens: Some(names), ..TextArea::default() }.view(ctx) }
            { suggestions(&examples, &on_input) }
        </> },
    })
}
