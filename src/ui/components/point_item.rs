//! One point in a list: lead phrase, body (with figure tokens inserted at the cursor), and the
//! buttons 上移 / 下移 / 删除. Both fields show tokens by indicator name (`core::token_names`).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::markup::{button, text_in};
use super::text_area::{storing, utf16_len};
use super::{Select, TextArea, TextField};
use crate::core::model::Point;
use crate::core::token_names::TokenNames;
use crate::ui::context::use_app;
use crate::ui::derived::ids;
use crate::ui::edit::{Edit, PointList};
use crate::ui::engine;
use crate::ui::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub list: PointList,
    pub index: usize,
    pub count: usize,
    pub point: Point,
    pub noun: AttrValue,
    #[prop_or_default]
    pub indicators: Vec<(String, String)>,
    /// How the draft's figure tokens show in the fields.
    pub names: Rc<TokenNames>,
}

/// `text` with `insert` put at the UTF-16 offset `caret` (a textarea's selectionStart; clamped),
/// and the offset right after the inserted text.
fn insert_at_caret(text: &str, caret: u32, insert: &str) -> (String, u32) {
    let mut units = 0;
    let mut at = text.len();
    for (i, c) in text.char_indices() {
        let next = units + c.len_utf16() as u32;
        if next > caret {
            at = i;
            break;
        }
        units = next;
    }
    let (head, tail) = text.split_at_checked(at).unwrap_or((text, ""));
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(head);
    out.push_str(insert);
    out.push_str(tail);
    (out, units + utf16_len(insert))
}

/// After a move, puts focus on the moved point's same button (or its other one once it reached the
/// end of the list), so that a keyboard user can press again to move it further.
fn focus_moved(list: Option<web_sys::Element>, index: usize, up: bool) {
    let Some(list) = list else { return };
    let button = |k: u8| {
        let selector = format!(":scope > li:nth-child({}) .zj-point-tools button:nth-child({k})", index + 1);
        list.query_selector(&selector).ok().flatten().filter(|b| !b.has_attribute("disabled"))
    };
    let (same, other) = if up { (1, 2) } else { (2, 1) };
    if let Some(b) = button(same).or_else(|| button(other)).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = b.focus();
    }
}

#[function_component(PointItem)]
pub fn point_item(props: &Props) -> Html {
    let ctx = use_app();
    let p = ctx.prefix();
    let (list, i) = (props.list.clone(), props.index);
    let body_ref = use_node_ref();
    let chosen = use_state(|| props.indicators.first().map(|(id, _)| id.clone()).unwrap_or_default());
    let n = i + 1;
    let on_lead = storing(&props.names, ctx.on_text(Edit::PointLead { list: list.clone(), index: i, text: String::new() }));
    let on_body = ctx.on_text(Edit::PointBody { list: list.clone(), index: i, text: String::new() });
    let mv = |up: bool| {
        let ctx = ctx.clone();
        let list = list.clone();
        Callback::from(move |e: MouseEvent| {
            ctx.edit(Edit::MovePoint { list: list.clone(), index: i, up });
            let points = e.target_dyn_into::<web_sys::Element>().and_then(|b| b.closest(".zj-points").ok().flatten());
            let to = if up { i.saturating_sub(1) } else { i + 1 };
            Timeout::new(0, move || focus_moved(points, to, up)).forget();
        })
    };
    let remove = {
        let ctx = ctx.clone();
        let list = list.clone();
        let noun = props.noun.clone();
        Callback::from(move |_| {
            ctx.edit(Edit::RemovePoint(list.clone(), i));
            ctx.dispatch(Action::Notice(Some(Notice { text: format!("已删除第 {n} 条{noun}。"), undo: true, error: false })));
        })
    };
    let insert = {
        let ctx = ctx.clone();
        let list = list.clone();
        let body_ref = body_ref.clone();
        let chosen = chosen.clone();
        let names = props.names.clone();
        let body = props.point.body.clone();
        Callback::from(move |_| {
            if chosen.is_empty() {
                return;
            }
            // The token goes into the text as shown (names), at the caret, which stays after it.
            let token = names.display_token(&chosen);
            let area = body_ref.cast::<HtmlTextAreaElement>();
            let (shown, caret) = match &area {
                Some(a) => (a.value(), a.selection_start().ok().flatten().unwrap_or(u32::MAX)),
                None => (names.to_display(&body), u32::MAX),
            };
            let (shown, caret) = insert_at_caret(&shown, caret, &token);
            if let Some(a) = &area {
                a.set_value(&shown);
                let _ = a.set_selection_range(caret, caret);
            }
            ctx.edit(Edit::PointBody { list: list.clone(), index: i, text: names.from_display(&shown) });
            if let Some(a) = area {
                let _ = a.focus();
            }
        })
    };
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |v: String| chosen.set(v))
    };
    let ro = ctx.read_only();
    // The count under the body counts inserted figures as the document prints them.
    let printed = match (ctx.draft(), ctx.template()) {
        (Some(d), Some(t)) if props.point.body.contains("{{") => Some(engine::printed(&props.point.body, &d, &t)),
        _ => None,
    };
    let select_id = format!("{}-token", ids::point(&p, &list, i, "body"));
    html! {
        <li class="zj-point">
            <fieldset class="zj-fieldset">
                { text_in("legend", "zj-legend-s", format!("第 {n} 条{}", props.noun).into()) }
                { TextField { id: ids::point(&p, &list, i, "lead").into(), label: "引领句（可不填）".into(),
                    hint: Some("一句话概括，如“强化基层组织建设”，会放在段首。".into()),
                    value: props.names.to_display(&props.point.lead).into(), on_input: on_lead, ..TextField::default() }.view(&ctx) }
                { TextArea { id: ids::point(&p, &list, i, "body").into(), label: "正文".into(), value: props.point.body.clone().into(),
                    on_input: on_body, node_ref: body_ref, rows: 5, printed, tokens: Some(props.names.clone()), ..TextArea::default() }.view(&ctx) }
                if !props.indicators.is_empty() {
                    <div class="zj-token-insert">
                        <label class="zj-label-inline" for={select_id.clone()}>{ "在光标处插入指标数字" }</label>
                        <Select id={select_id} options={props.indicators.clone()} value={(*chosen).clone()} on_change={on_choose} disabled={ro} />
                        { button("zj-button zj-button-small zj-secondary", "插入".into(), insert, ro, None) }
                    </div>
                    { text_in("p", "zj-hint", "插入的指标在正文中显示为“{{指标名称}}”，也可直接输入；预览和导出时换成所填数字。".into()) }
                }
                <div class="zj-point-tools">
                    { button("zj-button zj-button-small zj-secondary", "上移".into(), mv(true), ro || i == 0, Some(format!("第 {n} 条上移").into())) }
                    { button("zj-button zj-button-small zj-secondary", "下移".into(), mv(false), ro || n == props.count, Some(format!("第 {n} 条下移").into())) }
                    { button("zj-button zj-button-small zj-warning", "删除".into(), remove, ro, Some(format!("删除第 {n} 条").into())) }
                </div>
            </fieldset>
        </li>
    }
}
