//! The start page: a new report from a built-in template or a template file, the saved drafts
//! (unit, year, last edited, progress; corrupt ones reported with the newest good version offered),
//! opening a draft file (a bad file is explained and nothing open is touched), and import.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::model::Draft;
use crate::core::template::Template;
use crate::ui::app::resolve_template;
use crate::ui::components::file_picker;
use crate::ui::components::markup::{button, column_headers, text_in};
use crate::ui::components::error_summary::focus_in;
use crate::ui::hooks::use_page_title;
use crate::ui::context::{use_app, AppContext};
use crate::ui::derived::progress;
use crate::ui::engine;
use crate::ui::state::{Action, Notice, Page};
use crate::web::storage::{local_from_iso, new_id, Stored};

/// The year a report written now most likely summarises: this year from September on.
fn default_year() -> i32 {
    let [y, month, ..] = crate::web::storage::local(crate::web::storage::now_ms());
    (if month >= 9 { y } else { y - 1 }) as i32
}

fn start_new(ctx: &AppContext, template: Rc<Template>) {
    let unit = ctx.options.fixed_unit.clone().unwrap_or_default();
    let year = ctx.options.fixed_year.unwrap_or_else(default_year);
    let draft = engine::new_draft(&template, &new_id(), &unit, year);
    ctx.dispatch(Action::New { draft, template });
}

/// Reads the first file chosen in an `<input type=file>` as UTF-8 text (a template or draft
/// file), then calls `done(name, text or the reason it could not be read)`.
fn read_file(e: &Event, done: Box<dyn FnOnce(String, Result<String, String>)>) {
    crate::web::file_input::read_chosen(e, Box::new(move |name, bytes| {
        let text = bytes.map(|b| {
            let text = String::from_utf8_lossy(&b);
            text.strip_prefix('\u{feff}').unwrap_or(&text).to_string()
        });
        done(name, text);
    }));
}

#[hook]
pub fn use_start_page() -> Html {
    let ctx = use_app();
    use_page_title(Some("开始".to_string()), false);
    let template_error = use_state(Option::<String>::default);
    let draft_error = use_state(Option::<String>::default);
    // Flipped to render the list again after a deletion (a `bool`: one state type fewer).
    let refresh = use_state(bool::default);
    let p = ctx.prefix();
    let templates: Vec<Rc<Template>> = match &ctx.options.template {
        Some(t) => vec![t.clone()],
        None => engine::builtin_templates(),
    };
    let stored: Vec<Stored> = ctx.store.as_ref().and_then(|s| s.list().ok()).unwrap_or_default();
    let storage_blocked = ctx.store.as_ref().map(|s| s.probe().is_err()).unwrap_or(false);

    let on_template_file = {
        let ctx = ctx.clone();
        let template_error = template_error.clone();
        Callback::from(move |e: Event| {
            let ctx = ctx.clone();
            let template_error = template_error.clone();
            read_file(&e, Box::new(move |name, text| match text.and_then(|t| engine::template_from_json(&t)) {
                Ok(t) => {
                    template_error.set(None);
                    if let Some(store) = &ctx.store {
                        let _ = store.save_template(&t);
                    }
                    start_new(&ctx, Rc::new(t));
                }
                Err(msg) => template_error.set(Some(format!("“{name}”不能用作模板：{msg}"))),
            }));
        })
    };
    let on_draft_file = {
        let ctx = ctx.clone();
        let draft_error = draft_error.clone();
        Callback::from(move |e: Event| {
            let ctx = ctx.clone();
            let draft_error = draft_error.clone();
            read_file(&e, Box::new(move |name, text| match text.and_then(|t| Draft::from_json(&t).map_err(|e| e.to_string())) {
                Ok(mut d) => {
                    let Some(template) = resolve_template(&ctx.options, ctx.store.as_deref(), &d.template_id) else {
                        draft_error.set(Some(format!("“{name}”使用的模板“{}”在本机找不到。请先用该模板文件新建一次，再打开草稿。", d.template_id)));
                        return;
                    };
                    draft_error.set(None);
                    // Never overwrite a stored draft: an opened file becomes a draft of its own.
                    let taken = ctx.store.as_ref().map(|s| s.load(&d.id).is_ok()).unwrap_or(false);
                    if d.id.is_empty() || taken {
                        d.id = new_id();
                    }
                    ctx.dispatch(Action::Open { draft: d, template, page: Page::Tasks });
                    ctx.dispatch(Action::Notice(Some(Notice::info(format!("已打开草稿文件“{name}”，作为一份新草稿保存。")))));
                }
                Err(err) => draft_error.set(Some(format!("“{name}”无法打开：{err}"))),
            }));
        })
    };
    let go = |page: Page| ctx.on_click(Action::Go(page));
    let current = ctx.draft();
    let jump = |id: String| {
        let root = ctx.root.clone();
        Callback::from(move |_| focus_in(&root, &id))
    };
    let new_section = html! {
        <>
            <h2 class="zj-heading-m" id={crate::ui::derived::ids::join(&p, "-new")} tabindex="-1">{ "新建总结" }</h2>
            <ul class="zj-cards">
                { for templates.iter().map(|t| {
                    let ctx = ctx.clone();
                    let t2 = t.clone();
                    html! {
                        <li class="zj-card">
                            <h3 class="zj-heading-s">{ &t.name }</h3>
                            <p>{ &t.description }</p>
                            { text_in("p", "zj-hint", format!("常用章节：{}", t.chapters.iter().filter(|c| c.default).map(|c| c.name.as_str()).collect::<Vec<_>>().join("、")).into()) }
                            { button("zj-button", "用此模板新建".into(), Callback::from(move |_| start_new(&ctx, t2.clone())), false, Some(format!("用“{}”新建", t.name).into())) }
                        </li>
                    }
                }) }
            </ul>
            if ctx.options.template.is_none() {
                <div class={if template_error.is_some() { "zj-form-group zj-form-group-error" } else { "zj-form-group" }}>
                    <label class="zj-label" for={crate::ui::derived::ids::join(&p, "-template-file")}>{ "或使用模板文件（.json）" }</label>
                    if let Some(e) = &*template_error {
                        <p class="zj-error-message" id={crate::ui::derived::ids::join(&p, "-template-file-error")}>{ e }</p>
                    }
                    { file_picker(crate::ui::derived::ids::join(&p, "-template-file"), ".json,application/json",
                        on_template_file, template_error.is_some().then(|| crate::ui::derived::ids::join(&p, "-template-file-error"))) }
                </div>
            }

        </>
    };
    let drafts_section = html! {
        <>
            <h2 class="zj-heading-m" id={crate::ui::derived::ids::join(&p, "-drafts")} tabindex="-1">{ "继续编辑草稿" }</h2>
            if stored.is_empty() {
                { text_in("p", "zj-empty", "本机浏览器中还没有保存的草稿。".into()) }
            } else {
                <table class="zj-table zj-drafts">
                    { column_headers(&["单位", "年份", "最后编辑", "进度"], true) }
                    <tbody>
                    { for stored.iter().map(|s| {
                        let store = ctx.store.clone();
                        let is_open = current.as_ref().map(|d| d.id == s.id).unwrap_or(false);
                        match &s.draft {
                            Ok(d) => {
                                let template = resolve_template(&ctx.options, store.as_deref(), &d.template_id);
                                let prog = template.as_ref().map(|t| {
                                    let (done, total) = progress(d, t, &engine::findings(d, t));
                                    format!("{done}/{total}")
                                }).unwrap_or_default();
                                let open = {
                                    let ctx = ctx.clone();
                                    let d = d.clone();
                                    Callback::from(move |_| match template.clone() {
                                        Some(t) => ctx.dispatch(Action::Open { draft: d.clone(), template: t, page: Page::Tasks }),
                                        None => ctx.dispatch(Action::Notice(Some(Notice::error(format!("这份草稿使用的模板“{}”在本机找不到。", d.template_id))))),
                                    })
                                };
                                let delete = {
                                    let ctx = ctx.clone();
                                    let id = s.id.clone();
                                    let refresh = refresh.clone();
                                    Callback::from(move |_| {
                                        let msg = "确定删除这份草稿吗？删除后无法恢复。";
                                        let ok = web_sys::window().and_then(|w| w.confirm_with_message(msg).ok()).unwrap_or(false);
                                        if ok {
                                            if let Some(st) = &ctx.store { st.delete(&id); }
                                            if ctx.draft().map(|d| d.id == id).unwrap_or(false) { ctx.dispatch(Action::Close); }
                                            refresh.set(!*refresh);
                                        }
                                    })
                                };
                                let unit = if d.meta.unit.is_empty() { "（未填单位）".to_string() } else { d.meta.unit.clone() };
                                html! {
                                    <tr>
                                        <td>{ &unit }{ if is_open { "（当前）" } else { "" } }</td>
                                        <td>{ if d.meta.year > 0 { d.meta.year.to_string() } else { String::new() } }</td>
                                        <td>{ local_from_iso(&d.updated_at) }</td>
                                        <td>{ prog }</td>
                                        <td class="zj-actions">
                                            { button("zj-button zj-button-small", "继续编辑".into(), open, false, Some(format!("继续编辑{unit}{}年的草稿", d.meta.year).into())) }
                                            { button("zj-button zj-button-small zj-warning", "删除".into(), delete, false, Some(format!("删除{unit}{}年的草稿", d.meta.year).into())) }
                                        </td>
                                    </tr>
                                }
                            }
                            Err(reason) => {
                                let snaps = store.as_ref().map(|st| st.snapshots(&s.id)).unwrap_or_default();
                                let newest = snaps.last().cloned();
                                let restore = {
                                    let ctx = ctx.clone();
                                    Callback::from(move |_| {
                                        let Some(snap) = newest.clone() else { return };
                                        match resolve_template(&ctx.options, ctx.store.as_deref(), &snap.draft.template_id) {
                                            Some(t) => {
                                                ctx.dispatch(Action::Open { draft: snap.draft.clone(), template: t, page: Page::Tasks });
                                                ctx.dispatch(Action::Notice(Some(Notice::info("已恢复这份草稿最近一个完好的版本。"))));
                                            }
                                            None => ctx.dispatch(Action::Notice(Some(Notice::error("找不到这份草稿使用的模板。")))),
                                        }
                                    })
                                };
                                let delete = {
                                    let ctx = ctx.clone();
                                    let id = s.id.clone();
                                    let refresh = refresh.clone();
                                    Callback::from(move |_| {
                                        if let Some(st) = &ctx.store { st.delete(&id); }
                                        refresh.set(!*refresh);
                                    })
                                };
                                html! {
                                    <tr class="zj-corrupt">
                                        <td colspan="4">
                                            <strong>{ "一份草稿已损坏，无法读取。" }</strong>
                                            <span class="zj-hint">{ reason }</span>
                                            if let Some(sn) = snaps.last() {
                                                <span class="zj-hint">{ format!("最近一个完好的版本保存于 {}。", crate::web::storage::local_date_time(sn.saved_ms)) }</span>
                                            }
                                        </td>
                                        <td class="zj-actions">
                                            if !snaps.is_empty() {
                                                { button("zj-button zj-button-small", "恢复最近的完好版本".into(), restore, false, None) }
                                            }
                                            { button("zj-button zj-button-small zj-warning", "删除".into(), delete, false, None) }
                                        </td>
                                    </tr>
                                }
                            }
                        }
                    }) }
                    </tbody>
                </table>
            }

        </>
    };
    html! {
        <div class="zj-start-page">
            <h1 class="zj-heading-xl" id={crate::ui::derived::ids::page_heading(&p)} tabindex="-1">{ "撰写街道年度工作总结" }</h1>
            { text_in("p", "zj-lead", "按模板逐章填写，数字随写随查，随时预览公文格式，一键导出 Word。所有内容只保存在本机浏览器中，不会上传。".into()) }
            <nav class="zj-jump" aria-label="本页内容">
                { button("zj-link-button", "新建总结".into(), jump(crate::ui::derived::ids::join(&p, "-new")), false, None) }
                { button("zj-link-button", format!("继续编辑草稿（{}）", stored.len()).into(), jump(crate::ui::derived::ids::join(&p, "-drafts")), false, None) }
                { button("zj-link-button", "导入已有总结".into(), go(Page::Import), false, None) }
            </nav>
            if storage_blocked {
                <div class="zj-banner zj-banner-error" role="alert">{ "浏览器不允许本页保存数据，内容不会自动保存。请在导出页随时“下载草稿文件”保存。" }</div>
            }

            if stored.is_empty() {
                { new_section }
                { drafts_section }
            } else {
                { drafts_section }
                { new_section }
            }
            { text_in("h2", "zj-heading-m", "其他方式".into()) }
            <div class={if draft_error.is_some() { "zj-form-group zj-form-group-error" } else { "zj-form-group" }}>
                <label class="zj-label" for={crate::ui::derived::ids::join(&p, "-draft-file")}>{ "打开草稿文件（.json）" }</label>
                <div class="zj-hint" id={crate::ui::derived::ids::join(&p, "-draft-file-hint")}>{ "由本工具“下载草稿文件”得到的文件。打开后作为一份新草稿，不会覆盖已有内容。" }</div>
                if let Some(e) = &*draft_error {
                    <p class="zj-error-message" id={crate::ui::derived::ids::join(&p, "-draft-file-error")} role="alert">{ e }</p>
                }
                { file_picker(crate::ui::derived::ids::join(&p, "-draft-file"), ".json,application/json", on_draft_file,
                    Some(if draft_error.is_some() { format!("{p}-draft-file-hint {p}-draft-file-error") } else { crate::ui::derived::ids::join(&p, "-draft-file-hint") })) }
            </div>
            <div class="zj-button-group">
                { button("zj-button zj-secondary", "导入已有总结".into(), go(Page::Import), false, None) }
                { button("zj-button zj-secondary", "检查一篇总结".into(), go(Page::CheckText), false, None) }
            </div>
        </div>
    }
}
