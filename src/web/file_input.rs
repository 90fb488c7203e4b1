//! Reading the file chosen in an `<input type=file>`: the one place the app turns a browser
//! `File` into bytes. Decoding and parsing are the callers' business (the importer's decoding,
//! JSON for templates and drafts). Not for downloads (`download`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Event;
use yew::TargetCast;

/// What to do with a chosen file: called with its name and its bytes, or the reason the browser
/// could not read it.
pub type OnFileRead = Box<dyn FnOnce(String, Result<Vec<u8>, String>)>;

fn unreadable(name: &str) -> String {
    format!("浏览器未能读取文件“{name}”，请重新选择。")
}

/// Reads the first file chosen in the input that fired `e` and calls `done(name, bytes or the
/// reason the browser could not read it)` once the browser has read it. The input is cleared, so
/// choosing the same file again reads it again. `done` is boxed so that every caller shares one
/// copy of the reading code. A plain `FileReader` with one `loadend` handler (it fires once,
/// whether the file was read or not, and the handler is freed after it): no futures, no channel.
pub fn read_chosen(e: &Event, done: OnFileRead) {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    input.set_value("");
    let name = file.name();
    let Ok(reader) = web_sys::FileReader::new() else {
        let reason = unreadable(&name);
        done(name, Err(reason));
        return;
    };
    let on_end = {
        let reader = reader.clone();
        Closure::once_into_js(move || {
            let bytes = reader
                .result()
                .ok()
                .filter(|r| r.is_instance_of::<js_sys::ArrayBuffer>())
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
                .ok_or_else(|| unreadable(&name));
            done(name, bytes);
        })
    };
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    // Fails only on a reader already busy, which a new one never is.
    let _ = reader.read_as_array_buffer(&file);
}
