//! Stand-in for pages another part of the project supplies (import, 检查文本) until they land.

use yew::prelude::*;

use crate::ui::context::use_app;
use crate::ui::state::Page;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
}

#[function_component(Placeholder)]
pub fn placeholder(props: &Props) -> Html {
    let ctx = use_app();
    let back = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        ctx.go(Page::Start);
    });
    html! {
        <div>
            <a href="#" class="zj-back-link" onclick={back}>{ "返回" }</a>
            <h1 class="zj-heading-l">{ &props.title }</h1>
            <p>{ "此功能即将提供。" }</p>
        </div>
    }
}
