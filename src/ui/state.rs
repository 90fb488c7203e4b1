//! The app's state and its reducer: which draft is open, on which page, with undo/redo history.
//!
//! Plain data and one `match` over [`Action`]. Derived values (findings, the document, progress)
//! are never stored here: components compute them from the draft with `use_memo` (see `derived`).
//! Side effects (storage, downloads) happen in hooks and components, which then dispatch.

use std::rc::Rc;

use yew::Reducible;

use crate::core::model::Draft;
use crate::core::template::Template;

use super::edit::Edit;

/// How many undo steps are kept.
pub const UNDO_LIMIT: usize = 100;

/// Where the author is.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Start,
    Tasks,
    Meta,
    Opening,
    Chapter(String),
    Problems,
    Plan,
    KeyTasks,
    Honours,
    Closing,
    /// 核对内容.
    Review,
    /// 导出.
    Export,
    /// 历史版本 (snapshots).
    History,
    /// 导入已有总结 (the import helper's page).
    Import,
    /// 检查文本 (the import helper's page).
    CheckText,
}

impl Page {
    /// The page's name in the address (`#tasks`, `#chapter-{id}`; the start page has none).
    pub fn slug(&self) -> String {
        match self {
            Page::Chapter(id) => format!("chapter-{id}"),
            p => SLUGS.iter().find(|(_, q)| q == p).map(|(s, _)| s.to_string()).unwrap_or_default(),
        }
    }

    /// The page a slug names (`None` for any other address, such as a debug fragment).
    pub fn from_slug(slug: &str) -> Option<Page> {
        match slug.strip_prefix("chapter-") {
            Some(id) if !id.is_empty() => Some(Page::Chapter(id.to_string())),
            _ => SLUGS.iter().find(|(s, _)| *s == slug).map(|(_, p)| p.clone()),
        }
    }

    /// Pages that edit one part of the draft.
    pub fn is_part(&self) -> bool {
        matches!(
            self,
            Page::Meta | Page::Opening | Page::Chapter(_) | Page::Problems | Page::Plan | Page::KeyTasks | Page::Honours | Page::Closing
        )
    }
}

/// The address names of the pages other than chapters (see [`Page::slug`]).
const SLUGS: [(&str, Page); 14] = [
    ("", Page::Start),
    ("tasks", Page::Tasks),
    ("meta", Page::Meta),
    ("opening", Page::Opening),
    ("problems", Page::Problems),
    ("plan", Page::Plan),
    ("key-tasks", Page::KeyTasks),
    ("honours", Page::Honours),
    ("closing", Page::Closing),
    ("review", Page::Review),
    ("export", Page::Export),
    ("history", Page::History),
    ("import", Page::Import),
    ("check-text", Page::CheckText),
];

/// A short message shown at the top of the page, optionally with an undo button.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub undo: bool,
    pub error: bool,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Notice { text: text.into(), undo: false, error: false }
    }
    pub fn error(text: impl Into<String>) -> Self {
        Notice { text: text.into(), undo: false, error: true }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub draft: Option<Rc<Draft>>,
    pub template: Option<Rc<Template>>,
    pub page: Page,
    /// Where 保存并继续 goes after an edit started from 核对内容.
    pub return_to: Option<Page>,
    pub undo: Vec<Rc<Draft>>,
    pub redo: Vec<Rc<Draft>>,
    /// Group of the last edit, so a burst of typing in one field is one undo step.
    pub last_group: Option<String>,
    /// Bumped on every change of the draft; autosave watches it.
    pub revision: u64,
    /// The draft as it was when checks last ran for inline messages (on leaving a field or on
    /// 保存并继续); inline messages and the error summary are computed from it. `None` on a new
    /// report until a field or the page is left: nothing is shown as a problem yet, in the form
    /// or in the side panel.
    pub checked: Option<Rc<Draft>>,
    /// The error summary is shown (after 保存并继续 found errors on this page).
    pub summary: bool,
    /// 已保存 HH:MM:SS.
    pub saved_at: Option<String>,
    /// The revision last written to storage; differs from `revision` while a save is due.
    pub saved_revision: u64,
    /// Storage failed: what to tell the author (they are offered the draft file).
    pub storage_problem: Option<String>,
    /// Another tab changed this draft; autosave pauses until the author decides.
    pub conflict: bool,
    pub notice: Option<Notice>,
    pub read_only: bool,
}

#[derive(Clone)]
pub enum Action {
    /// Opens a saved, imported or file draft on a page; its findings show at once.
    Open { draft: Draft, template: Rc<Template>, page: Page },
    /// Starts a new report on 基本信息 with nothing checked yet: its fields and the side panel
    /// show messages once a field is left, on 保存并继续 or on going to another page (GOV.UK),
    /// not before anything is typed.
    New { draft: Draft, template: Rc<Template> },
    /// Back to the start page with no draft open.
    Close,
    Go(Page),
    /// Goes to a part's page from 核对内容, returning there after 保存并继续.
    EditFrom { page: Page, back: Page },
    /// 保存并继续: to `return_to` or the next page.
    Continue(Page),
    Edit(Edit),
    /// Replaces the draft with an older version (a snapshot), as one undoable step.
    Restore(Draft),
    Undo,
    Redo,
    /// Runs inline checks on the current draft (leaving a field).
    Validate,
    /// Shows or hides the error summary (and validates).
    Summary(bool),
    /// Storage holds `revision`, written at `at` (HH:MM:SS).
    Saved { at: String, revision: u64 },
    StorageProblem(Option<String>),
    Conflict(bool),
    Notice(Option<Notice>),
}

impl AppState {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    /// A change is waiting to be written to storage.
    pub fn dirty(&self) -> bool {
        self.draft.is_some() && self.saved_revision < self.revision
    }

    fn set_draft(&mut self, draft: Rc<Draft>) {
        self.draft = Some(draft);
        self.revision += 1;
    }

    /// A fresh state for `draft` on `page`, keeping the save bookkeeping and read-only mode;
    /// `check_now`: its findings show at once (not for a new report, see `Action::New`).
    fn opened(&self, draft: Draft, template: Rc<Template>, page: Page, check_now: bool) -> AppState {
        let draft = Rc::new(draft);
        AppState {
            saved_revision: self.saved_revision,
            checked: check_now.then(|| draft.clone()),
            draft: Some(draft),
            template: Some(template),
            page,
            revision: self.revision + 1,
            read_only: self.read_only,
            ..AppState::default()
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Open { draft, template, page } => s = s.opened(draft, template, page, true),
            Action::New { draft, template } => s = s.opened(draft, template, Page::Meta, false),
            Action::Close => {
                s = AppState { revision: s.revision, saved_revision: s.revision, read_only: s.read_only, ..AppState::default() };
            }
            Action::Go(page) => {
                s.page = page;
                // Leaving the first page of a new report ends its "nothing checked yet".
                s.checked = s.checked.take().or_else(|| s.draft.clone());
                s.return_to = None;
                s.summary = false;
                s.notice = None;
                s.last_group = None;
            }
            Action::EditFrom { page, back } => {
                s.page = page;
                s.return_to = Some(back);
                s.summary = false;
                s.notice = None;
            }
            Action::Continue(next) => {
                s.page = s.return_to.take().unwrap_or(next);
                s.summary = false;
                s.notice = None;
                s.last_group = None;
                s.checked = s.draft.clone();
            }
            Action::Edit(edit) => {
                if s.read_only {
                    return self;
                }
                let Some(current) = s.draft.clone() else { return self };
                let mut next = (*current).clone();
                if !edit.apply(&mut next) || next == *current {
                    return self;
                }
                let group = edit.group();
                if group.is_none() || group != s.last_group {
                    s.undo.push(current);
                    if s.undo.len() > UNDO_LIMIT {
                        s.undo.remove(0);
                    }
                }
                s.redo.clear();
                s.last_group = group;
                s.set_draft(Rc::new(next));
            }
            Action::Restore(draft) => {
                if let Some(current) = s.draft.clone() {
                    s.undo.push(current);
                }
                s.redo.clear();
                s.last_group = None;
                let draft = Rc::new(draft);
                s.checked = Some(draft.clone());
                s.set_draft(draft);
            }
            Action::Undo => {
                let Some(prev) = s.undo.pop() else { return self };
                if let Some(current) = s.draft.clone() {
                    s.redo.push(current);
                }
                s.last_group = None;
                s.notice = None;
                s.checked = Some(prev.clone());
                s.set_draft(prev);
            }
            Action::Redo => {
                let Some(next) = s.redo.pop() else { return self };
                if let Some(current) = s.draft.clone() {
                    s.undo.push(current);
                }
                s.last_group = None;
                s.checked = Some(next.clone());
                s.set_draft(next);
            }
            Action::Validate => {
                if s.checked.as_ref().map(Rc::as_ptr) == s.draft.as_ref().map(Rc::as_ptr) {
                    return self;
                }
                s.checked = s.draft.clone();
                s.last_group = None;
            }
            Action::Summary(show) => {
                s.summary = show;
                s.checked = s.draft.clone();
            }
            Action::Saved { at, revision } => {
                s.saved_at = Some(at);
                s.saved_revision = s.saved_revision.max(revision);
                s.storage_problem = None;
            }
            Action::StorageProblem(p) => s.storage_problem = p,
            Action::Conflict(c) => s.conflict = c,
            Action::Notice(n) => s.notice = n,
        }
        Rc::new(s)
    }
}
