//! An editable list of points (a chapter's points, 存在问题, 下年打算): each with an optional lead
//! phrase and a body; add, remove (with 撤销), move up and down.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::PointItem;
use super::error_summary::focus_in;
use super::markup::{button, text_in};
use crate::core::token_names::TokenNames;
use crate::ui::context::AppContext;
use crate::ui::derived::ids;
use crate::ui::state::Action;
use crate::ui::edit::{Edit, PointList};

/// The editor of `list`: `noun` is what one point is called (要点 / 问题 / 工作), `indicators`
/// the (id, name) pairs that can be inserted into a body as figure tokens.
pub fn point_list(ctx: &AppContext, list: PointList, noun: &'static str, hint: &'static str, indicators: Vec<(String, String)>) -> Html {
    let Some(draft) = ctx.draft() else { return Html::default() };
    let points = list.points(&draft).to_vec();
    let names = Rc::new(ctx.template().map(|t| TokenNames::of_draft(&draft, &t)).unwrap_or_default());
    // Adding a point puts the cursor in its first field, so the author can type at once.
    let add = {
        let (state, root) = (ctx.state.clone(), ctx.root.clone());
        let (list, first) = (list.clone(), ids::point(&ctx.prefix(), &list, points.len(), "lead"));
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Edit::AddPoint(list.clone())));
            let (root, first) = (root.clone(), first.clone());
            Timeout::new(0, move || focus_in(&root, &first)).forget();
        })
    };
    html! {
        <div class="zj-point-list">
            { text_in("p", "zj-hint", hint.into()) }
            if points.is_empty() {
                <p class="zj-empty">{ format!("尚未添加{noun}。") }</p>
            }
            <ol class="zj-points">
                { for points.iter().enumerate().map(|(i, p)| html! {
                    <PointItem list={list.clone()} index={i} count={points.len()} point={p.clone()}
                               {noun} indicators={indicators.clone()} names={names.clone()} />
                }) }
            </ol>
            { button("zj-button zj-secondary", format!("添加一条{noun}").into(), add, ctx.read_only(), None) }
        </div>
    }
}
