//! `use_debounced(value, ms)`: the value once it has stopped changing for `ms` milliseconds, so
//! that side panels do not flash while someone is mid-word.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, ms: u32) -> T {
    let settled = use_state(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timer = Timeout::new(ms, move || settled.set(value));
            move || drop(timer)
        });
    }
    (*settled).clone()
}
