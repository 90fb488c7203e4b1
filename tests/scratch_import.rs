#[test]
fn scratch() {
    let Ok(path) = std::env::var("IMPORT_FILE") else { return };
    let t = zongjie::core::template::builtin(&std::env::var("TPL").unwrap_or("jiedao-annual".into())).unwrap();
    let bytes = std::fs::read(path).unwrap();
    let r = zongjie::core::import::import_bytes(&bytes, "x.txt", &t).unwrap();
    println!("{}", serde_json::to_string_pretty(&r).unwrap());
}
#[test]
fn scratch_render() {
    let Ok(path) = std::env::var("RENDER_FILE") else { return };
    let t = zongjie::core::template::builtin(&std::env::var("TPL").unwrap_or("jiedao-annual".into())).unwrap();
    let bytes = std::fs::read(path).unwrap();
    let r = zongjie::core::import::import_bytes(&bytes, "x.txt", &t).unwrap();
    println!("{}", zongjie::core::export::text::to_text(&zongjie::core::assemble::assemble(&r.draft, &t)));
}
