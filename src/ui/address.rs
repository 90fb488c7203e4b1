//! The address follows the page, for the app on a page of its own (hosted or the single file):
//! each page the author moves to becomes a browser history entry (`#tasks`, `#opening`, …), and
//! the browser's Back and Forward move between those pages (one `Action::Go`) instead of leaving
//! the app. A wizard embedded in a host page never touches the host's history (`AppOptions::
//! history` is off there). The stored draft still opens on the task list at load; that first page
//! takes the loaded entry's place (Back from it leaves the app), or, after a reload on a page,
//! follows it (Back returns to that page). Run by `App`'s effect on the page shown.

use gloo::events::EventListener;
use yew::UseReducerHandle;

use super::state::{Action, AppState, Page};

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
    let Some(Ok(history)) = web_sys::window().map(|w| w.history()) else { return };
    // Relative to the page's own address; "" is that address without a fragment.
    let slug = page.slug();
    let url = if slug.is_empty() { slug } else { format!("#{}", js_sys::encode_uri_component(&slug)) };
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// The page shown went from `previous` (`None`: the first render, whose address stays as loaded)
/// to `page`: a new entry when the author moves on from the page the address shows; in place when
/// the address is out of step (Back to a page that cannot show without a draft).
pub fn follow(previous: Option<&Page>, page: &Page) {
    let Some(previous) = previous else { return };
    let at = page_in_address();
    if at.as_ref() != Some(page) {
        show_in_address(page, at.as_ref() != Some(previous));
    }
}

/// The stored draft was opened at load on the task list: it takes the loaded entry's place (Back
/// leaves the app), unless that entry named a page (a reload on 结束语), which Back returns to.
pub fn restored() {
    show_in_address(&Page::Tasks, matches!(page_in_address(), None | Some(Page::Start)));
}

/// While `page` is shown: Back or Forward to another page's entry goes to that page.
pub fn on_back_forward(state: UseReducerHandle<AppState>, page: Page) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        if let Some(p) = page_in_address().filter(|p| *p != page) {
            state.dispatch(Action::Go(p));
        }
    }))
}
