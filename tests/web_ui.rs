//! Component tests of the wizard in a real browser (wasm-bindgen-test, headless Chromium):
//! the reducer's undo/redo, and the App rendered into the DOM — new report, typing into a field
//! with bubbling input events, live title and preview, autosave and reopening.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::Reducible;

use zongjie::core::model::Draft;
use zongjie::core::template;
use zongjie::ui::edit::{Edit, MetaField, PointList};
use zongjie::ui::state::{Action, AppState, Page, UNDO_LIMIT};
use zongjie::ui::{App, AppOptions};

wasm_bindgen_test_configure!(run_in_browser);

fn opened() -> Rc<AppState> {
    let t = Rc::new(template::builtin_templates().into_iter().next().expect("a built-in template"));
    let draft = t.new_draft("d1", "新华街道办事处", 2025);
    Rc::new(AppState::default()).reduce(Action::Open { draft, template: t, page: Page::Tasks })
}

fn unit(s: &AppState) -> String {
    s.draft.as_ref().map(|d| d.meta.unit.clone()).unwrap_or_default()
}

#[wasm_bindgen_test]
fn typing_in_one_field_is_one_undo_step_and_redo_restores_it() {
    let s = opened();
    let s = s.reduce(Action::Edit(Edit::Meta(MetaField::Unit, "甲".into())));
    let s = s.reduce(Action::Edit(Edit::Meta(MetaField::Unit, "甲乙".into())));
    let s = s.reduce(Action::Edit(Edit::Opening("导语".into())));
    assert_eq!(s.undo.len(), 2, "a burst in one field is one step");
    let s = s.reduce(Action::Undo);
    assert_eq!(s.draft.as_ref().unwrap().opening, "");
    assert_eq!(unit(&s), "甲乙");
    let s = s.reduce(Action::Undo);
    assert_eq!(unit(&s), "新华街道办事处");
    assert!(!s.can_undo());
    let s = s.reduce(Action::Redo).reduce(Action::Redo);
    assert_eq!(unit(&s), "甲乙");
    assert_eq!(s.draft.as_ref().unwrap().opening, "导语");
    // A new edit after undo drops the redo stack.
    let s = s.reduce(Action::Undo).reduce(Action::Edit(Edit::Closing("结束".into())));
    assert!(!s.can_redo());
}

#[wasm_bindgen_test]
fn structural_edits_are_separate_steps_and_history_is_capped() {
    let mut s = opened();
    let first = s.revision;
    for _ in 0..(UNDO_LIMIT + 10) {
        s = s.reduce(Action::Edit(Edit::AddPoint(PointList::Problems)));
    }
    assert_eq!(s.undo.len(), UNDO_LIMIT);
    assert_eq!(s.draft.as_ref().unwrap().problems.len(), UNDO_LIMIT + 10);
    assert!(s.revision > first);
    // A stale index changes nothing and records nothing.
    let before = s.undo.len();
    let s = s.reduce(Action::Edit(Edit::RemovePoint(PointList::Plan, 99)));
    assert_eq!(s.undo.len(), before);
}

#[wasm_bindgen_test]
fn removing_a_chapter_can_be_undone_and_read_only_ignores_edits() {
    let s = opened();
    let id = s.draft.as_ref().unwrap().chapters[0].id.clone();
    let n = s.draft.as_ref().unwrap().chapters.len();
    let s = s.reduce(Action::Edit(Edit::RemoveChapter(id.clone())));
    assert_eq!(s.draft.as_ref().unwrap().chapters.len(), n - 1);
    let s = s.reduce(Action::Undo);
    assert_eq!(s.draft.as_ref().unwrap().chapters[0].id, id);
    let mut ro = (*s).clone();
    ro.read_only = true;
    let ro = Rc::new(ro).reduce(Action::Edit(Edit::Opening("x".into())));
    assert_eq!(ro.draft.as_ref().unwrap().opening, "");
}

// ---- DOM tests ----

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn mount(options: AppOptions) -> (Element, yew::AppHandle<App>) {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), options).render();
    (root, handle)
}

async fn settle(ms: u32) {
    yew::scheduler::flush().await;
    TimeoutFuture::new(ms).await;
    yew::scheduler::flush().await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element {selector}"))
}

fn click(root: &Element, selector: &str) {
    find(root, selector).dyn_into::<HtmlElement>().unwrap().click();
}

fn click_text(root: &Element, selector: &str, text: &str) {
    let list = root.query_selector_all(selector).unwrap();
    for i in 0..list.length() {
        let el: HtmlElement = list.get(i).unwrap().dyn_into().unwrap();
        if el.text_content().unwrap_or_default().contains(text) {
            el.click();
            return;
        }
    }
    panic!("no {selector} with text {text}");
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let el = find(root, selector);
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn namespace(name: &str) -> String {
    format!("zjtest-{name}-{}", (js_sys::Math::random() * 1e9) as u64)
}

#[wasm_bindgen_test]
async fn new_report_title_updates_live_and_the_preview_follows() {
    let ns = namespace("live");
    let (root, handle) = mount(AppOptions { storage_namespace: Some(ns.clone()), ..AppOptions::default() });
    settle(0).await;
    assert!(text(&root, "h1").contains("撰写"), "start page first");
    click(&root, ".zj-card button");
    settle(0).await;
    assert_eq!(text(&root, "h1"), "基本信息");
    type_into(&root, "#zj-meta-unit", "青石街道办事处");
    type_into(&root, "#zj-meta-year", "2025");
    settle(0).await;
    let title = text(&root, ".zj-title-preview-text");
    assert!(title.starts_with("青石街道办事处2025年工作总结"), "live title: {title}");
    settle(500).await;
    let preview = text(&root, ".zj-preview .zj-doc");
    assert!(preview.contains("青石街道办事处2025年工作总结"), "preview: {preview}");
    // Autosave wrote the draft under the namespace.
    settle(700).await;
    let ls = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let current = ls.get_item(&format!("{ns}:current")).unwrap().expect("current id saved");
    let saved = ls.get_item(&format!("{ns}:draft:{current}")).unwrap().expect("draft saved");
    assert_eq!(Draft::from_json(&saved).unwrap().meta.unit, "青石街道办事处");
    assert!(text(&root, ".zj-header").contains("已保存"));
    handle.destroy();

    // Reopening with the same namespace restores the draft on the task list.
    let (root2, handle2) = mount(AppOptions { storage_namespace: Some(ns), ..AppOptions::default() });
    settle(0).await;
    assert!(text(&root2, "h1").contains("青石街道办事处2025年"), "restored: {}", text(&root2, "h1"));
    assert!(text(&root2, ".zj-banner").contains("已恢复"));
    handle2.destroy();
}

#[wasm_bindgen_test]
async fn points_are_added_typed_and_undone_with_ctrl_z() {
    let ns = namespace("points");
    let (root, handle) = mount(AppOptions { storage_namespace: Some(ns), ..AppOptions::default() });
    settle(0).await;
    click(&root, ".zj-card button");
    settle(0).await;
    click_text(&root, ".zj-nav-link", "任务列表");
    settle(0).await;
    click(&root, ".zj-task-chapter .zj-task-link");
    settle(0).await;
    click_text(&root, "button", "添加一条要点");
    settle(0).await;
    let body = root.query_selector("textarea[id$='-0-body']").unwrap().expect("point body");
    let body_id = body.id();
    type_into(&root, &format!("#{body_id}"), "开展培训12场次。");
    settle(0).await;
    assert!(text(&root, ".zj-point").contains("字"));
    // Ctrl+Z on the app undoes the typing.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("z");
    init.set_ctrl_key(true);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    find(&root, &format!("#{body_id}")).dispatch_event(&ev).unwrap();
    settle(0).await;
    let area: HtmlTextAreaElement = find(&root, &format!("#{body_id}")).dyn_into().unwrap();
    assert_eq!(area.value(), "");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn two_apps_on_one_page_keep_their_own_state() {
    let (a, ha) = mount(AppOptions { storage_namespace: Some(namespace("a")), id_prefix: Some("a".into()), ..AppOptions::default() });
    let (b, hb) = mount(AppOptions { storage_namespace: Some(namespace("b")), id_prefix: Some("b".into()), ..AppOptions::default() });
    settle(0).await;
    click(&a, ".zj-card button");
    settle(0).await;
    assert_eq!(text(&a, "h1"), "基本信息");
    assert!(text(&b, "h1").contains("撰写"), "the other app stays on its start page");
    type_into(&a, "#a-meta-unit", "甲街道");
    settle(0).await;
    assert!(b.query_selector("#b-meta-unit").unwrap().is_none());
    ha.destroy();
    hb.destroy();
}

#[wasm_bindgen_test]
async fn a_select_follows_the_draft_after_undo() {
    let (root, handle) = mount(AppOptions { storage_namespace: Some(namespace("select")), ..AppOptions::default() });
    settle(0).await;
    click(&root, ".zj-card button");
    settle(0).await;
    type_into(&root, "#zj-meta-unit", "青石街道办事处");
    let select: web_sys::HtmlSelectElement = find(&root, "#zj-meta-connector").dyn_into().unwrap();
    select.set_value("及");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle(0).await;
    assert!(text(&root, ".zj-title-preview-text").contains("工作总结及"), "{}", text(&root, ".zj-title-preview-text"));
    click_text(&root, ".zj-header button", "撤销");
    settle(0).await;
    assert_eq!(select.value(), "和", "the shown option follows the undone draft");
    assert!(text(&root, ".zj-title-preview-text").contains("工作总结和"));
    handle.destroy();
}
