//! 荣誉表彰: a numbered list of honours received at city level and above.

use yew::prelude::*;

use crate::ui::components::{PartPage, TextField};
use crate::ui::components::markup::{button, text_in};
use crate::ui::context::AppContext;
use crate::ui::derived::ids;
use crate::ui::edit::Edit;
use crate::ui::state::{Action, Page};

/// The honours page.
pub fn view(ctx: &AppContext) -> Result<PartPage, Html> {
    let Some(draft) = ctx.draft() else { return Err(Html::default()) };
    let p = ctx.prefix();
    let add = ctx.on_click(Action::Edit(Edit::AddHonour));
    Ok(PartPage {
        title: "荣誉表彰".into(),
        caption: "可选部分",
        page: Page::Honours,
        children: html! { <>
            { text_in("p", "zj-hint", "每条写一项市级以上荣誉称号或表彰，如“某某社区获评市级文明社区”。".into()) }
            <ol class="zj-honours">
            { for draft.honours.iter().enumerate().map(|(i, h)| {
                html! {
                    <li class="zj-honour">
                        { TextField { id: ids::honour(&p, i).into(), label: format!("第 {} 项荣誉", i + 1).into(), value: h.clone().into(),
                            on_input: ctx.on_text(Edit::Honour { index: i, text: String::new() }), ..TextField::default() }.view(ctx) }
                        { button("zj-button zj-button-small zj-warning", "删除".into(), ctx.on_click(Action::Edit(Edit::RemoveHonour(i))), false, Some(format!("删除第 {} 项荣誉", i + 1).into())) }
                    </li>
                }
            }) }
            </ol>
            { button("zj-button zj-secondary", "添加一项荣誉".into(), add, ctx.read_only(), None) }
        </> },
    })
}
