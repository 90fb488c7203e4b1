//! The value of the form control an event came from. Inputs, text areas and selects are all read
//! through `HtmlInputElement`'s `value` getter (the browser's `value` property on each), so the
//! wasm imports one getter instead of one per element type. Not for writing values.

use wasm_bindgen::JsCast;

/// `e.target.value` (empty when the event has no target).
#[inline(never)]
pub fn value_of(e: &web_sys::Event) -> String {
    e.target().map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value()).unwrap_or_default()
}
