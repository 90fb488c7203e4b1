//! 存在问题 and 下年工作打算: point lists; the plan also has its opening aim sentence.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::token_names::TokenNames;
use crate::ui::components::suggestions::fill;
use crate::ui::components::{point_list, suggestions, PartPage, TextArea};
use crate::ui::context::AppContext;
use crate::ui::derived::{ids, plan_title};
use crate::ui::edit::{Edit, PointList};
use crate::ui::state::Page;

/// The 存在问题 page.
pub fn problems(ctx: &AppContext) -> Result<PartPage, Html> {
    Ok(PartPage {
        title: "存在问题".into(),
        caption: "问题与不足",
        page: Page::Problems,
        children: html! { <>
            { point_list(ctx, PointList::Problems, "问题",
                "一般写二至四条，具体、实在，如“老旧小区改造任务重，资金缺口较大”。", Vec::new()) }
        </> },
    })
}

/// The 下年工作打算 page.
pub fn plan(ctx: &AppContext) -> Result<PartPage, Html> {
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return Err(Html::default()) };
    let on_intro = ctx.on_text(Edit::PlanIntro(String::new()));
    let examples: Vec<String> = template.plan_intro_examples.iter().map(|e| fill(e, &draft)).collect();
    let title = plan_title(&draft);
    Ok(PartPage {
        title: title.into(),
        caption: "下一年",
        page: Page::Plan,
        children: html! { <>
            { TextArea { id: ids::plan_intro(&ctx.prefix()).into(), label: "开头一句".into(), value: draft.plan_intro.clone().into(),
                on_input: on_intro.clone(), rows: 3, tokens: Some(Rc::new(TokenNames::of_draft(&draft, &template))),
                hint: Some("说明新一年的总体目标，如“下一年，街道将围绕……重点抓好以下工作：”。".into()), ..TextArea::default() }.view(ctx) }
            { suggestions(&examples, &on_intro) }
            <h2 class="zj-heading-m">{ "重点工作" }</h2>
            { point_list(ctx, PointList::Plan, "工作", "每条一项工作，引领句可用对仗短语，如“抓党建，强基础”。", Vec::new()) }
        </> },
    })
}
