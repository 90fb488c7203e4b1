//! 检查文本: paste or open a report and see every finding of the checker highlighted in the text,
//! with the list beside it (each entry jumps to its place); apply suggestions one by one or all
//! at once, copy or download the corrected text, or start writing a draft from it. Works with no
//! draft open and never touches the open one until 用此文本开始撰写.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::core::check::{check_text, CheckOptions, Finding};
use crate::core::import::marks::{self, Piece};
use crate::core::import::Decoded;
use crate::ui::components::check_text_view::check_text_view;
use crate::ui::components::error_summary::focus_id;
use crate::ui::components::markup::{back_link, button, page_heading, text_in};
use crate::ui::components::{file_picker, TextArea};
use crate::ui::context::use_app;
use crate::ui::pages::import::{best_of, open_imported, read_file_decoded};
use crate::ui::engine;
use crate::ui::state::Page;
use crate::web::{clipboard, download};

/// A text as checked: its findings and its pieces for highlighting.
#[derive(PartialEq)]
struct Checked {
    text: String,
    findings: Rc<Vec<Finding>>,
    pieces: Rc<Vec<Piece>>,
}

impl Checked {
    fn of(text: String) -> Rc<Checked> {
        let findings = check_text(&text, &CheckOptions::default());
        let pieces = marks::pieces(&text, &findings);
        Rc::new(Checked { text, findings: Rc::new(findings), pieces: Rc::new(pieces) })
    }

    /// The index of the piece where finding `i` starts (the place its link jumps to).
    fn piece_of(&self, i: usize) -> Option<usize> {
        let len = self.text.chars().count();
        let (start, _) = self.findings.get(i).and_then(|f| marks::span_of(f, len))?;
        self.pieces.iter().position(|p| p.findings.contains(&i) && p.start >= start)
    }
}

fn suggestion_label(s: &str) -> String {
    if s.is_empty() { "采用建议：删除".into() } else { format!("采用建议：改为“{s}”") }
}

#[hook]
pub fn use_check_text_page() -> Html {
    let ctx = use_app();
    let p = ctx.prefix();
    let text = use_state(String::new);
    let checked = use_state(Option::<Rc<Checked>>::default);
    let error = use_state(Option::<String>::default);
    let status = use_state(Option::<String>::default);
    let piece_id = crate::ui::derived::ids::join(&p, "-check-piece-");

    let set_text = {
        let (text, checked, status) = (text.clone(), checked.clone(), status.clone());
        move |t: String, message: Option<String>| {
            checked.set(Some(Checked::of(t.clone())));
            text.set(t);
            status.set(message);
        }
    };
    let on_input = {
        let text = text.clone();
        Callback::from(move |v: String| text.set(v))
    };
    let fail = {
        let error = error.clone();
        let alert = crate::ui::derived::ids::join(&p, "-check-error");
        move |msg: String| {
            error.set(Some(msg));
            let alert = alert.clone();
            Timeout::new(0, move || focus_id(&alert)).forget();
        }
    };
    let on_check = {
        let (text, error, fail, set_text) = (text.clone(), error.clone(), fail.clone(), set_text.clone());
        let results = crate::ui::derived::ids::join(&p, "-check-results-title");
        Callback::from(move |_| {
            if text.trim().is_empty() {
                fail("请先粘贴要检查的总结全文，或选择一个 .txt / .docx 文件。".into());
                return;
            }
            error.set(None);
            set_text((*text).clone(), None);
            let results = results.clone();
            Timeout::new(0, move || focus_id(&results)).forget();
        })
    };
    let on_file = {
        let (error, fail, set_text) = (error.clone(), fail.clone(), set_text.clone());
        Callback::from(move |e: Event| {
            let (error, fail, set_text) = (error.clone(), fail.clone(), set_text.clone());
            read_file_decoded(&e, Box::new(move |name, decoded| match decoded {
                Ok(d) => {
                    error.set(None);
                    set_text(d.text, Some(format!("已读取并检查“{name}”。")));
                }
                Err(msg) => fail(msg),
            }));
        })
    };
    let back = ctx.link_to(if ctx.draft().is_some() { Page::Tasks } else { Page::Start });

    let stale = checked.as_ref().is_some_and(|c| c.text != *text);
    let results = checked.as_ref().map(|c| {
        let len = c.text.chars().count();
        let applicable = c.findings.iter().filter(|f| marks::applicable(f, len)).count();
        let apply_all = {
            let (c, set_text) = (c.clone(), set_text.clone());
            Callback::from(move |_| {
                let (fixed, n) = marks::apply_all(&c.text, &c.findings);
                set_text(fixed, Some(format!("已采用 {n} 条建议，并重新检查了全文。")));
            })
        };
        let copy = {
            let (c, status) = (c.clone(), status.clone());
            Callback::from(move |_| {
                let (text, status) = (c.text.clone(), status.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    status.set(Some(match clipboard::copy(&text).await {
                        Ok(()) => "全文已复制。".into(),
                        Err(e) => e,
                    }));
                });
            })
        };
        let save = {
            let (c, status) = (c.clone(), status.clone());
            Callback::from(move |_| {
                let r = download::download("检查后的总结.txt", download::TEXT, c.text.as_bytes());
                status.set(Some(r.map(|()| "已生成文本文件，请在浏览器的下载中查看。".to_string()).unwrap_or_else(|e| e)));
            })
        };
        let start = {
            let (c, ctx) = (c.clone(), ctx.clone());
            Callback::from(move |_| {
                let templates = match &ctx.options.template {
                    Some(t) => vec![t.clone()],
                    None => engine::builtin_templates(),
                };
                let decoded = Decoded { text: c.text.clone(), source: "text", encoding: None };
                let Some(template) = templates.get(best_of(&templates, &c.text)).cloned() else { return };
                open_imported(&ctx, &decoded, template, false);
            })
        };
        let errors = c.findings.iter().filter(|f| f.severity == crate::core::check::Severity::Error).count();
        html! {
            <section class="zj-check-results" aria-labelledby={crate::ui::derived::ids::join(&p, "-check-results-title")}>
                <h2 class="zj-heading-m" id={crate::ui::derived::ids::join(&p, "-check-results-title")} tabindex="-1">{ "检查结果" }</h2>
                <p class="zj-panel-counts" id={crate::ui::derived::ids::join(&p, "-check-counts")}>
                    { if c.findings.is_empty() { "未发现问题。".to_string() }
                      else { format!("共 {} 处：错误 {errors} 处，其余为提醒和建议；可直接采用建议的 {applicable} 处。", c.findings.len()) } }
                </p>
                if stale {
                    <p class="zj-hint" role="status">{ "上方文本已修改，下面是修改前的检查结果。请点“检查”重新检查。" }</p>
                }
                <div class="zj-button-group">
                    <button type="button" class="zj-button" id={crate::ui::derived::ids::join(&p, "-check-apply-all")} onclick={apply_all} disabled={applicable == 0}>
                        { format!("全部采用建议（{applicable}）") }
                    </button>
                    { button("zj-button zj-secondary", "复制全文".into(), copy, false, None) }
                    { button("zj-button zj-secondary", "下载文本".into(), save, false, None) }
                    <button type="button" class="zj-button zj-secondary" id={crate::ui::derived::ids::join(&p, "-check-start")} onclick={start}>{ "用此文本开始撰写" }</button>
                </div>
                <div class="zj-check-layout">
                    { check_text_view(&c.pieces, &c.findings, &piece_id) }
                    <ol class="zj-findings zj-check-list" aria-label="问题列表">
                    { for c.findings.iter().enumerate().map(|(i, f)| {
                        let target = c.piece_of(i).map(|k| format!("{piece_id}{k}"));
                        let locate = target.clone().map(|t| Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            focus_id(&t);
                        }));
                        let apply = (marks::applicable(f, len)).then(|| {
                            let (c, f, set_text) = (c.clone(), f.clone(), set_text.clone());
                            Callback::from(move |_| {
                                if let Some(fixed) = marks::apply_one(&c.text, &f) {
                                    set_text(fixed, Some("已采用这条建议，并重新检查了全文。".into()));
                                }
                            })
                        });
                        let where_ = match (f.location.line, f.location.column) {
                            (Some(l), Some(col)) => format!("第{l}行第{col}字"),
                            (Some(l), None) => format!("第{l}行"),
                            _ => String::new(),
                        };
                        html! {
                            <li class={format!("zj-finding zj-finding-{}", f.severity.key())} data-rule={f.rule.clone()}>
                                <span class="zj-finding-severity">{ f.severity.label() }</span>
                                if let Some(onclick) = locate {
                                    <a href={format!("#{}", target.unwrap_or_default())} class="zj-check-locate" {onclick}>{ &f.message }</a>
                                } else {
                                    <span>{ &f.message }</span>
                                }
                                if !where_.is_empty() {
                                    { text_in("span", "zj-hint", format!("（{where_}）").into()) }
                                }
                                if let (Some(onclick), Some(s)) = (apply, f.suggestion.as_ref()) {
                                    <button type="button" class="zj-button zj-button-small zj-secondary zj-check-apply" {onclick}>{ suggestion_label(s) }</button>
                                }
                            </li>
                        }
                    }) }
                    </ol>
                </div>
            </section>
        }
    });
    html! {
        <div class="zj-check-text-page">
            { back_link("返回", back) }
            { page_heading(&p, "检查文本".into()) }
            { text_in("p", "zj-lead", "粘贴或打开一篇写好的总结，检查数字是否自洽、占位符和年份、标点与编号等问题。文字只在本机浏览器中处理，不会上传。".into()) }
            if let Some(e) = &*error {
                <div class="zj-error-summary" role="alert" tabindex="-1" id={crate::ui::derived::ids::join(&p, "-check-error")}>
                    <h2 class="zj-error-summary-title">{ "无法检查" }</h2>
                    <p>{ e }</p>
                </div>
            }
            { TextArea { id: crate::ui::derived::ids::join(&p, "-check-input").into(), label: "要检查的总结全文".into(), rows: 10, value: (*text).clone().into(), on_input, ..TextArea::default() }.view(&ctx) }
            <div class="zj-form-group">
                <label class="zj-label" for={crate::ui::derived::ids::join(&p, "-check-file")}>{ "或打开文件（.txt 或 .docx）" }</label>
                { file_picker(crate::ui::derived::ids::join(&p, "-check-file"), ".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document", on_file, None) }
            </div>
            <div class="zj-button-group">
                <button type="button" class="zj-button" id={crate::ui::derived::ids::join(&p, "-check-run")} onclick={on_check}>{ "检查" }</button>
            </div>
            if let Some(s) = &*status {
                <p class="zj-notice" role="status">{ s }</p>
            }
            { results.unwrap_or_default() }
        </div>
    }
}
