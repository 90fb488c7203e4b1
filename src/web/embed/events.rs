//! The events a mounted wizard reports to its host (`ready`, `change`, `findings`, `submit`), and
//! the host's listeners for them. The same names are used by `handle.on(…)`, the custom element
//! (`zongjie-<name>` DOM events) and the iframe protocol (`{type: <name>}` messages).

/// One kind of event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedEvent {
    /// The first screen is on the page.
    Ready,
    /// The draft changed (argument: the draft).
    Change,
    /// The findings were recomputed after typing paused (argument: the findings array).
    Findings,
    /// The author exported the report (argument: the draft).
    Submit,
}

impl EmbedEvent {
    pub const ALL: [EmbedEvent; 4] = [EmbedEvent::Ready, EmbedEvent::Change, EmbedEvent::Findings, EmbedEvent::Submit];

    pub fn name(self) -> &'static str {
        match self {
            EmbedEvent::Ready => "ready",
            EmbedEvent::Change => "change",
            EmbedEvent::Findings => "findings",
            EmbedEvent::Submit => "submit",
        }
    }

    pub fn parse(name: &str) -> Result<EmbedEvent, String> {
        Self::ALL.into_iter().find(|e| e.name() == name).ok_or_else(|| {
            format!("没有名为“{name}”的事件。可监听的事件：ready、change、findings、submit。")
        })
    }
}

/// Host callbacks by event, in the order they were added.
#[derive(Default)]
pub struct Listeners(Vec<(EmbedEvent, js_sys::Function)>);

impl Listeners {
    pub fn add(&mut self, event: EmbedEvent, callback: js_sys::Function) {
        self.0.push((event, callback));
    }

    /// Removes the first registration of this callback for this event.
    pub fn remove(&mut self, event: EmbedEvent, callback: &js_sys::Function) {
        if let Some(i) = self.0.iter().position(|(e, f)| *e == event && f == callback) {
            self.0.remove(i);
        }
    }

    pub fn for_event(&self, event: EmbedEvent) -> Vec<js_sys::Function> {
        self.0.iter().filter(|(e, _)| *e == event).map(|(_, f)| f.clone()).collect()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}
