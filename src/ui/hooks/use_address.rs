//! The address follows the page, for the app on a page of its own (hosted or the single file):
//! each page the author moves to becomes a browser history entry (`#tasks`, `#opening`, …), and
//! the browser's Back and Forward move between those pages (one `Action::Go`) instead of leaving
//! the app. A wizard embedded in a host page never touches the host's history (`enabled` is off).
//! Not for reopening a draft on load: the stored draft opens on the task list, as always; that
//! first page takes the loaded entry's place (Back from it leaves the app), or, after a reload on
//! a page, follows it (Back returns to that page).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::use_effect_on;
use crate::ui::state::{Action, AppState, Page};

/// The page the address names: `Some(Page::Start)` without a fragment, `None` for a fragment that
/// is not a page's (e.g. the `#__panic` debug address).
fn page_in_address() -> Option<Page> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let slug = hash.strip_prefix('#').unwrap_or(&hash);
    let slug: String = js_sys::decode_uri_component(slug).map(String::from).unwrap_or_else(|_| slug.to_string());
    Page::from_slug(&slug)
}

/// Points the address at `page`, as a new history entry or in place of the current one.
fn show_in_address(page: &Page, replace: bool) {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let base = href.split('#').next().unwrap_or_default();
    let slug = page.slug();
    let url = if slug.is_empty() { base.to_string() } else { format!("{base}#{}", js_sys::encode_uri_component(&slug)) };
    let Ok(history) = window.history() else { return };
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Keeps the address in step with `page` (the page shown) when `enabled`. `restored` is set when
/// the stored draft was opened at load: the page it opens on replaces the loaded entry.
#[hook]
pub fn use_address(state: UseReducerHandle<AppState>, page: Page, enabled: bool, restored: Rc<RefCell<bool>>) {
    let shown = use_mut_ref(|| None::<Page>);
    {
        let (state, shown) = (state.clone(), shown.clone());
        use_effect_on(enabled, move |enabled| {
            let window = web_sys::window().filter(|_| *enabled);
            let listener = window.map(|w| {
                EventListener::new(&w, "popstate", move |_| {
                    if let Some(p) = page_in_address().filter(|p| shown.borrow().as_ref() != Some(p)) {
                        state.dispatch(Action::Go(p));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // The page asked for counts too: Back to a draft's page with no draft open shows the start
    // page, and the address is put back to it.
    use_effect_on((page, state.page.clone()), move |(page, _)| {
        if !enabled {
            return;
        }
        let previous = shown.borrow_mut().replace(page.clone());
        let at = page_in_address();
        // The first render is the start page: a debug fragment stays, a draft about to be restored
        // sets the address itself.
        if at.as_ref() == Some(page) || (previous.is_none() && (at.is_none() || *restored.borrow())) {
            return;
        }
        let replace = if previous == Some(Page::Start) && restored.replace(false) {
            // The draft restored at load: in the loaded entry's place, unless that entry named a
            // page (a reload on 结束语), which Back then returns to.
            matches!(at, None | Some(Page::Start))
        } else {
            // A new entry when the author moves on from the page the address shows; in place when
            // the address is out of step (the first render, Back to a page that cannot show).
            previous.is_none() || at != previous
        };
        show_in_address(page, replace);
    });
}
