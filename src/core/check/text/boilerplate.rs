//! `boilerplate`: phrases copied along with a web template (小编, 供大家参考, 免费下载, 版权归原作者 …)
//! that must never reach an official report.

use super::{slice, Doc, PhraseSet, Sink};

const RULE: &str = "boilerplate";

const PHRASES: &[&str] = &[
    "小编",
    "供大家参考",
    "供您参考",
    "仅供参考",
    "本文来源",
    "文章来源",
    "来源于网络",
    "来源：网络",
    "网络整理",
    "免费下载",
    "下载积分",
    "版权归原作者",
    "版权归作者",
    "版权所有",
    "点击查看",
    "点击下载",
    "点击阅读",
    "阅读全文",
    "查看更多",
    "相关推荐",
    "如有侵权",
    "侵权请联系",
    "联系删除",
    "请联系删除",
    "转载请注明",
    "以上就是",
    "希望对您有所帮助",
    "希望对你有所帮助",
    "希望对大家有所帮助",
    "希望能帮助到你",
    "百度文库",
    "范文大全",
    "精选范文",
    "范文模板",
    "篇一：",
    "篇二：",
    "篇三：",
    "【篇一】",
    "【篇二】",
    "关注公众号",
    "扫码关注",
    "本文共",
];

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    if !sink.enabled(RULE) {
        return;
    }
    // Built once: a draft check runs this on every field.
    static SET: std::sync::OnceLock<PhraseSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| PhraseSet::new(PHRASES));
    for (p, para) in doc.paras.iter().enumerate() {
        for (k, at) in set.find_all(&para.chars) {
            let end = at + set.len_of(k);
            let phrase = slice(&para.chars, at, end);
            let message = format!("“{phrase}”是网络范文的用语，不应出现在正式报告中，请删去或改写这部分内容。");
            sink.emit(doc, p, at, end, RULE, message, None);
        }
    }
}
