//! The checked text with every finding highlighted: one `<mark>` per marked piece (classes by
//! severity and rule, the messages as its title), each focusable so the list beside it can jump
//! to it. Text is rendered as text (Yew escapes it); line breaks are kept by CSS.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::check::Finding;
use crate::core::import::marks::Piece;

#[derive(Properties)]
pub struct Props {
    pub pieces: Rc<Vec<Piece>>,
    pub findings: Rc<Vec<Finding>>,
    /// Id prefix of the pieces: a marked piece `k` has the id `{id_prefix}{k}`.
    pub id_prefix: AttrValue,
}

impl PartialEq for Props {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.pieces, &o.pieces) && Rc::ptr_eq(&self.findings, &o.findings) && self.id_prefix == o.id_prefix
    }
}

#[function_component(CheckTextView)]
pub fn check_text_view(props: &Props) -> Html {
    html! {
        <div class="zj-check-text-view" aria-label="标出问题的全文">
            { for props.pieces.iter().enumerate().map(|(k, piece)| {
                if !piece.is_marked() {
                    return html! { <>{ piece.text.clone() }</> };
                }
                let found: Vec<&Finding> = piece.findings.iter().filter_map(|&i| props.findings.get(i)).collect();
                let Some(top) = found.first() else { return html! { <>{ piece.text.clone() }</> } };
                let class = classes!(
                    "zj-mark",
                    format!("zj-mark-{}", top.severity.key()),
                    format!("zj-rule-{}", top.rule),
                );
                let title = found.iter().map(|f| format!("{}：{}", f.severity.label(), f.message)).collect::<Vec<_>>().join("\n");
                let rules = found.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>().join(" ");
                html! {
                    <mark id={format!("{}{k}", props.id_prefix)} {class} {title} data-rules={rules} tabindex="-1">{ piece.text.clone() }</mark>
                }
            }) }
        </div>
    }
}
