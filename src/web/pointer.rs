//! Whether a pointer button is held down, so that work started by a field losing focus can wait
//! for the click that moved the focus. A press on a button first takes the focus off the field
//! (its checks run and messages appear above it, pushing the button down) and only then is
//! released: without waiting, the release lands beside the button and the click is lost.
//! Watched once per page on the window (several mounted apps share it). Not for click handling
//! itself, which stays with the components.

use std::cell::RefCell;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;

type Job = Box<dyn FnOnce()>;

#[derive(Default)]
struct Press {
    watching: bool,
    down: bool,
    waiting: Vec<Job>,
}

thread_local! {
    static PRESS: RefCell<Press> = RefCell::new(Press::default());
}

/// Starts watching presses on the window (once; later calls do nothing).
pub fn watch() {
    let Some(window) = web_sys::window() else { return };
    if PRESS.with(|p| std::mem::replace(&mut p.borrow_mut().watching, true)) {
        return;
    }
    let capture = EventListenerOptions::run_in_capture_phase();
    // A tap moves the focus with the mouse events that follow the touch, so those count too.
    for name in ["pointerdown", "mousedown"] {
        EventListener::new_with_options(&window, name, capture, |_| PRESS.with(|p| p.borrow_mut().down = true)).forget();
    }
    // Released, cancelled (a drag, a touch turned into a scroll) or a key pressed meanwhile: the
    // press is over and what waited for it runs after the click it ends has been handled.
    for name in ["pointerup", "mouseup", "pointercancel", "keydown"] {
        EventListener::new_with_options(&window, name, capture, |_| released()).forget();
    }
}

fn released() {
    let waiting = PRESS.with(|p| {
        let mut p = p.borrow_mut();
        p.down = false;
        std::mem::take(&mut p.waiting)
    });
    if !waiting.is_empty() {
        // The click follows the release in the same task: a 0 ms timeout runs after it.
        Timeout::new(0, move || waiting.into_iter().for_each(|job| job())).forget();
    }
}

/// Runs `job` now, or, while a pointer button is held, once it is released and its click has
/// been handled.
pub fn after_press(job: impl FnOnce() + 'static) {
    let job = PRESS.with(|p| {
        let mut p = p.borrow_mut();
        if p.down {
            p.waiting.push(Box::new(job));
            None
        } else {
            Some(job)
        }
    });
    if let Some(job) = job {
        job();
    }
}
