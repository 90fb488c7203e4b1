//! The live preview: the assembled document as HTML in the GB/T 9704 page layout (A4 sheets, the
//! official fonts with fallbacks), with the total character count. Print CSS prints only this.
//! `App` computes the HTML and the count once the document settles; this only lays them out.

use yew::prelude::*;

/// The preview of a document given as HTML, with its character count.
pub fn preview(html_text: &AttrValue, total: usize) -> Html {
    html! {
        <section class="zj-preview" aria-label="文档预览">
            <div class="zj-preview-bar">
                <h2 class="zj-heading-s">{ "预览" }</h2>
                <span class="zj-count">{ format!("全文 {} 字", total) }</span>
            </div>
            <div class="zj-preview-paper">
                <div class="zj-preview-doc gw-doc">
                    { Html::from_html_unchecked(html_text.clone()) }
                </div>
            </div>
        </section>
    }
}
