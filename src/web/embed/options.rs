//! The host's mount options (`{template | templateId, draft, storage, fixed, readOnly}`), read
//! from a JS object into Rust values. Unknown keys are ignored; a wrong value is a Chinese error
//! naming the option and what it should be.

use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::convert::{draft_from_js, template_from_js};
use crate::core::model::Draft;
use crate::core::template::{self, Template};

/// What the host asked for.
#[derive(Default)]
pub struct MountOptions {
    pub template: Option<Rc<Template>>,
    pub draft: Option<Rc<Draft>>,
    /// `Some(namespace)`: the app autosaves under it; `None`: no autosave (the host saves).
    pub storage_namespace: Option<String>,
    pub fixed_unit: Option<String>,
    pub fixed_year: Option<i32>,
    pub read_only: bool,
    /// Stylesheet URLs to link inside the shadow root (set by the loader).
    pub stylesheets: Vec<String>,
}

fn get(object: &JsValue, key: &str) -> JsValue {
    if !object.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn given(value: &JsValue) -> bool {
    !value.is_undefined() && !value.is_null()
}

fn string(value: &JsValue, name: &str) -> Result<Option<String>, String> {
    if !given(value) {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| format!("选项 {name} 应为字符串。"))
}

/// A built-in template by id, or a message listing the ids there are.
pub fn builtin_template(id: &str) -> Result<Rc<Template>, String> {
    template::builtin(id).map(Rc::new).ok_or_else(|| {
        let ids: Vec<String> = template::builtin_templates().into_iter().map(|t| t.id).collect();
        format!("找不到内置模板“{id}”。可用的模板：{}。", ids.join("、"))
    })
}

impl MountOptions {
    /// Reads the options object (`undefined`/`null` means all defaults).
    pub fn from_js(options: &JsValue) -> Result<MountOptions, String> {
        if given(options) && !options.is_object() {
            return Err("mount 的第二个参数应为选项对象，例如 { templateId: 'jiedao-annual' }。".into());
        }
        let mut out = MountOptions::default();
        let template = get(options, "template");
        if given(&template) {
            out.template = Some(Rc::new(template_from_js(&template)?));
        } else if let Some(id) = string(&get(options, "templateId"), "templateId")? {
            out.template = Some(builtin_template(&id)?);
        }
        let draft = get(options, "draft");
        if given(&draft) {
            out.draft = Some(Rc::new(draft_from_js(&draft)?));
        }
        let storage = get(options, "storage");
        if given(&storage) && storage.as_bool() != Some(false) {
            let namespace = string(&get(&storage, "namespace"), "storage.namespace")?
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .ok_or("选项 storage 应为 false（由宿主保存）或 { namespace: '…' }（在本机自动保存），namespace 不能为空。")?;
            out.storage_namespace = Some(namespace);
        }
        let fixed = get(options, "fixed");
        if given(&fixed) {
            out.fixed_unit = string(&get(&fixed, "unit"), "fixed.unit")?;
            let year = get(&fixed, "year");
            if given(&year) {
                let y = year.as_f64().filter(|y| y.fract() == 0.0 && (1900.0..=2200.0).contains(y));
                out.fixed_year = Some(y.ok_or("选项 fixed.year 应为四位年份数字，例如 2025。")? as i32);
            }
        }
        out.read_only = get(options, "readOnly").is_truthy();
        let sheets = get(options, "stylesheets");
        if js_sys::Array::is_array(&sheets) {
            out.stylesheets = js_sys::Array::from(&sheets).iter().filter_map(|s| s.as_string()).collect();
        }
        Ok(out)
    }
}
