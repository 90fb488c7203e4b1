//! The task list (GOV.UK task list): every part in order with its status and finding counts,
//! overall progress, and the chapter tools — add (catalogue or custom), remove (confirm, undo),
//! move up and down.

use yew::prelude::*;

use crate::core::check::Severity;
use crate::core::model::Chapter;
use crate::ui::components::markup::{button, page_heading, text_in};
use crate::ui::hooks::use_page_title;
use crate::ui::context::use_app;
use crate::ui::derived::{chapter_chars, char_count, progress, status, task_findings, tasks, Status};
use crate::ui::edit::Edit;
use crate::ui::engine;
use crate::ui::state::{Action, Notice, Page};

#[hook]
pub fn use_tasks_page() -> Html {
    let ctx = use_app();
    use_page_title(Some("任务列表".to_string()), false);
    let confirm = use_state(Option::<String>::default);
    let pick = use_state(String::new);
    let custom = use_state(String::new);
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return html! {} };
    let findings = ctx.findings.clone();
    let (done, total) = progress(&draft, &template, &findings);
    let p = ctx.prefix();
    let ro = ctx.read_only();
    let all = tasks(&draft, &template);
    let chapter_count = draft.chapters.len();
    let total_chars = char_count(&engine::to_text(&ctx.document));

    let items = all.iter().map(|t| {
        let st = status(&draft, &findings, &t.key);
        let mine = task_findings(&findings, &t.key);
        let errors = mine.iter().filter(|f| f.severity == Severity::Error && !f.acknowledged).count();
        // A part not started has only "not written yet" reminders, which 未开始 already says.
        let warnings = if st == Status::NotStarted { 0 } else { mine.iter().filter(|f| f.severity == Severity::Warning).count() };
        let go = ctx.link_to(t.page.clone());
        let status_id = format!("{p}-task-{}-status", t.key.replace(':', "-"));
        let chapter_tools = if let Page::Chapter(id) = &t.page {
            let index = draft.chapters.iter().position(|c| &c.id == id).unwrap_or(0);
            let mv = |up: bool| ctx.on_click(Action::Edit(Edit::MoveChapter { chapter: id.clone(), up }));
            let ask = {
                let confirm = confirm.clone();
                let id = id.clone();
                Callback::from(move |_| confirm.set(Some(id.clone())))
            };
            let asking = confirm.as_deref() == Some(id.as_str());
            let do_remove = {
                let ctx = ctx.clone();
                let confirm = confirm.clone();
                let id = id.clone();
                let label = t.label.clone();
                Callback::from(move |_| {
                    ctx.edit(Edit::RemoveChapter(id.clone()));
                    ctx.dispatch(Action::Notice(Some(Notice { text: format!("已删除章节“{label}”。"), undo: true, error: false })));
                    confirm.set(None);
                })
            };
            let cancel = {
                let confirm = confirm.clone();
                Callback::from(move |_| confirm.set(None))
            };
            html! {
                <div class="zj-task-tools">
                    { text_in("span", "zj-count", format!("{} 字", chapter_chars(&draft, &template, id)).into()) }
                    { button("zj-button zj-button-small zj-secondary", "上移".into(), mv(true), ro || index == 0, Some(format!("上移“{}”", t.label).into())) }
                    { button("zj-button zj-button-small zj-secondary", "下移".into(), mv(false), ro || index + 1 == chapter_count, Some(format!("下移“{}”", t.label).into())) }
                    if asking {
                        <span class="zj-confirm" role="alert">
                            { format!("确定删除“{}”吗？其中内容一并删除（可撤销）。", t.label) }
                            { button("zj-button zj-button-small zj-warning", "确定删除".into(), do_remove, false, None) }
                            { button("zj-button zj-button-small zj-secondary", "取消".into(), cancel, false, None) }
                        </span>
                    } else {
                        { button("zj-button zj-button-small zj-warning", "删除".into(), ask, ro, Some(format!("删除“{}”", t.label).into())) }
                    }
                </div>
            }
        } else {
            html! {}
        };
        html! {
            <li class={if matches!(t.page, Page::Chapter(_)) { "zj-task zj-task-chapter" } else { "zj-task" }}>
                <div class="zj-task-main">
                    <a href="#" class="zj-task-link" onclick={go} aria-describedby={status_id.clone()}>{ &t.label }</a>
                    if t.optional { <span class="zj-optional">{ "（可选）" }</span> }
                    <span class="zj-task-counts">
                        if errors > 0 { { text_in("span", "zj-count-error", format!("{errors} 处错误").into()) } }
                        if warnings > 0 { { text_in("span", "zj-count-warning", format!("{warnings} 处提醒").into()) } }
                    </span>
                    <strong id={status_id} class={st.class()}>{ st.label() }</strong>
                </div>
                { chapter_tools }
            </li>
        }
    });

    let available: Vec<(String, String)> = template
        .chapters
        .iter()
        .filter(|c| !draft.chapters.iter().any(|d| d.template_chapter.as_deref() == Some(c.id.as_str())))
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let add_catalogue = {
        let ctx = ctx.clone();
        let template = template.clone();
        let pick = pick.clone();
        let first = available.first().map(|(id, _)| id.clone()).unwrap_or_default();
        Callback::from(move |_| {
            let id = if pick.is_empty() { first.clone() } else { (*pick).clone() };
            if let Some(ch) = template.chapters.iter().find(|c| c.id == id).and_then(|spec| engine::chapter_from_spec(&template, spec)) {
                ctx.edit(Edit::AddChapter(ch));
                pick.set(String::new());
            }
        })
    };
    let add_custom = {
        let ctx = ctx.clone();
        let custom = custom.clone();
        Callback::from(move |_| {
            let heading = custom.trim().to_string();
            if heading.is_empty() {
                ctx.dispatch(Action::Notice(Some(Notice::error("请先填写新章节的标题。"))));
                return;
            }
            ctx.edit(Edit::AddChapter(Chapter { id: "custom".into(), heading, ..Chapter::default() }));
            custom.set(String::new());
        })
    };
    let pick_id = crate::ui::derived::ids::join(&p, "-add-chapter");
    let custom_id = crate::ui::derived::ids::join(&p, "-custom-chapter");
    let to = |page: Page| ctx.on_click(Action::Go(page));
    let percent = if total > 0 { done * 100 / total } else { 0 };
    // Parts written but not marked (进行中 or 有问题) show as a lighter stretch after the done ones.
    let started = all.iter().filter(|t| matches!(status(&draft, &findings, &t.key), Status::InProgress | Status::Problem)).count();
    let started_percent = if total > 0 { (started * 100 / total).min(100 - percent) } else { 0 };
    html! {
        <div class="zj-tasks-page">
            { text_in("span", "zj-caption", "任务列表".into()) }
            { page_heading(&p, engine::title(&draft, &template).into()) }
            { text_in("p", "zj-lead", format!("已完成 {done} / {total} 个部分{}，全文 {total_chars} 字。",
                if started > 0 { format!("，{started} 个正在写") } else { String::new() }).into()) }
            <div class="zj-progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.to_string()} aria-label="完成进度">
                <div class="zj-progress-bar" style={format!("width:{percent}%")}></div>
                <div class="zj-progress-started" style={format!("width:{started_percent}%")}></div>
            </div>
            { text_in("p", "zj-hint", "点部分名称开始填写。写好一部分，在该页底部勾选“我已完成这一部分”，或在“核对内容”中一次标记。未填写的可选部分不计入进度。所有修改自动保存在本机浏览器中，可以随时离开，下次打开本页时从这里继续。".into()) }
            <ol class="zj-task-list">{ for items }</ol>
            if !ro {
                <details class="zj-details">
                    <summary>{ "添加章节" }</summary>
                    if !available.is_empty() {
                        <div class="zj-form-group zj-inline-group">
                            <div>
                                <label class="zj-label" for={pick_id.clone()}>{ "从常用章节中选择" }</label>
                                <select id={pick_id} class="zj-select"
                                    onchange={let pick = pick.clone(); move |e: Event| pick.set(crate::web::form_value::value_of(&e))}>
                                    { for available.iter().map(|(id, name)| html! { <option value={id.clone()} selected={*pick == *id}>{ name }</option> }) }
                                </select>
                            </div>
                            { button("zj-button zj-secondary", "添加此章节".into(), add_catalogue, false, None) }
                        </div>
                    }
                    <div class="zj-form-group zj-inline-group">
                        <div>
                            <label class="zj-label" for={custom_id.clone()}>{ "或自拟章节标题" }</label>
                            <input id={custom_id} class="zj-input zj-input-wide" type="text" value={(*custom).clone()}
                                oninput={let custom = custom.clone(); move |e: InputEvent| custom.set(crate::web::form_value::value_of(&e))} />
                        </div>
                        { button("zj-button zj-secondary", "添加自拟章节".into(), add_custom, false, None) }
                    </div>
                </details>
            }
            <div class="zj-button-group">
                { button("zj-button", "核对内容".into(), to(Page::Review), false, None) }
                { button("zj-button zj-secondary", "导出".into(), to(Page::Export), false, None) }
            </div>
            if total > 0 && done == total {
                { text_in("p", "zj-ok", "所有部分均已完成，可以核对后导出。".into()) }
            }
        </div>
    }
}
