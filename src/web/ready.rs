//! The `zongjie-ready` performance mark: set once, when the first screen is on the page.
//! Benchmarks and end-to-end tests wait for it (`performance.getEntriesByName("zongjie-ready")`);
//! its `startTime` is the time from navigation start to the first screen.

use std::sync::atomic::{AtomicBool, Ordering};

/// Name of the performance mark.
pub const READY_MARK: &str = "zongjie-ready";

static MARKED: AtomicBool = AtomicBool::new(false);

/// Sets the `zongjie-ready` mark; later calls do nothing, so any component may call it.
pub fn mark_ready() {
    if MARKED.swap(true, Ordering::Relaxed) {
        return;
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(READY_MARK);
    }
}
