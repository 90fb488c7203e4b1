//! Whether a pointer button is held down, so that work started by a field losing focus can wait
//! for the click that moved the focus. A press on a button first takes the focus off the field
//! (its checks run and messages appear above it, pushing the button down) and only then is
//! released: without waiting, the release lands beside the button and the click is lost.
//! Watched once per page on the window (every app mounted on it shares the watch). Not for click
//! handling itself, which stays with the components.

use std::cell::{Cell, RefCell};

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;

type Job = Box<dyn FnOnce()>;

thread_local! {
    static WATCHING: Cell<bool> = const { Cell::new(false) };
    static DOWN: Cell<bool> = const { Cell::new(false) };
    static WAITING: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
}

/// Starts watching presses on the window (once; later calls do nothing). Called when an app is
/// mounted.
pub fn watch() {
    let Some(window) = web_sys::window() else { return };
    if WATCHING.replace(true) {
        return;
    }
    // A tap moves the focus with the mouse events that follow the touch, so those count too.
    // Released, cancelled (a drag, a touch turned into a scroll) or a key pressed meanwhile: the
    // press is over, and what waited for it runs after the click it ends has been handled.
    for (name, down) in [
        ("pointerdown", true),
        ("mousedown", true),
        ("pointerup", false),
        ("mouseup", false),
        ("pointercancel", false),
        ("keydown", false),
    ] {
        let capture = EventListenerOptions::run_in_capture_phase();
        EventListener::new_with_options(&window, name, capture, move |_| pressed(down)).forget();
    }
}

fn pressed(down: bool) {
    DOWN.set(down);
    let waiting = if down { Vec::new() } else { WAITING.take() };
    if !waiting.is_empty() {
        // The click follows the release in the same task: a 0 ms timeout runs after it.
        Timeout::new(0, move || waiting.into_iter().for_each(|job| job())).forget();
    }
}

/// Runs `job` now, or, while a pointer button is held, once it is released and its click has
/// been handled.
pub fn after_press(job: Job) {
    if DOWN.get() {
        WAITING.with_borrow_mut(|w| w.push(job));
    } else {
        job();
    }
}
