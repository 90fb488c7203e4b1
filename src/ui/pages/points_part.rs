//! 存在问题 and 下年工作打算: point lists; the plan also has its opening aim sentence.

use yew::prelude::*;

use crate::ui::components::suggestions::fill;
use crate::ui::components::{PartPage, PointListEditor, Suggestions, TextArea};
use crate::ui::context::use_app;
use crate::ui::derived::{ids, next_year};
use crate::ui::edit::{Edit, PointList};
use crate::ui::state::Page;

#[function_component(ProblemsPage)]
pub fn problems_page() -> Html {
    html! {
        <PartPage title="存在问题" caption={Some(AttrValue::from("问题与不足"))} page={Page::Problems}>
            <PointListEditor list={PointList::Problems} noun="问题"
                hint={Some(AttrValue::from("一般写二至四条，具体、实在，如“老旧小区改造任务重，资金缺口较大”。"))} />
        </PartPage>
    }
}

#[function_component(PlanPage)]
pub fn plan_page() -> Html {
    let ctx = use_app();
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return html! {} };
    let on_intro = ctx.on_text(Edit::PlanIntro);
    let examples: Vec<String> = template.plan_intro_examples.iter().map(|e| fill(e, &draft)).collect();
    let title = format!("{}年工作打算", next_year(&draft));
    html! {
        <PartPage title={title} caption={Some(AttrValue::from("下一年"))} page={Page::Plan}>
            <TextArea id={ids::plan_intro(&ctx.prefix())} label="开头一句" value={draft.plan_intro.clone()} on_input={on_intro.clone()} rows={3}
                hint={Some(AttrValue::from("说明新一年的总体目标，如“下一年，街道将围绕……重点抓好以下工作：”。"))} />
            <Suggestions examples={examples} on_use={on_intro} />
            <h2 class="zj-heading-m">{ "重点工作" }</h2>
            <PointListEditor list={PointList::Plan} noun="工作"
                hint={Some(AttrValue::from("每条一项工作，引领句可用对仗短语，如“抓党建，强基础”。"))} />
        </PartPage>
    }
}
