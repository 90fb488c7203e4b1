//! Inputs shared by the benches: reports of a chosen size written from our own sentences.
//! Not a library for anything else.

use zongjie::core::model::{Draft, Point};
use zongjie::core::template::builtin;

/// Our own sentences, with figures in the genre's way, to grow a report to any size.
const SENTENCES: [&str; 6] = [
    "街道党工委坚持把党的建设放在首位，全年开展主题党日活动12场次，组织党员参加集中学习460人次。",
    "围绕辖区企业需求，走访企业86家次，收集并解决融资、用工等诉求37件，营商环境持续改善。",
    "落实困难群众救助政策，发放各类救助资金128.6万元，新增就业登记人员312人。",
    "完善网格化治理体系，划分网格42个，配备专兼职网格员96人，矛盾纠纷就地化解能力明显提升。",
    "开展安全生产检查210次，排查隐患158处，已整改156处，隐患整改率98.7%。",
    "坚持问题导向和目标导向相统一，聚焦群众急难愁盼，推动各项工作提质增效，为辖区高质量发展提供坚强保障。",
];

/// A two-part draft (template `jiedao-annual`) of about `chars` characters of prose, spread
/// over the template's default chapters in points of about 200 characters.
pub fn draft_of(chars: usize) -> Draft {
    let template = builtin("jiedao-annual").expect("built-in template");
    let mut draft = template.new_draft("bench", "新华街道办事处", 2025);
    draft.opening = "一年来，街道在区委、区政府的坚强领导下，扎实推进各项工作。现将有关情况报告如下。".into();
    draft.plan_intro = "2026年，街道将紧扣发展目标，重点抓好以下工作。".into();
    draft.plan = vec![Point::new("抓党建，强基础", "持续加强基层组织建设。")];
    draft.problems = vec![Point::new("", "部分工作推进还不够平衡。")];
    draft.closing = "新的一年，街道将再接再厉，奋力开创工作新局面。".into();
    draft.meta.date = "2025年12月20日".into();
    let mut written = 0;
    let mut i = 0;
    let chapters = draft.chapters.len().max(1);
    while written < chars {
        let mut body = String::new();
        while body.chars().count() < 200 {
            body.push_str(SENTENCES[i % SENTENCES.len()]);
            i += 1;
        }
        written += body.chars().count();
        let chapter = &mut draft.chapters[(i / 7) % chapters];
        chapter.points.push(Point::new("夯实基层基础", body));
    }
    draft
}

/// The draft of the browser keystroke bench (bench/keystroke.bench.mjs), built the same way
/// from the same phrases and the same pseudo-random sequence (a linear congruential generator
/// computed in f64, as JavaScript computes it): about 50,000 characters with 500 figures over
/// the ten chapters of `jiedao-annual`, no indicator entries.
pub fn keystroke_draft() -> Draft {
    const CHAPTERS: [&str; 10] = ["party_building", "economy", "livelihood", "social_governance", "public_safety", "work_safety", "urban_management", "environment", "civilisation", "rule_of_law"];
    const LEADS: [&str; 10] = ["基层组织建设扎实推进", "营商环境持续优化", "民生保障更加有力", "社区治理提质增效", "平安建设成效明显", "安全生产形势平稳", "市容环境明显改善", "生态环境持续向好", "文明创建深入开展", "法治宣传广泛覆盖"];
    const PHRASES: [&str; 10] = ["围绕年度目标任务", "坚持问题导向", "统筹各方力量", "聚焦群众急难愁盼", "健全工作机制", "压实各级责任", "加强督促检查", "推动工作落地见效", "深化部门协同", "强化日常监管"];
    fn figure(k: usize, n: usize) -> String {
        match k {
            0 => format!("全年走访辖区单位{n}家"),
            1 => format!("新增就业岗位{n}个"),
            2 => format!("完成投资{n}.5万元"),
            3 => format!("开展专题培训{n}场次"),
            4 => format!("整治背街小巷{n}条"),
            5 => format!("服务居民群众{n}人次"),
            6 => format!("排查隐患{n}处，整改率达到98.{}%", n % 10),
            _ => format!("同比增长{}.{}%", (n % 40) + 1, n % 10),
        }
    }
    let mut seed = 20261124f64;
    let mut rand = |k: usize| -> usize {
        seed = (seed * 1103515245.0 + 12345.0) % 2147483648.0;
        (seed % k as f64) as usize
    };
    let mut chapters: Vec<zongjie::core::model::Chapter> = CHAPTERS
        .iter()
        .zip(LEADS)
        .map(|(id, lead)| zongjie::core::model::Chapter {
            id: id.to_string(),
            template_chapter: Some(id.to_string()),
            heading: format!("{lead}，各项工作稳步推进"),
            ..Default::default()
        })
        .collect();
    let (mut chars, mut figures, mut p) = (0usize, 0usize, 0usize);
    while chars < 50_000 {
        let mut body = String::new();
        let mut body_len = 0;
        while body_len < 240 {
            let fig = figures < 500 && rand(3) == 0;
            if fig {
                figures += 1;
            }
            let mut parts = vec![PHRASES[rand(10)].to_string(), PHRASES[rand(10)].to_string()];
            if fig {
                let k = rand(8);
                parts.push(figure(k, rand(900) + 100));
            }
            let sentence = parts.join("，") + "。";
            body_len += sentence.chars().count();
            body.push_str(&sentence);
        }
        let lead = LEADS[rand(10)];
        chars += lead.chars().count() + body_len;
        chapters[p % 10].points.push(Point::new(lead, body));
        p += 1;
    }
    let mut draft = Draft { id: "bench-keystroke".into(), template_id: "jiedao-annual".into(), schema_version: 1, chapters, ..Draft::default() };
    draft.meta.unit = "示例区新华街道办事处".into();
    draft.meta.year = 2025;
    draft.meta.higher_bodies = "区委、区政府".into();
    draft.meta.date = "2025年12月20日".into();
    draft.opening = "今年以来，街道在区委、区政府的坚强领导下，统筹推进各项工作，现将有关情况总结如下。".into();
    draft.problems = vec![Point::new("", "部分工作的精细化水平仍需提高。")];
    draft.plan_intro = "明年，街道将继续围绕中心、服务大局。".into();
    draft.plan = vec![Point::new("持续抓好基层建设", "进一步夯实工作基础。")];
    draft.closing = "新的一年，我们将以更加饱满的热情做好各项工作。".into();
    draft
}

/// The clean fixture report of the main package (tests/fixtures/text), for the `check_text` bench.
pub const CLEAN_REPORT: &str = include_str!("../../tests/fixtures/text/clean_report.txt");

const STREETS: [&str; 8] = ["青禾", "东湖", "南岭", "西山", "北苑", "中和", "兴华", "安平"];

/// A report of about `chars` characters: the clean report, then its body repeated with variations.
pub fn long_report(chars: usize) -> String {
    let mut out = String::with_capacity(chars * 3 + 1024);
    let mut copy = 0usize;
    while out.chars().count() < chars {
        let street = STREETS[copy % STREETS.len()];
        let text = CLEAN_REPORT.replace("青禾", street);
        // Later copies drop the title and shift every digit, so sentences do not repeat verbatim.
        let body = if copy == 0 { text } else { text.split_once('\n').map(|(_, rest)| rest.to_string()).unwrap_or(text) };
        let shift = (copy % 9) as u32;
        out.extend(body.chars().map(|c| match c.to_digit(10) {
            Some(d) if copy > 0 && !matches!(c, '０'..='９') => char::from_digit((d + shift) % 10, 10).unwrap_or(c),
            _ => c,
        }));
        out.push('\n');
        copy += 1;
    }
    out.chars().take(chars).collect()
}

#[cfg(test)]
mod long_report_tests {
    #[test]
    fn long_report_has_the_asked_length() {
        let r = super::long_report(50_000);
        assert_eq!(r.chars().count(), 50_000);
        assert!(r.starts_with("青禾街道2025年工作总结"));
    }
}
