//! The Yew UI: small function components over one reducer (`state`). Pages live in `pages/`,
//! reusable pieces in `components/`. Side effects (storage, downloads, host messages) are in `web`.

use yew::prelude::*;

/// The root component: for now the start page of the wizard.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="zj-app">
            <header class="zj-header"><h1>{ "街道年度工作总结" }</h1></header>
            <section class="zj-start">
                <h2>{ "开始撰写" }</h2>
                <button class="zj-button" id="new-report">{ "新建总结" }</button>
                <button class="zj-button zj-secondary" id="continue-draft">{ "继续编辑草稿" }</button>
                <button class="zj-button zj-secondary" id="import-report">{ "导入已有总结" }</button>
            </section>
        </main>
    }
}
