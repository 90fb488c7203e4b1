//! The root component. One `use_reducer` and one context per mounted app (no global state), so
//! several apps can live on one page. It computes the derived values (findings, document) with
//! `use_memo`, runs autosave and the two-tabs watch, handles Ctrl+Z / Ctrl+Shift+Z, reports
//! changes to the host, and lays out page, findings panel and preview.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::hooks::use_effect_on;

use crate::core::template::Template;
use crate::web::storage::{local_from_iso, Store, StorageError};

use super::components::error_summary::{element_in, focus_in};
use super::components::{banners, findings_panel, header, preview};
use super::derived::char_count;
use super::address;
use super::context::{AppContext, Ctx};
use super::engine;
use super::hooks::{use_autosave, use_debounced, use_tab_conflict};
use super::options::AppOptions;
use super::pages;
use super::state::{Action, AppState, Notice, Page};

/// How long the side panel and preview wait for typing to pause.
const SETTLE_MS: u32 = 400;

/// Scrolls the app's main column to the top of the view and puts focus on the page heading
/// (without a second scroll), so the page just reached is seen from its beginning.
fn focus_page_top(root: &NodeRef, prefix: &str) {
    if let Some(heading) = element_in(root, &super::derived::ids::page_heading(prefix)) {
        let _ = heading.focus();
    }
    if let Some(main) = element_in(root, &crate::ui::derived::ids::join(&prefix, "-main")) {
        main.scroll_into_view();
    }
}

/// The template a draft names: the host's, a built-in, or one stored from a template file.
pub fn resolve_template(options: &AppOptions, store: Option<&Store>, id: &str) -> Option<Rc<Template>> {
    if let Some(t) = options.template.as_ref().filter(|t| t.id == id || id.is_empty()) {
        return Some(t.clone());
    }
    engine::builtin_template(id)
        .or_else(|| store.and_then(|s| s.load_template(id)).map(Rc::new))
        .or_else(|| options.template.clone())
}

/// Opens the host's draft, else the draft edited last (reporting a corrupt one).
fn open_initial(state: &UseReducerHandle<AppState>, options: &AppOptions, store: Option<&Store>) {
    if let Some(d) = &options.initial_draft {
        match resolve_template(options, store, &d.template_id) {
            Some(template) => state.dispatch(Action::Open { draft: (**d).clone(), template, page: Page::Tasks }),
            None => state.dispatch(Action::Notice(Some(Notice::error(format!("找不到草稿使用的模板“{}”。", d.template_id))))),
        }
        return;
    }
    if state.draft.is_some() {
        return;
    }
    let Some(store) = store else { return };
    let Some(id) = store.current() else { return };
    match store.load(&id) {
        Ok(d) => {
            if let Some(template) = resolve_template(options, Some(store), &d.template_id) {
                let when = local_from_iso(&d.updated_at);
                state.dispatch(Action::Open { draft: d, template, page: Page::Tasks });
                state.dispatch(Action::Notice(Some(Notice::info(format!("已恢复上次编辑的草稿（保存于 {when}）。")))));
                if options.history {
                    address::restored();
                }
            }
        }
        Err(StorageError::Corrupt { .. }) => state.dispatch(Action::Notice(Some(Notice::error(
            "上次编辑的草稿已损坏，无法读取。可在下方“继续编辑草稿”中恢复它最近一个完好的版本。",
        )))),
        Err(_) => store.clear_current(),
    }
}

#[function_component(App)]
pub fn app(props: &AppOptions) -> Html {
    let options = use_memo(props.clone(), |p| Rc::new(p.clone()));
    let options: Rc<AppOptions> = (*options).clone();
    let store = use_memo((props.storage_namespace.clone(), props.no_storage), |(ns, off)| {
        (!*off).then(|| Rc::new(Store::new(ns.as_deref().unwrap_or("zongjie"))))
    });
    let store: Option<Rc<Store>> = (*store).clone();
    let state = use_reducer(|| AppState { read_only: props.read_only, ..AppState::default() });
    let show_preview = use_state(bool::default);
    let root = use_node_ref();

    {
        let state = state.clone();
        let options = options.clone();
        let store = store.clone();
        use_effect_on(props.initial_draft.clone(), move |_| open_initial(&state, &options, store.as_deref()));
    }

    let draft = state.draft.clone();
    let template = state.template.clone();
    // One checker per mounted app: after an edit it reads again only the fields that changed.
    let checker = use_mut_ref(engine::Checker::default);
    let compute = {
        let (template, checker) = (template.clone(), checker.clone());
        move |d: &Option<Rc<crate::core::model::Draft>>| match (d, &template) {
            (Some(d), Some(t)) => engine::findings_with(&checker, d, t),
            _ => Vec::new(),
        }
    };
    let shown = {
        let (checked, compute) = (state.checked.clone(), compute.clone());
        use_memo(state.checked.as_ref().map(|d| Rc::as_ptr(d) as usize), move |_| compute(&checked))
    };
    // While someone types, the whole draft is checked once typing settles, not on every
    // keystroke; any other change (a draft opened, a point added or moved, undo, leaving the
    // field) is checked at once. The side panel, task statuses, preview and host events share
    // this one result. 保存并继续 checks afresh on click.
    let typing = state.last_group.is_some();
    let settled = use_debounced(state.revision, SETTLE_MS, !typing);
    let findings = {
        let (draft, compute) = (draft.clone(), compute.clone());
        use_memo(settled, move |_| compute(&draft))
    };
    let panel = findings.clone();
    let document = {
        let (draft, template) = (draft.clone(), template.clone());
        use_memo(settled, move |_| match (&draft, &template) {
            (Some(d), Some(t)) => engine::document(d, t),
            _ => Default::default(),
        })
    };
    // The preview's HTML and character count follow the settled document.
    let preview_html = use_memo(document.clone(), |doc| (AttrValue::from(engine::to_html(doc)), char_count(&engine::to_text(doc))));

    use_autosave(state.clone(), store.clone());
    use_tab_conflict(state.clone(), store.clone());
    {
        let on_change = options.on_change.clone();
        let draft = draft.clone();
        use_effect_on(state.revision, move |_| {
            if let (Some(cb), Some(d)) = (on_change, draft) {
                cb.emit((*d).clone());
            }
        });
    }
    {
        let on_findings = options.on_findings.clone();
        use_effect_on(panel.clone(), move |panel| {
            if let Some(cb) = on_findings {
                cb.emit((**panel).clone());
            }
        });
    }

    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                return;
            }
            let action = match e.key().to_ascii_lowercase().as_str() {
                "z" if e.shift_key() => Action::Redo,
                "z" => Action::Undo,
                "y" => Action::Redo,
                _ => return,
            };
            if state.draft.is_some() {
                e.prevent_default();
                state.dispatch(action);
            }
        })
    };

    let ctx = AppContext(Rc::new(Ctx {
        state: state.clone(),
        options: options.clone(),
        findings,
        shown,
        panel,
        document,
        store,
        root: root.clone(),
    }));
    let page = match (&state.page, state.draft.is_some()) {
        (Page::Start | Page::Import | Page::CheckText, _) => state.page.clone(),
        (_, false) => Page::Start,
        (p, true) => p.clone(),
    };
    {
        // After moving to another page (保存并继续, a task, a nav link), the new page starts at its
        // top with focus on its heading, as a first-time user expects. Opening the stored draft at
        // load (start → task list) does not count: an embedding page must not scroll by itself.
        // On a page of its own, the address follows too (`address`).
        let (root, p, state, history) = (root.clone(), options.prefix().to_string(), state.clone(), options.history);
        let seen = use_mut_ref(|| None::<Page>);
        use_effect_on(page.clone(), move |page| {
            let previous = seen.borrow_mut().replace(page.clone());
            let moved = previous.as_ref().is_some_and(|prev| prev != page && !(*prev == Page::Start && *page == Page::Tasks));
            if moved {
                focus_page_top(&root, &p);
            }
            let listener = history.then(|| {
                address::follow(previous.as_ref(), page);
                address::on_back_forward(state, page.clone())
            });
            move || drop(listener)
        });
    }
    {
        // After a deletion (or a restored snapshot) focus goes to the notice's 撤销, so the next
        // key press cannot delete a second item by accident and undo is one Enter away.
        let (root, undo) = (root.clone(), format!("{}-undo", options.prefix()));
        let undo_notice = state.notice.as_ref().filter(|n| n.undo).map(|_| state.revision);
        use_effect_on(undo_notice, move |notice| {
            if notice.is_some() {
                focus_in(&root, &undo);
            }
        });
    }
    let with_side = state.draft.is_some() && !matches!(page, Page::Start | Page::Import | Page::CheckText);
    let toggle = {
        let show_preview = show_preview.clone();
        Callback::from(move |_| show_preview.set(!*show_preview))
    };
    let p = options.prefix().to_string();
    html! {
        <div class="zj-app" {onkeydown} ref={root}>
            <ContextProvider<AppContext> context={ctx.clone()}>
                { header(&ctx) }
                <div class="zj-container">
                    { banners(&ctx) }
                    if with_side {
                        <div class={if *show_preview { "zj-layout zj-show-preview" } else { "zj-layout" }}>
                            <main class="zj-main" id={crate::ui::derived::ids::join(&p, "-main")}>
                                <button type="button" class="zj-button zj-button-small zj-secondary zj-preview-toggle"
                                    aria-expanded={(*show_preview).to_string()} aria-controls={crate::ui::derived::ids::join(&p, "-side")} onclick={toggle}>
                                    { if *show_preview { "隐藏预览" } else { "显示预览" } }
                                </button>
                                { pages::view(&page) }
                            </main>
                            <aside class="zj-side" id={crate::ui::derived::ids::join(&p, "-side")} aria-label="检查结果与预览">
                                { findings_panel(&ctx, false) }
                                { preview(&preview_html.0, preview_html.1) }
                            </aside>
                        </div>
                    } else {
                        <main class="zj-main zj-main-full" id={crate::ui::derived::ids::join(&p, "-main")}>{ pages::view(&page) }</main>
                    }
                </div>
            </ContextProvider<AppContext>>
        </div>
    }
}
