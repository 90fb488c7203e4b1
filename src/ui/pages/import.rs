//! 导入已有总结: paste a report or open a .txt (UTF-8 or GBK) / .docx file, see the structure the
//! importer recognised, choose the template, then open it as a draft or as next year's base
//! (reuse mode, year + 1). A failed import shows why in Chinese and leaves the open draft alone.
//! The importing itself is `core::import`; this page only reads files and shows the result.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::import::{self, Decoded, ImportResult};
use crate::core::template::Template;
use crate::ui::components::error_summary::focus_id;
use crate::ui::components::import_preview::{self, import_preview};
use crate::ui::components::markup::{back_link, page_heading, text_in};
use crate::ui::components::{file_picker, TextArea};
use crate::ui::context::{use_app, AppContext};
use crate::ui::engine;
use crate::ui::state::{Action, Notice, Page};
use crate::web::storage::new_id;

/// Decodes GB18030/GBK with the browser's own decoder (strict: bad bytes give `None`).
pub fn browser_gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// Reads the first file chosen in an `<input type=file>` and decodes it as the importer does,
/// then calls `done(name, text or the reason it could not be read)`.
pub fn read_file_decoded(e: &Event, done: Box<dyn FnOnce(String, Result<Decoded, String>)>) {
    crate::web::file_input::read_chosen(e, Box::new(move |name, bytes| {
        let decoded = bytes.and_then(|b| decode_file(&name, &b));
        done(name, decoded);
    }));
}

/// Reads a file's bytes into text the way the importer does (UTF-8, then GB18030; .docx paragraphs).
pub fn decode_file(name: &str, bytes: &[u8]) -> Result<Decoded, String> {
    import::decode_bytes(bytes, name, Some(&browser_gb18030)).map_err(|e| format!("“{name}”无法导入：{e}"))
}

/// The templates offered: the host's own, else the built-ins.
fn offered(ctx: &AppContext) -> Vec<Rc<Template>> {
    match &ctx.options.template {
        Some(t) => vec![t.clone()],
        None => engine::builtin_templates(),
    }
}

/// Imports `decoded` with the chosen template (or the best fitting one) and opens it: as the
/// draft itself, or as the base of the next year.
pub fn open_imported(ctx: &AppContext, decoded: &Decoded, template: Rc<Template>, next_year: bool) {
    let result = import::import_decoded(decoded, &template);
    let mut draft = if next_year {
        let year = result.draft.meta.year + 1;
        import::reuse_as_base(&result.draft, &template, year)
    } else {
        result.draft
    };
    draft.id = new_id();
    let note = if next_year {
        format!("已按上一年的总结建立{}年的底稿：章节沿用原标题，各章页面下方附有上年原文供参考，去年的数字已填为“上年数”。", draft.meta.year)
    } else {
        "已导入为一份新草稿，原有草稿仍保存在“继续编辑草稿”中。请逐项核对识别结果。".to_string()
    };
    ctx.dispatch(Action::Open { draft, template, page: Page::Tasks });
    ctx.dispatch(Action::Notice(Some(Notice::info(note))));
}

/// The best template for a text among those offered.
pub fn best_of(templates: &[Rc<Template>], text: &str) -> usize {
    let plain: Vec<Template> = templates.iter().map(|t| (**t).clone()).collect();
    import::best_template(text, &plain).unwrap_or(0)
}

#[hook]
pub fn use_import_page() -> Html {
    let ctx = use_app();
    let p = ctx.prefix();
    let text = use_state(String::new);
    let decoded = use_state(Option::<Rc<Decoded>>::default);
    let file_name = use_state(Option::<String>::default);
    let error = use_state(Option::<String>::default);
    // The chosen template's index as the select gives it (text: the same state type as the others).
    let chosen = use_state(Option::<String>::default);
    let templates = offered(&ctx);

    let recognise = {
        let (decoded, error, chosen, templates) = (decoded.clone(), error.clone(), chosen.clone(), templates.clone());
        let heading = import_preview::heading_id(&p);
        move |d: Decoded| {
            chosen.set(Some(best_of(&templates, &d.text).to_string()));
            error.set(None);
            decoded.set(Some(Rc::new(d)));
            let heading = heading.clone();
            Timeout::new(0, move || focus_id(&heading)).forget();
        }
    };
    let fail = {
        let (decoded, error) = (decoded.clone(), error.clone());
        let alert = crate::ui::derived::ids::join(&p, "-import-error");
        move |msg: String| {
            decoded.set(None);
            error.set(Some(msg));
            let alert = alert.clone();
            Timeout::new(0, move || focus_id(&alert)).forget();
        }
    };
    let on_text = {
        let (text, decoded, file_name) = (text.clone(), decoded.clone(), file_name.clone());
        Callback::from(move |v: String| {
            text.set(v);
            decoded.set(None);
            file_name.set(None);
        })
    };
    let on_recognise = {
        let (text, fail, recognise) = (text.clone(), fail.clone(), recognise.clone());
        Callback::from(move |_| {
            if text.trim().is_empty() {
                fail("请先粘贴总结全文，或选择一个 .txt / .docx 文件。".into());
                return;
            }
            recognise(Decoded { text: (*text).clone(), source: "text", encoding: None });
        })
    };
    let on_file = {
        let (text, file_name, fail, recognise) = (text.clone(), file_name.clone(), fail.clone(), recognise.clone());
        Callback::from(move |e: Event| {
            let (text, file_name, fail, recognise) = (text.clone(), file_name.clone(), fail.clone(), recognise.clone());
            read_file_decoded(&e, Box::new(move |name, decoded| match decoded {
                Ok(d) => {
                    text.set(d.text.clone());
                    file_name.set(Some(name));
                    recognise(d);
                }
                Err(msg) => fail(msg),
            }));
        })
    };
    let on_template = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(Some(crate::web::form_value::value_of(&e)));
        })
    };
    let back = ctx.link_to(if ctx.draft().is_some() { Page::Tasks } else { Page::Start });

    let chosen: Option<usize> = chosen.as_deref().and_then(|i| i.parse().ok());
    let template = chosen.and_then(|i| templates.get(i).cloned());
    let result: Option<Rc<ImportResult>> = match (&*decoded, &template) {
        (Some(d), Some(t)) => Some(Rc::new(import::import_decoded(d, t))),
        _ => None,
    };
    let open = |next_year: bool| {
        let (ctx, decoded, template) = (ctx.clone(), decoded.clone(), template.clone());
        Callback::from(move |_| {
            if let (Some(d), Some(t)) = (&*decoded, template.clone()) {
                open_imported(&ctx, d, t, next_year);
            }
        })
    };
    let error_id = crate::ui::derived::ids::join(&p, "-import-error");
    html! {
        <div class="zj-import-page">
            { back_link("返回", back) }
            { page_heading(&p, "导入已有总结".into()) }
            { text_in("p", "zj-lead", "从上一年度的总结或在别处写好的稿件开始：粘贴全文，或打开 .txt（UTF-8 或 GBK 编码）、.docx 文件。文字只在本机浏览器中处理，不会上传。".into()) }
            if let Some(e) = &*error {
                <div class="zj-error-summary" role="alert" id={error_id.clone()} tabindex="-1">
                    <h2 class="zj-error-summary-title">{ "无法导入" }</h2>
                    <p>{ e }</p>
                    if ctx.draft().is_some() {
                        { text_in("p", "zj-hint", "当前打开的草稿没有任何改动。".into()) }
                    }
                </div>
            }
            { TextArea { id: crate::ui::derived::ids::join(&p, "-import-text").into(), label: "粘贴总结全文".into(), rows: 12, value: (*text).clone().into(), on_input: on_text,
                hint: Some("标题、各级标题（一、（一）1.）和段落照原样粘贴即可，断行和“一是……二是……”都能识别。".into()), ..TextArea::default() }.view(&ctx) }
            <div class="zj-form-group">
                <label class="zj-label" for={crate::ui::derived::ids::join(&p, "-import-file")}>{ "或打开文件（.txt 或 .docx）" }</label>
                { file_picker(crate::ui::derived::ids::join(&p, "-import-file"), ".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document", on_file, None) }
                if let Some(name) = &*file_name {
                    { text_in("p", "zj-hint", format!("已读取“{name}”。").into()) }
                }
            </div>
            <div class="zj-button-group">
                <button type="button" class="zj-button zj-secondary" id={crate::ui::derived::ids::join(&p, "-import-recognise")} onclick={on_recognise}>{ "识别结构" }</button>
            </div>
            if let (Some(r), Some(i)) = (&result, chosen) {
                <div class="zj-form-group">
                    <label class="zj-label" for={crate::ui::derived::ids::join(&p, "-import-template")}>{ "使用的模板" }</label>
                    <div class="zj-hint">{ "已按原文的结构推荐一个模板；换用其他模板后，章节和指标会重新对应。" }</div>
                    <select class="zj-select" id={crate::ui::derived::ids::join(&p, "-import-template")} onchange={on_template}>
                        { for templates.iter().enumerate().map(|(k, t)| html! {
                            <option value={k.to_string()} selected={k == i}>{ &t.name }</option>
                        }) }
                    </select>
                </div>
                { import_preview(&p, r) }
                if r.draft.meta.year > 0 {
                    { text_in("p", "zj-hint", format!(
                        "“作为草稿打开”：接着修改这篇{y}年的稿子。“作为{n}年底稿”：写{n}年的总结，沿用这篇的章节，各章附上年原文作参考，已识别的指标数字填为“上年数”。",
                        y = r.draft.meta.year, n = r.draft.meta.year + 1).into()) }
                }
                <div class="zj-button-group">
                    <button type="button" class="zj-button" id={crate::ui::derived::ids::join(&p, "-import-open")} onclick={open(false)}>{ "作为草稿打开" }</button>
                    <button type="button" class="zj-button zj-secondary" id={crate::ui::derived::ids::join(&p, "-import-base")} onclick={open(true)}
                        disabled={r.draft.meta.year == 0}>
                        { if r.draft.meta.year > 0 { format!("作为{}年底稿", r.draft.meta.year + 1) } else { "作为明年底稿".to_string() } }
                    </button>
                </div>
                if r.draft.meta.year == 0 {
                    { text_in("p", "zj-hint", "未能识别原文的年份，不能直接作为明年底稿；可先作为草稿打开，在“基本信息”中填写年份。".into()) }
                }
            }
        </div>
    }
}
