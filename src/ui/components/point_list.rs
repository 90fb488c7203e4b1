//! An editable list of points (a chapter's points, 存在问题, 下年打算): each with an optional lead
//! phrase and a body; add, remove (with 撤销), move up and down.

use yew::prelude::*;

use super::PointItem;
use crate::ui::context::AppContext;
use crate::ui::edit::{Edit, PointList};

/// The editor of `list`: `noun` is what one point is called (要点 / 问题 / 工作), `indicators`
/// the (id, name) pairs that can be inserted into a body as figure tokens.
pub fn point_list(ctx: &AppContext, list: PointList, noun: &'static str, hint: &'static str, indicators: Vec<(String, String)>) -> Html {
    let Some(draft) = ctx.draft() else { return Html::default() };
    let points = list.points(&draft).to_vec();
    let add = {
        let ctx = ctx.clone();
        let list = list.clone();
        Callback::from(move |_| ctx.edit(Edit::AddPoint(list.clone())))
    };
    html! {
        <div class="zj-point-list">
            <p class="zj-hint">{ hint }</p>
            if points.is_empty() {
                <p class="zj-empty">{ format!("还没有{noun}。") }</p>
            }
            <ol class="zj-points">
                { for points.iter().enumerate().map(|(i, p)| html! {
                    <PointItem list={list.clone()} index={i} count={points.len()} point={p.clone()}
                               {noun} indicators={indicators.clone()} />
                }) }
            </ol>
            <button type="button" class="zj-button zj-secondary" onclick={add} disabled={ctx.read_only()}>
                { format!("添加一条{noun}") }
            </button>
        </div>
    }
}
