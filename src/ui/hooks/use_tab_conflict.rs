//! Two tabs editing one draft: when another tab writes the open draft's key (a `storage` event),
//! autosave pauses and the author is asked which version to keep, instead of both overwriting
//! each other silently.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_effect_on;

use crate::web::storage::Store;

use crate::ui::state::{Action, AppState};

#[hook]
pub fn use_tab_conflict(state: UseReducerHandle<AppState>, store: Option<Rc<Store>>) {
    let id = state.draft.as_ref().map(|d| d.id.clone());
    use_effect_on(id, move |id| {
        let listener = match (store, id.clone(), web_sys::window()) {
            (Some(store), Some(id), Some(window)) => {
                let key = store.draft_key(&id);
                Some(EventListener::new(&window, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
                    if e.key().as_deref() == Some(key.as_str()) && e.new_value().is_some() {
                        state.dispatch(Action::Conflict(true));
                    }
                }))
            }
            _ => None,
        };
        move || drop(listener)
    });
}
