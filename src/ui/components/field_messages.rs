//! The messages shown under a field with problems (GOV.UK error message), each prefixed with its
//! severity for screen readers. Its id is `{field}-error`, named by the field's aria-describedby.

use yew::prelude::*;

use crate::core::check::{Finding, Severity};

/// `aria-describedby` value for a field: its hint and, when present, its messages.
pub fn described_by(field_id: &str, has_hint: bool, messages: &[Finding]) -> Option<AttrValue> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(crate::ui::derived::ids::join(&field_id, "-hint"));
    }
    if !messages.is_empty() {
        ids.push(crate::ui::derived::ids::join(&field_id, "-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

/// Whether the field should be marked `aria-invalid` (an error, not a warning).
pub fn invalid(messages: &[Finding]) -> bool {
    messages.iter().any(|f| f.severity == Severity::Error)
}

/// The messages of the field `field_id`; nothing when there are none.
#[inline(never)]
pub fn field_messages(field_id: &str, messages: &[Finding]) -> Html {
    if messages.is_empty() {
        return Html::default();
    }
    html! {
        <div id={crate::ui::derived::ids::join(&field_id, "-error")} class="zj-field-messages">
            { for messages.iter().map(|f| {
                let class = if f.severity == Severity::Error { "zj-error-message" } else { "zj-warning-message" };
                html! {
                    <p class={class}>
                        <span class="zj-visually-hidden">{ format!("{}：", f.severity.label()) }</span>
                        { &f.message }
                        // An empty suggestion means "delete it" (a typed number, a repeated sentence).
                        if let Some(s) = &f.suggestion {
                            <span class="zj-suggestion">{ if s.is_empty() { "（建议删除）".to_string() } else { format!("（建议：{s}）") } }</span>
                        }
                    </p>
                }
            }) }
        </div>
    }
}
