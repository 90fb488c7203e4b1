//! 荣誉表彰: a numbered list of honours received at city level and above.

use yew::prelude::*;

use crate::ui::components::{PartPage, TextField};
use crate::ui::context::AppContext;
use crate::ui::derived::ids;
use crate::ui::edit::Edit;
use crate::ui::state::Page;

/// The honours page.
pub fn view(ctx: &AppContext) -> Html {
    let Some(draft) = ctx.draft() else { return Html::default() };
    let p = ctx.prefix();
    let add = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.edit(Edit::AddHonour))
    };
    html! {
        <PartPage key="honours" title="荣誉表彰" caption={Some(AttrValue::from("可选部分"))} page={Page::Honours}>
            <p class="zj-hint">{ "每条写一项市级以上荣誉称号或表彰，如“某某社区获评市级文明社区”。" }</p>
            <ol class="zj-honours">
            { for draft.honours.iter().enumerate().map(|(i, h)| {
                let ctx2 = ctx.clone();
                html! {
                    <li class="zj-honour">
                        { TextField { id: ids::honour(&p, i).into(), label: format!("第 {} 项荣誉", i + 1).into(), value: h.clone().into(),
                            on_input: ctx.on_text(move |text| Edit::Honour { index: i, text }), ..TextField::default() }.view(ctx) }
                        <button type="button" class="zj-button zj-button-small zj-warning"
                            onclick={move |_| ctx2.edit(Edit::RemoveHonour(i))} aria-label={format!("删除第 {} 项荣誉", i + 1)}>{ "删除" }</button>
                    </li>
                }
            }) }
            </ol>
            <button type="button" class="zj-button zj-secondary" onclick={add} disabled={ctx.read_only()}>{ "添加一项荣誉" }</button>
        </PartPage>
    }
}
