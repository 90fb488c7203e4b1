//! Embeds the built-in templates: every `data/templates/*.json` is written to `OUT_DIR` minified
//! (whitespace between tokens dropped), and a template whose chapter catalogue is the same text as
//! an earlier one's (by file name) gets `"chapters": "<that template's id>"` instead of a second
//! copy. `core::template::builtin` includes these files and puts the shared catalogue back. The
//! files in `data/templates` stay complete templates; this is only how the program stores them.

use std::path::{Path, PathBuf};
use std::{env, fs};

#[allow(dead_code)]
#[path = "src/core/json_text.rs"]
mod json_text;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/core/json_text.rs");
    println!("cargo:rerun-if-changed=data/templates");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut files: Vec<PathBuf> = fs::read_dir("data/templates")
        .expect("data/templates is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut catalogues: Vec<(String, String)> = Vec::new();
    for path in files {
        let id = path.file_stem().and_then(|s| s.to_str()).expect("a UTF-8 file name").to_string();
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut min = json_text::minify(text.trim_start_matches('\u{feff}'));
        if let Some(chapters) = json_text::top_level_value(&min, "chapters").map(str::to_string) {
            match catalogues.iter().find(|(_, c)| *c == chapters) {
                Some((same, _)) => min = json_text::with_member(&min, "chapters", &format!("\"{same}\"")),
                None => catalogues.push((id.clone(), chapters)),
            }
        }
        write(&out.join(format!("{id}.json")), &min);
    }
}

fn write(path: &Path, text: &str) {
    // Unchanged files keep their time stamp, so the crate is not rebuilt for nothing.
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
