//! Drafts in the browser's localStorage, under a namespace (default `zongjie`) so that several
//! embedded apps do not share keys. Keys: `{ns}:draft:{id}` (the draft), `{ns}:snapshots:{id}`
//! (its last 20 versions), `{ns}:template:{id}` (a template loaded from a file), `{ns}:current`
//! (the draft open last). Errors are values with a Chinese explanation; nothing here panics.

use crate::core::json::{self, read, Node, ReadError};
use crate::core::json_text;
use crate::core::model::Draft;
use crate::core::template::Template;

/// How many snapshots of a draft are kept.
pub const SNAPSHOT_LIMIT: usize = 20;
/// A new snapshot is taken when the newest one is older than this (ms), or when forced.
const SNAPSHOT_EVERY_MS: f64 = 30_000.0;

#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser refuses storage (private mode, policy, file:// restrictions).
    Unavailable,
    /// The quota is used up.
    Full,
    /// A stored entry could not be read back.
    Corrupt { id: String, reason: String },
    Missing,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("浏览器不允许本页保存数据，内容无法自动保存。请下载草稿文件保存当前内容。"),
            StorageError::Full => f.write_str("浏览器存储空间已满，最近的修改未能自动保存。请下载草稿文件，或删除不再需要的草稿后重试。"),
            StorageError::Corrupt { reason, .. } => write!(f, "保存的草稿已损坏，无法读取（{reason}）。"),
            StorageError::Missing => f.write_str("没有找到这份草稿，它可能已在其他标签页中删除。"),
        }
    }
}

/// One saved version of a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// Milliseconds since the epoch.
    pub saved_ms: f64,
    pub draft: Draft,
}

// Written as `{"saved_ms":…,"draft":…}`, the snapshot list's stored format.
impl json::ToJson for Snapshot {
    fn write_json(&self, out: &mut String) {
        json::Object::new(out).field("saved_ms", &self.saved_ms).field("draft", &self.draft).end();
    }
}

/// A stored draft as listed on the start page; `draft` is `Err` when it is corrupt.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub id: String,
    pub draft: Result<Draft, String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    ns: String,
}

impl Store {
    pub fn new(namespace: &str) -> Store {
        let ns = if namespace.trim().is_empty() { "zongjie" } else { namespace.trim() };
        Store { ns: ns.to_string() }
    }

    pub fn draft_key(&self, id: &str) -> String {
        format!("{}:draft:{id}", self.ns)
    }
    fn snapshots_key(&self, id: &str) -> String {
        format!("{}:snapshots:{id}", self.ns)
    }
    fn template_key(&self, id: &str) -> String {
        format!("{}:template:{id}", self.ns)
    }
    fn current_key(&self) -> String {
        format!("{}:current", self.ns)
    }

    fn ls() -> Result<web_sys::Storage, StorageError> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StorageError::Unavailable)
    }

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Self::ls()?.get_item(key).map_err(|_| StorageError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        Self::ls()?.set_item(key, value).map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
            if name.contains("Quota") { StorageError::Full } else { StorageError::Unavailable }
        })
    }

    fn remove(&self, key: &str) {
        if let Ok(ls) = Self::ls() {
            let _ = ls.remove_item(key);
        }
    }

    /// Whether storage works at all (tries a write).
    pub fn probe(&self) -> Result<(), StorageError> {
        let key = format!("{}:probe", self.ns);
        self.set(&key, "1")?;
        self.remove(&key);
        Ok(())
    }

    /// Every stored draft of this namespace, newest edit first; corrupt ones are listed too.
    pub fn list(&self) -> Result<Vec<Stored>, StorageError> {
        let ls = Self::ls()?;
        let prefix = format!("{}:draft:", self.ns);
        let len = ls.length().map_err(|_| StorageError::Unavailable)?;
        let mut out = Vec::new();
        for i in 0..len {
            let Ok(Some(key)) = ls.key(i) else { continue };
            let Some(id) = key.strip_prefix(&prefix) else { continue };
            let draft = match ls.get_item(&key) {
                Ok(Some(json)) => Draft::from_json(&json).map_err(|e| e.to_string()),
                _ => Err("读取失败".into()),
            };
            out.push(Stored { id: id.to_string(), draft });
        }
        // The crate's one shared sort (a `sort_by` here would bring a copy of std's of its own).
        crate::core::order::sort_by_key(&mut out, |s| newest_first(s.draft.as_ref().map(|d| d.updated_at.as_str()).unwrap_or("")));
        Ok(out)
    }

    pub fn load(&self, id: &str) -> Result<Draft, StorageError> {
        let json = self.get(&self.draft_key(id))?.ok_or(StorageError::Missing)?;
        Draft::from_json(&json).map_err(|e| StorageError::Corrupt { id: id.into(), reason: e.to_string() })
    }

    /// Saves the draft and, when due or `force_snapshot`, a snapshot of it. A full quota first
    /// drops the oldest snapshots; only when the draft itself cannot be written is it an error.
    pub fn save(&self, draft: &Draft, now_ms: f64, force_snapshot: bool) -> Result<(), StorageError> {
        let json = draft.to_json_compact();
        let mut snaps = self.snapshots(&draft.id);
        let due = snaps.last().map(|s| now_ms - s.saved_ms >= SNAPSHOT_EVERY_MS || force_snapshot).unwrap_or(true);
        let same = |a: &Draft, b: &Draft| Draft { updated_at: String::new(), ..a.clone() } == Draft { updated_at: String::new(), ..b.clone() };
        let changed = snaps.last().map(|s| !same(&s.draft, draft)).unwrap_or(true);
        if due && changed {
            snaps.push(Snapshot { saved_ms: now_ms, draft: draft.clone() });
            let excess = snaps.len().saturating_sub(SNAPSHOT_LIMIT);
            snaps.drain(..excess);
            while !snaps.is_empty() {
                match self.set(&self.snapshots_key(&draft.id), &json::write::to_string(&snaps)) {
                    Ok(()) => break,
                    Err(StorageError::Full) => {
                        snaps.drain(..snaps.len().div_ceil(2));
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        if let Err(e) = self.set(&self.draft_key(&draft.id), &json) {
            if e == StorageError::Full {
                // Make room from this draft's own history, then try once more.
                self.remove(&self.snapshots_key(&draft.id));
                self.set(&self.draft_key(&draft.id), &json)?;
            } else {
                return Err(e);
            }
        }
        self.set(&self.current_key(), &draft.id)
    }

    /// The draft's snapshots, oldest first; unreadable ones are skipped (each item is parsed and
    /// typed on its own, by the same reader as a stored draft).
    pub fn snapshots(&self, id: &str) -> Vec<Snapshot> {
        let Ok(Some(json)) = self.get(&self.snapshots_key(id)) else { return Vec::new() };
        json_text::array_items(&json).into_iter().filter_map(|item| snapshot(&json::parse(item).ok()?).ok()).collect()
    }

    pub fn delete(&self, id: &str) {
        self.remove(&self.draft_key(id));
        self.remove(&self.snapshots_key(id));
        if self.current().as_deref() == Some(id) {
            self.remove(&self.current_key());
        }
    }

    /// Id of the draft open last.
    pub fn current(&self) -> Option<String> {
        self.get(&self.current_key()).ok().flatten().filter(|s| !s.is_empty())
    }

    pub fn clear_current(&self) {
        self.remove(&self.current_key());
    }

    pub fn save_template(&self, template: &Template) -> Result<(), StorageError> {
        self.set(&self.template_key(&template.id), &template.to_json_compact())
    }

    pub fn load_template(&self, id: &str) -> Option<Template> {
        let json = self.get(&self.template_key(id)).ok().flatten()?;
        Template::from_json(&json).ok()
    }
}

/// A snapshot object: `saved_ms` and `draft`, both required; other members are skipped.
fn snapshot(node: &Node) -> Result<Snapshot, ReadError> {
    let f = read::fields(node, &["saved_ms", "draft"], read::Unknown::Skip)?;
    Ok(Snapshot { saved_ms: f.required(0, read::number)?, draft: f.required(1, Draft::from_node)? })
}

/// A sort key that puts later RFC 3339 times first: the time's first 32 bytes, inverted, so keys
/// compare like the strings do, in reverse (an empty time comes last).
fn newest_first(at: &str) -> crate::core::order::Key {
    let bytes = at.as_bytes();
    let mut key = [0u64; 4];
    for (i, slot) in key.iter_mut().enumerate() {
        let mut word = [0u8; 8];
        for (j, b) in word.iter_mut().enumerate() {
            *b = bytes.get(i * 8 + j).copied().unwrap_or(0);
        }
        *slot = !u64::from_be_bytes(word);
    }
    key
}

/// Now, in milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Year, month (1–12), day, hour, minute, second and millisecond of `ms` since the epoch, in UTC.
/// Computed here so that the wasm imports one `Date` method (`getTimezoneOffset`) instead of one
/// getter per field.
fn civil(ms: f64) -> [i64; 7] {
    let ms = ms.floor() as i64;
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let (year, month, day) = crate::core::calendar::civil_from_days(days);
    [year, month, day, rem / 3_600_000, rem / 60_000 % 60, rem / 1000 % 60, rem % 1000]
}

/// `ms` as the browser's local wall-clock time (its time zone's offset on that date).
pub fn local(ms: f64) -> [i64; 7] {
    let offset_minutes = js_sys::Date::new(&ms.into()).get_timezone_offset();
    civil(ms - offset_minutes * 60_000.0)
}

/// Now as RFC 3339 (UTC, with milliseconds, as `Date.toISOString`), for `Draft::updated_at`.
pub fn now_iso() -> String {
    let [y, mo, d, h, mi, s, ms] = civil(now_ms());
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
}

/// A local time as HH:MM:SS.
pub fn clock(ms: f64) -> String {
    let [_, _, _, h, mi, s, _] = local(ms);
    format!("{h:02}:{mi:02}:{s:02}")
}

/// A local date and time as YYYY-MM-DD HH:MM.
pub fn local_date_time(ms: f64) -> String {
    let [y, mo, d, h, mi, _, _] = local(ms);
    format!("{y}-{mo:02}-{d:02} {h:02}:{mi:02}")
}

/// An RFC 3339 time as local YYYY-MM-DD HH:MM (empty when unreadable).
pub fn local_from_iso(iso: &str) -> String {
    let ms = js_sys::Date::parse(iso);
    if ms.is_nan() { String::new() } else { local_date_time(ms) }
}

/// A fresh draft id.
pub fn new_id() -> String {
    let rand = (js_sys::Math::random() * 1e9) as u64;
    format!("d{}{rand:x}", now_ms() as u64)
}
