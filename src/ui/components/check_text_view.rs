//! The checked text with every finding highlighted: one `<mark>` per marked piece (classes by
//! severity and rule, the messages as its title), each focusable so the list beside it can jump
//! to it. Text is rendered as text (Yew escapes it); line breaks are kept by CSS.

use yew::prelude::*;

use crate::core::check::Finding;
use crate::core::import::marks::Piece;

/// The text of `pieces` with `findings` marked; a marked piece `k` has the id `{id_prefix}{k}`.
pub fn check_text_view(pieces: &[Piece], findings: &[Finding], id_prefix: &str) -> Html {
    html! {
        <div class="zj-check-text-view" aria-label="标出问题的全文">
            { for pieces.iter().enumerate().map(|(k, piece)| {
                if !piece.is_marked() {
                    return html! { <>{ piece.text.clone() }</> };
                }
                let found: Vec<&Finding> = piece.findings.iter().filter_map(|&i| findings.get(i)).collect();
                let Some(top) = found.first() else { return html! { <>{ piece.text.clone() }</> } };
                let class = format!("zj-mark zj-mark-{} zj-rule-{}", top.severity.key(), top.rule);
                let title = found.iter().map(|f| format!("{}：{}", f.severity.label(), f.message)).collect::<Vec<_>>().join("\n");
                let rules = found.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>().join(" ");
                html! {
                    <mark id={format!("{}{k}", id_prefix)} {class} {title} data-rules={rules} tabindex="-1">{ piece.text.clone() }</mark>
                }
            }) }
        </div>
    }
}
