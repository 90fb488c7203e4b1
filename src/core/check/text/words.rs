//! `confusable-word`: 截止 used before a date or time (截至), and a table of common misspellings
//! in reports (再接再励 → 再接再厉, 布署 → 部署, 一如继往 → 一如既往 …).

use super::{has_at, is_digit, Doc, PhraseSet, Sink};

const RULE: &str = "confusable-word";

/// (wrong, right)
const TABLE: &[(&str, &str)] = &[
    ("既使", "即使"),
    ("即然", "既然"),
    ("一如继往", "一如既往"),
    ("再接再励", "再接再厉"),
    ("迫不急待", "迫不及待"),
    ("按步就班", "按部就班"),
    ("不径而走", "不胫而走"),
    ("凭添", "平添"),
    ("震憾", "震撼"),
    ("布署", "部署"),
    ("部暑", "部署"),
    ("布暑", "部署"),
    ("重迭", "重叠"),
    ("针贬", "针砭"),
    ("以身做则", "以身作则"),
    ("鞠躬尽粹", "鞠躬尽瘁"),
    ("默守成规", "墨守成规"),
    ("一愁莫展", "一筹莫展"),
    ("出奇不意", "出其不意"),
    ("走头无路", "走投无路"),
    ("声名雀起", "声名鹊起"),
    ("甘败下风", "甘拜下风"),
    ("自抱自弃", "自暴自弃"),
    ("委屈求全", "委曲求全"),
    ("好高鹜远", "好高骛远"),
    ("精兵减政", "精兵简政"),
    ("装璜", "装潢"),
    ("做为", "作为"),
    ("必竟", "毕竟"),
    ("追朔", "追溯"),
    ("松驰", "松弛"),
    ("一股作气", "一鼓作气"),
    ("再所不辞", "在所不辞"),
    ("迫在眉捷", "迫在眉睫"),
    ("各行其事", "各行其是"),
    ("坐阵", "坐镇"),
    ("急燥", "急躁"),
    ("烦燥", "烦躁"),
    ("防碍", "妨碍"),
    ("涣然一新", "焕然一新"),
    ("美仑美奂", "美轮美奂"),
    ("提纲携领", "提纲挈领"),
    ("杂乱无张", "杂乱无章"),
    ("相辅相承", "相辅相成"),
    ("安祥", "安详"),
    ("篮图", "蓝图"),
    ("修茸", "修葺"),
    ("陷井", "陷阱"),
    ("渲泄", "宣泄"),
    ("粗旷", "粗犷"),
    ("弛骋", "驰骋"),
    ("峻工", "竣工"),
    ("寒喧", "寒暄"),
    ("一诺千斤", "一诺千金"),
    ("仗义直言", "仗义执言"),
    ("有持无恐", "有恃无恐"),
    ("出谋画策", "出谋划策"),
    ("趋之若骛", "趋之若鹜"),
    ("发人深醒", "发人深省"),
    ("天翻地复", "天翻地覆"),
    ("心心相映", "心心相印"),
    ("原形必露", "原形毕露"),
    ("兴高彩烈", "兴高采烈"),
    ("名符其实", "名副其实"),
    ("披星带月", "披星戴月"),
    ("老声常谈", "老生常谈"),
    ("坚苦卓绝", "艰苦卓绝"),
    ("震聋发聩", "振聋发聩"),
    ("众志成诚", "众志成城"),
    ("必须品", "必需品"),
    ("攻艰克难", "攻坚克难"),
    ("既往不究", "既往不咎"),
    ("有的放失", "有的放矢"),
    ("贯切落实", "贯彻落实"),
    ("统畴", "统筹"),
    ("记律", "纪律"),
    ("抵砺", "砥砺"),
    ("失志不渝", "矢志不渝"),
    ("卓厉奋发", "踔厉奋发"),
    ("急难愁判", "急难愁盼"),
    ("长态化", "常态化"),
    ("侯车", "候车"),
    ("等侯", "等候"),
    ("气侯", "气候"),
    ("问侯", "问候"),
    ("精采", "精彩"),
    ("喝采", "喝彩"),
    ("宣哗", "喧哗"),
    ("题纲", "提纲"),
    ("截止", "截至"),
];

/// Words after 截止 that make it a point in time (截至目前, 截至2025年底).
const TIME_AFTER: &[&str] = &[
    "目前", "今年", "年底", "年末", "当前", "去年", "本年", "本月", "月底", "上半年", "下半年", "今", "现在", "发稿", "日前", "前三季度", "三季度", "十月", "十一月", "十二月", "年内",
];

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    if !sink.enabled(RULE) {
        return;
    }
    // Built once: a draft check runs this on every field.
    static SET: std::sync::OnceLock<PhraseSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        let mut words = Vec::with_capacity(TABLE.len());
        for (w, _) in TABLE {
            words.push(*w);
        }
        PhraseSet::new(&words)
    });
    for (p, para) in doc.paras.iter().enumerate() {
        let chars = &para.chars;
        for (k, at) in set.find_all(chars) {
            let Some(&(wrong, right)) = TABLE.get(k) else { continue };
            let end = at + set.len_of(k);
            let message = match wrong {
                "截止" => {
                    let before_time = chars.get(end).is_some_and(|&c| is_digit(c) || "一二三四五六七八九十".contains(c))
                        || TIME_AFTER.iter().any(|w| has_at(chars, end, w));
                    if !before_time {
                        continue;
                    }
                    "表示“到某一时间为止”应写作“截至”，“截止”用于“报名截止”“截止日期”等。".to_string()
                }
                "既使" => {
                    // 既使……又使…… is correct.
                    let sentence_rest = chars.get(end..(end + 40).min(chars.len())).unwrap_or(&[]);
                    let stop = sentence_rest.iter().position(|&c| matches!(c, '。' | '；' | '！' | '？')).unwrap_or(sentence_rest.len());
                    if sentence_rest[..stop].contains(&'又') {
                        continue;
                    }
                    format!("“{wrong}”应为“{right}”。")
                }
                _ => format!("“{wrong}”应为“{right}”。"),
            };
            sink.emit(doc, p, at, end, RULE, message, Some(right.to_string()));
        }
    }
}
