//! Browser tests of the draft store (localStorage): stored drafts are listed newest edit first,
//! corrupt ones are listed with a reason, and snapshots are read item by item. Run with
//! `cargo test --target wasm32-unknown-unknown --no-default-features --test web_storage`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use zongjie::core::model::Draft;
use zongjie::web::storage::Store;

wasm_bindgen_test_configure!(run_in_browser);

fn draft(id: &str, updated_at: &str) -> Draft {
    let mut d = Draft::new(id, "jiedao-annual", "新华街道办事处", 2025);
    d.updated_at = updated_at.into();
    d
}

#[wasm_bindgen_test]
fn drafts_are_listed_newest_edit_first_and_corrupt_ones_last() {
    let store = Store::new("test-list");
    for (id, at) in [("b", "2026-11-24T08:30:00.000Z"), ("a", "2026-11-25T01:00:00.000Z"), ("c", "2025-01-01T00:00:00.000Z"), ("d", "2026-11-24T08:30:00.001Z")] {
        store.save(&draft(id, at), 0.0, false).unwrap();
    }
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item(&store.draft_key("x"), "{\"meta\": 1}").unwrap();
    let listed = store.list().unwrap();
    let ids: Vec<&str> = listed.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a", "d", "b", "c", "x"]);
    assert!(listed[4].draft.as_ref().is_err_and(|e| e.contains("草稿")));
    for id in ids {
        store.delete(id);
    }
}

#[wasm_bindgen_test]
fn snapshots_are_read_item_by_item() {
    let store = Store::new("test-snapshots");
    let mut d = draft("s", "2026-11-24T08:30:00.000Z");
    store.save(&d, 0.0, true).unwrap();
    d.opening = "导语，第二版。".into();
    store.save(&d, 60_000.0, true).unwrap();
    let snaps = store.snapshots("s");
    assert_eq!(snaps.len(), 2);
    assert_eq!(snaps[1].draft.opening, "导语，第二版。");
    assert_eq!(store.load("s").unwrap(), d);
    // One damaged snapshot does not cost the others.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let key = "test-snapshots:snapshots:s";
    let text = storage.get_item(key).unwrap().unwrap();
    let damaged = text.replacen("\"saved_ms\":0.0", "\"saved_ms\":\"x\"", 1);
    assert_ne!(damaged, text);
    storage.set_item(key, &damaged).unwrap();
    let snaps = store.snapshots("s");
    assert_eq!(snaps.len(), 1);
    assert_eq!(snaps[0].saved_ms, 60_000.0);
    store.delete("s");
}
