//! 重点工作完成情况: rows of task, target, actual and a note. Figure tokens in the task and the
//! note show by indicator name (`core::token_names`).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::token_names::TokenNames;
use crate::ui::components::text_area::storing;
use crate::ui::components::{PartPage, TextArea, TextField};
use crate::ui::components::markup::{button, text_in};
use crate::ui::context::AppContext;
use crate::ui::derived::ids;
use crate::ui::edit::{Edit, TaskField};
use crate::ui::state::{Action, Notice, Page};

/// The key tasks page.
pub fn view(ctx: &AppContext) -> Result<PartPage, Html> {
    let Some(draft) = ctx.draft() else { return Err(Html::default()) };
    let p = ctx.prefix();
    let names = Rc::new(ctx.template().map(|t| TokenNames::of_draft(&draft, &t)).unwrap_or_default());
    let add = ctx.on_click(Action::Edit(Edit::AddKeyTask));
    Ok(PartPage {
        title: "重点工作完成情况".into(),
        caption: "可选部分",
        page: Page::KeyTasks,
        children: html! { <>
            { text_in("p", "zj-hint", "逐项对照区政府工作报告确定的重点工作，写明目标和实际完成情况。".into()) }
            <ol class="zj-points">
            { for draft.key_tasks.iter().enumerate().map(|(i, t)| {
                let on = |f: TaskField| ctx.on_text(Edit::KeyTask { index: i, field: f, text: String::new() });
                let on_task = storing(&names, on(TaskField::Task));
                let remove = {
                    let ctx = ctx.clone();
                    Callback::from(move |_| {
                        ctx.edit(Edit::RemoveKeyTask(i));
                        ctx.dispatch(Action::Notice(Some(Notice { text: format!("已删除第 {} 项。", i + 1), undo: true, error: false })));
                    })
                };
                html! {
                    <li class="zj-point">
                        <fieldset class="zj-fieldset">
                            { text_in("legend", "zj-legend-s", format!("第 {} 项", i + 1).into()) }
                            { TextField { id: ids::key_task(&p, i, "task").into(), label: "工作任务".into(), value: names.to_display(&t.task).into(), on_input: on_task, ..TextField::default() }.view(ctx) }
                            <div class="zj-inline-group">
                                { TextField { id: ids::key_task(&p, i, "target").into(), label: "目标".into(), value: t.target.clone().into(), on_input: on(TaskField::Target), class: "zj-input-medium", ..TextField::default() }.view(ctx) }
                                { TextField { id: ids::key_task(&p, i, "actual").into(), label: "实际完成".into(), value: t.actual.clone().into(), on_input: on(TaskField::Actual), class: "zj-input-medium", ..TextField::default() }.view(ctx) }
                            </div>
                            { TextArea { id: ids::key_task(&p, i, "note").into(), label: "完成情况说明".into(), value: t.note.clone().into(), on_input: on(TaskField::Note), rows: 3, tokens: Some(names.clone()), ..TextArea::default() }.view(ctx) }
                            { button("zj-button zj-button-small zj-warning", format!("删除第 {} 项", i + 1).into(), remove, false, None) }
                        </fieldset>
                    </li>
                }
            }) }
            </ol>
            { button("zj-button zj-secondary", "添加一项重点工作".into(), add, ctx.read_only(), None) }
        </> },
    })
}
