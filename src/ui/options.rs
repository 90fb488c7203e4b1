//! What a host can set when it mounts the app (the hosted page uses the defaults): storage
//! namespace, template, initial draft, fixed unit/year, read-only mode, event callbacks and (for the
//! app on its own page) browser history entries.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::check::Finding;
use crate::core::model::Draft;
use crate::core::template::Template;

#[derive(Properties, Clone, PartialEq, Default)]
pub struct AppOptions {
    /// Prefix of every storage key (default `zongjie`).
    #[prop_or_default]
    pub storage_namespace: Option<String>,
    /// Turns autosave off (the host saves through `on_change`).
    #[prop_or_default]
    pub no_storage: bool,
    /// Template to use instead of the start page's choice.
    #[prop_or_default]
    pub template: Option<Rc<Template>>,
    /// Draft to open at once (setting a new one later replaces the open draft).
    #[prop_or_default]
    pub initial_draft: Option<Rc<Draft>>,
    /// Unit and year the author may not change.
    #[prop_or_default]
    pub fixed_unit: Option<String>,
    #[prop_or_default]
    pub fixed_year: Option<i32>,
    #[prop_or_default]
    pub read_only: bool,
    /// Prefix of DOM ids, unique per mounted app (default `zj`).
    #[prop_or_default]
    pub id_prefix: Option<String>,
    #[prop_or_default]
    pub on_change: Option<Callback<Draft>>,
    #[prop_or_default]
    pub on_findings: Option<Callback<Vec<Finding>>>,
    /// Called when the author exports (the host may take the draft at that point).
    #[prop_or_default]
    pub on_submit: Option<Callback<Draft>>,
    /// Each page is a browser history entry (`#tasks`, …): only for the app on a page of its own,
    /// never in a host page (whose history is the host's).
    #[prop_or_default]
    pub history: bool,
}

impl AppOptions {
    pub fn namespace(&self) -> &str {
        self.storage_namespace.as_deref().unwrap_or("zongjie")
    }
    pub fn prefix(&self) -> &str {
        self.id_prefix.as_deref().unwrap_or("zj")
    }
}
