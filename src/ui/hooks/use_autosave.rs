//! Autosave: about 600 ms after the last change the draft goes to storage (well within a second)
//! and the header shows 已保存 HH:MM:SS; a failure is reported instead. Leaving the page saves
//! at once.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::use_effect_on;

use crate::core::model::Draft;
use crate::web::storage::{clock, now_iso, now_ms, Store};

use crate::ui::state::{Action, AppState};

const DELAY_MS: u32 = 600;

fn save(store: &Store, draft: &Draft, force: bool) -> Result<String, String> {
    let mut draft = draft.clone();
    draft.updated_at = now_iso();
    let now = now_ms();
    store.save(&draft, now, force).map(|_| clock(now)).map_err(|e| e.to_string())
}

#[hook]
pub fn use_autosave(state: UseReducerHandle<AppState>, store: Option<Rc<Store>>) {
    let paused = state.conflict || state.read_only;
    let draft = state.draft.clone();
    let revision = state.revision;
    let page = state.page.clone();
    {
        let state = state.clone();
        let store = store.clone();
        let draft = draft.clone();
        use_effect_on((revision, paused), move |(_, paused)| {
            let timer = match (store, draft, paused) {
                (Some(store), Some(draft), false) => Some(Timeout::new(DELAY_MS, move || match save(&store, &draft, false) {
                    Ok(at) => state.dispatch(Action::Saved { at, revision }),
                    Err(e) => state.dispatch(Action::StorageProblem(Some(e))),
                })),
                _ => None,
            };
            move || drop(timer)
        });
    }
    // A page change is a natural checkpoint: a snapshot, unless the newest one says the same.
    {
        let store = store.clone();
        let draft = draft.clone();
        let state = state.clone();
        use_effect_on(page, move |_| {
            if let (Some(store), Some(draft), false) = (store, draft, paused) {
                if let Ok(at) = save(&store, &draft, true) {
                    state.dispatch(Action::Saved { at, revision });
                }
            }
        });
    }
    // Leaving or hiding the page with a change not yet written: save now.
    let dirty = state.dirty();
    use_effect_on((revision, paused, dirty), move |(_, paused, dirty)| {
        let write = !*paused && *dirty;
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "pagehide", move |_| {
                if let (Some(store), Some(draft), true) = (&store, &draft, write) {
                    let _ = save(store, draft, false);
                }
            })
        });
        move || drop(listener)
    });
}
