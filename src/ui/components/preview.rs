//! The live preview: the assembled document as HTML in the GB/T 9704 page layout (A4 sheets, the
//! official fonts with fallbacks), with the total character count. Print CSS prints only this.

use yew::prelude::*;

use crate::ui::context::use_app;
use crate::ui::derived::char_count;
use crate::ui::engine;

#[function_component(Preview)]
pub fn preview() -> Html {
    let ctx = use_app();
    let doc = ctx.document.clone();
    let html_text = use_memo(doc.clone(), |doc| engine::to_html(doc));
    let total = use_memo(doc, |doc| char_count(&engine::to_text(doc)));
    html! {
        <section class="zj-preview" aria-label="文档预览">
            <div class="zj-preview-bar">
                <h2 class="zj-heading-s">{ "预览" }</h2>
                <span class="zj-count">{ format!("全文 {} 字", total) }</span>
            </div>
            <div class="zj-preview-paper">
                <div class="zj-preview-doc gw-doc">
                    { Html::from_html_unchecked(AttrValue::from((*html_text).clone())) }
                </div>
            </div>
        </section>
    }
}
