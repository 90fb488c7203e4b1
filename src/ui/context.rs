//! The context every component reads: the reducer handle, the host's options and the values
//! derived from the draft (findings live, findings as last checked, debounced findings and
//! document). One per mounted app, so several apps on a page never share state.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::check::Finding;
use crate::core::document::Document;
use crate::core::model::Draft;
use crate::core::template::Template;
use crate::web::storage::Store;

use super::edit::Edit;
use super::options::AppOptions;
use super::state::{Action, AppState, Page};

/// The context: one shared [`Ctx`] behind an `Rc`, so a callback that keeps it costs one pointer
/// to clone and drop (not the eight fields one by one in every closure).
#[derive(Clone)]
pub struct AppContext(pub Rc<Ctx>);

impl std::ops::Deref for AppContext {
    type Target = Ctx;
    fn deref(&self) -> &Ctx {
        &self.0
    }
}

/// What the context holds (read through [`AppContext`]).
pub struct Ctx {
    pub state: UseReducerHandle<AppState>,
    pub options: Rc<AppOptions>,
    /// Findings of the whole draft once typing has settled (~400 ms): task statuses, review.
    pub findings: Rc<Vec<Finding>>,
    /// Findings as of the last check (leaving a field, 保存并继续): inline messages use these.
    pub shown: Rc<Vec<Finding>>,
    /// The side panel's findings: the same settled result as `findings`.
    pub panel: Rc<Vec<Finding>>,
    /// The assembled document after ~400 ms without typing: the preview.
    pub document: Rc<Document>,
    pub store: Option<Rc<Store>>,
    /// The app's outermost element (to find its own fields, also inside a shadow root).
    pub root: NodeRef,
}

impl PartialEq for AppContext {
    fn eq(&self, o: &Self) -> bool {
        let (s, o) = (&*self.0, &*o.0);
        s.state == o.state
            && Rc::ptr_eq(&s.options, &o.options)
            && Rc::ptr_eq(&s.findings, &o.findings)
            && Rc::ptr_eq(&s.shown, &o.shown)
            && Rc::ptr_eq(&s.panel, &o.panel)
            && Rc::ptr_eq(&s.document, &o.document)
    }
}

impl AppContext {
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action)
    }
    pub fn edit(&self, edit: Edit) {
        self.state.dispatch(Action::Edit(edit))
    }
    pub fn go(&self, page: Page) {
        self.state.dispatch(Action::Go(page))
    }
    pub fn draft(&self) -> Option<Rc<Draft>> {
        self.state.draft.clone()
    }
    pub fn template(&self) -> Option<Rc<Template>> {
        self.state.template.clone()
    }
    pub fn prefix(&self) -> String {
        self.options.prefix().to_string()
    }
    pub fn read_only(&self) -> bool {
        self.options.read_only || self.state.read_only
    }
    /// Callback for an input: dispatches `field` (an edit of one text, its text left empty)
    /// carrying what was typed. Data, not a closure per input: one callback type for all.
    pub fn on_text(&self, field: Edit) -> Callback<String> {
        let state = self.state.clone();
        Callback::from(move |text: String| state.dispatch(Action::Edit(field.with_text(text))))
    }
    /// Callback that dispatches `action` on every click (one closure type for all buttons).
    pub fn on_click(&self, action: Action) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    }
    /// Callback for a link (`href="#"`) that goes to `page` instead of following the href.
    pub fn link_to(&self, page: Page) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            state.dispatch(Action::Go(page.clone()));
        })
    }
    /// Callback that runs inline checks (for `onblur`): at once when the field is left with the
    /// keyboard; when a press moved the focus, after its click (the messages the checks add
    /// above the field would otherwise move the button from under the pointer).
    pub fn on_blur(&self) -> Callback<FocusEvent> {
        let state = self.state.clone();
        Callback::from(move |_| {
            let state = state.clone();
            crate::web::pointer::after_press(Box::new(move || state.dispatch(Action::Validate)))
        })
    }
    /// Shown findings for one DOM field id.
    pub fn messages_for(&self, field_id: &str) -> Vec<Finding> {
        let p = self.prefix();
        self.shown.iter().filter(|f| !f.acknowledged && super::derived::ids::of_finding(&p, f) == field_id).cloned().collect()
    }
}

/// The app context; components are only ever rendered inside `App`.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App")
}
