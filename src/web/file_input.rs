//! Reading the file chosen in an `<input type=file>`: the one place the app turns a browser
//! `File` into bytes. Decoding and parsing are the callers' business (the importer's decoding,
//! JSON for templates and drafts). Not for downloads (`download`).

use web_sys::Event;
use yew::TargetCast;

/// What to do with a chosen file: called with its name and its bytes, or the reason the browser
/// could not read it.
pub type OnFileRead = Box<dyn FnOnce(String, Result<Vec<u8>, String>)>;

/// Reads the first file chosen in the input that fired `e` and calls `done(name, bytes or the
/// reason the browser could not read it)`. The input is cleared, so choosing the same file again
/// reads it again. `done` is boxed so that every caller shares one copy of the reading future.
pub fn read_chosen(e: &Event, done: OnFileRead) {
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    input.set_value("");
    let name = file.name();
    let file = gloo::file::File::from(file);
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = gloo::file::futures::read_as_bytes(&file)
            .await
            .map_err(|_| format!("浏览器未能读取文件“{name}”，请重新选择。"));
        done(name, bytes);
    });
}
