//! `use_debounced(value, ms, now)`: the value once it has stopped changing for `ms` milliseconds,
//! so that side panels do not flash while someone is mid-word — or at once when `now` is true
//! (a draft opened, a point added or moved, undo, leaving a field): only typing waits.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::use_effect_on;

#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, ms: u32, now: bool) -> T {
    let settled = use_state_eq(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_on((value.clone(), now), move |(value, now)| {
            let value = value.clone();
            let timer = if *now {
                settled.set(value);
                None
            } else {
                Some(Timeout::new(ms, move || settled.set(value)))
            };
            move || drop(timer)
        });
    }
    if now {
        value
    } else {
        (*settled).clone()
    }
}
