//! 导出: .docx, .txt, copy to clipboard, print/PDF and the draft file. Errors stop the document
//! exports until fixed or acknowledged (仍要导出, with a reason kept in the draft); warnings never
//! do. The draft file can always be saved.

use yew::prelude::*;

use crate::core::export::file_name::document_file_name;
use crate::core::model::Acknowledgement;
use crate::ui::components::error_summary::{focus_in, link_to_field};
use crate::ui::components::markup::{button, page_heading, text_in};
use crate::ui::hooks::{use_current_findings, use_page_title};
use crate::ui::context::use_app;
use crate::ui::derived::{finding_task, ids, is_reminder, task_page};
use crate::ui::edit::Edit;
use crate::ui::engine;
use crate::ui::state::{Action, Notice, Page};
use crate::web::{clipboard, download};

/// One way to export: its title, what it gives, and its buttons.
#[inline(never)]
fn card(title: &'static str, hint: &'static str, buttons: Html) -> Html {
    html! {
        <div class="zj-export-card">
            { text_in("h2", "zj-heading-s", title.into()) }
            { text_in("p", "zj-hint", hint.into()) }
            { buttons }
        </div>
    }
}

#[hook]
pub fn use_export_page() -> Html {
    let ctx = use_app();
    use_page_title(Some("导出".to_string()), false);
    let findings = use_current_findings(&ctx);
    let reason = use_state(String::new);
    let reason_missing = use_state(bool::default);
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return html! {} };
    let p = ctx.prefix();
    let blocking: Vec<_> = engine::blocking(&findings).into_iter().cloned().collect();
    let blocked = !blocking.is_empty();
    let say = |ctx: &crate::ui::context::AppContext, r: Result<(), String>, ok: &str| {
        ctx.dispatch(Action::Notice(Some(match r {
            Ok(()) => Notice::info(ok),
            Err(e) => Notice::error(e),
        })));
    };
    let submit = {
        let ctx = ctx.clone();
        move || {
            if let (Some(cb), Some(d)) = (ctx.options.on_submit.clone(), ctx.draft()) {
                cb.emit((*d).clone());
            }
        }
    };
    let doc = {
        let ctx = ctx.clone();
        move || {
        let d = ctx.draft().unwrap_or_default();
        let t = ctx.template();
        t.map(|t| engine::document(&d, &t)).unwrap_or_default()
    }};
    let (unit, year) = (draft.meta.unit.clone(), draft.meta.year);
    let docx = {
        let (ctx, doc, submit) = (ctx.clone(), doc.clone(), submit.clone());
        Callback::from(move |_| {
            let d = doc();
            let name = document_file_name(&d.title, ".docx");
            let r = engine::to_docx(&d).and_then(|bytes| download::download(&name, download::DOCX, &bytes));
            if r.is_ok() { submit(); }
            say(&ctx, r, "已生成 Word 文件，请在浏览器的下载中查看。");
        })
    };
    let txt = {
        let (ctx, doc, submit) = (ctx.clone(), doc.clone(), submit.clone());
        Callback::from(move |_| {
            let d = doc();
            let text = engine::to_text(&d);
            let r = download::download(&document_file_name(&d.title, ".txt"), download::TEXT, text.as_bytes());
            if r.is_ok() { submit(); }
            say(&ctx, r, "已生成文本文件，请在浏览器的下载中查看。");
        })
    };
    let copy = {
        let (ctx, doc) = (ctx.clone(), doc.clone());
        Callback::from(move |_| {
            let text = engine::to_text(&doc());
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let r = clipboard::copy(&text).await;
                say(&ctx, r, "全文已复制，可粘贴到公文系统或 Word 中。");
            });
        })
    };
    let print = Callback::from(move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let json = {
        let ctx = ctx.clone();
        let unit = unit.clone();
        Callback::from(move |_| {
            let Some(d) = ctx.draft() else { return };
            let r = download::download(&download::file_name(&unit, year, "工作总结草稿.json"), download::JSON, d.to_json().as_bytes());
            say(&ctx, r, "已下载草稿文件。以后可在首页“打开草稿文件”继续编辑。");
        })
    };
    let acknowledge = {
        let ctx = ctx.clone();
        let reason = reason.clone();
        let reason_missing = reason_missing.clone();
        let blocking = blocking.clone();
        Callback::from(move |_| {
            let r = reason.trim().to_string();
            if r.is_empty() {
                reason_missing.set(true);
                focus_in(&ctx.root, &format!("{}-ack-reason", ctx.prefix()));
                return;
            }
            reason_missing.set(false);
            let acks = blocking.iter().map(|f| Acknowledgement { rule: f.rule.clone(), key: f.key(), reason: r.clone() }).collect();
            ctx.edit(Edit::Acknowledge(acks));
        })
    };
    let reason_id = crate::ui::derived::ids::join(&p, "-ack-reason");
    let reminders: Vec<_> = findings.iter().filter(|f| is_reminder(f) && !f.acknowledged).collect();
    let go_to = |f: &crate::core::check::Finding| {
        let page = finding_task(f).map(|k| task_page(&k)).unwrap_or(Page::Review);
        link_to_field(&ctx, Action::EditFrom { page, back: Page::Export }, ids::of_finding(&p, f))
    };
    html! {
        <div class="zj-export-page">
            { text_in("span", "zj-caption", "完成".into()) }
            { page_heading(&p, "导出".into()) }
            { text_in("p", "zj-lead", engine::title(&draft, &template).into()) }
            if blocked {
                <div class="zj-error-summary" role="alert">
                    { text_in("h2", "zj-error-summary-title", format!("还有 {} 处错误，修改后才能导出文档", blocking.len()).into()) }
                    <ul class="zj-error-summary-list">
                        { for blocking.iter().map(|f| {
                            html! { <li><a href="#" onclick={go_to(f)}>{ &f.message }</a></li> }
                        }) }
                    </ul>
                    <div class={if *reason_missing { "zj-form-group zj-form-group-error" } else { "zj-form-group" }}>
                        <label class="zj-label" for={reason_id.clone()}>{ "如确认这些内容无误，请说明理由后仍要导出" }</label>
                        if *reason_missing {
                            <p class="zj-error-message" id={crate::ui::derived::ids::join(&reason_id, "-error")}>{ "请填写仍要导出的理由，如“数字以统计部门口径为准”。" }</p>
                        }
                        <textarea id={reason_id.clone()} class="zj-textarea" rows="2" value={(*reason).clone()}
                            aria-invalid={reason_missing.then_some("true")}
                            aria-describedby={reason_missing.then(|| crate::ui::derived::ids::join(&reason_id, "-error"))}
                            oninput={let reason = reason.clone(); move |e: InputEvent| reason.set(crate::web::form_value::value_of(&e))} />
                    </div>
                    { button("zj-button zj-warning", "仍要导出".into(), acknowledge, false, None) }
                </div>
            }
            if !reminders.is_empty() {
                <div class="zj-reminders">
                    { text_in("h2", "zj-heading-s", "还没有写的部分".into()) }
                    { text_in("p", "zj-hint", "不影响导出。需要的话，点一项去补上，写完按“保存并继续”回到这里。".into()) }
                    <ul class="zj-list">
                        { for reminders.iter().map(|f| html! { <li><a href="#" onclick={go_to(f)}>{ &f.message }</a></li> }) }
                    </ul>
                </div>
            }
            <div class="zj-export-grid">
                { card("Word 文档", "按党政机关公文格式排版（GB/T 9704），可直接修改、印发。",
                    button("zj-button", "下载 Word（.docx）".into(), docx, blocked, None)) }
                { card("纯文本", "粘贴到公文系统或其他软件。", html! { <>
                    { button("zj-button zj-secondary", "下载文本（.txt）".into(), txt, blocked, None) }
                    { button("zj-button zj-secondary", "复制全文".into(), copy, blocked, None) }
                </> }) }
                { card("打印 / PDF", "打印对话框中选择“另存为 PDF”即可得到 PDF 文件。",
                    button("zj-button zj-secondary", "打印 / 存为 PDF".into(), print, blocked, None)) }
                { card("草稿文件", "保存全部填写内容，可在其他电脑上打开继续编辑。",
                    button("zj-button zj-secondary", "下载草稿文件（.json）".into(), json, false, None)) }
            </div>
        </div>
    }
}
