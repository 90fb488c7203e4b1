//! An editable list of points (a chapter's points, 存在问题, 下年打算): each with an optional lead
//! phrase and a body; add, remove (with 撤销), move up and down.

use yew::prelude::*;

use super::PointItem;
use crate::ui::context::use_app;
use crate::ui::edit::{Edit, PointList};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub list: PointList,
    /// What one point is called, e.g. 要点 / 问题 / 工作.
    #[prop_or(AttrValue::from("要点"))]
    pub noun: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Indicators (id, name) that can be inserted into the body as figure tokens.
    #[prop_or_default]
    pub indicators: Vec<(String, String)>,
}

#[function_component(PointListEditor)]
pub fn point_list(props: &Props) -> Html {
    let ctx = use_app();
    let Some(draft) = ctx.draft() else { return html! {} };
    let points = props.list.points(&draft).to_vec();
    let add = {
        let ctx = ctx.clone();
        let list = props.list.clone();
        Callback::from(move |_| ctx.edit(Edit::AddPoint(list.clone())))
    };
    html! {
        <div class="zj-point-list">
            if let Some(h) = &props.hint { <p class="zj-hint">{ h }</p> }
            if points.is_empty() {
                <p class="zj-empty">{ format!("还没有{}。", props.noun) }</p>
            }
            <ol class="zj-points">
                { for points.iter().enumerate().map(|(i, p)| html! {
                    <PointItem list={props.list.clone()} index={i} count={points.len()} point={p.clone()}
                               noun={props.noun.clone()} indicators={props.indicators.clone()} />
                }) }
            </ol>
            <button type="button" class="zj-button zj-secondary" onclick={add} disabled={ctx.read_only()}>
                { format!("添加一条{}", props.noun) }
            </button>
        </div>
    }
}
