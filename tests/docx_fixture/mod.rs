//! A multi-page report written for the .docx tests (our own sentences, no real report's text):
//! title, headings of all four levels, a heading that runs on into its text, long body
//! paragraphs, and a signature block.

#![allow(dead_code)] // each test file uses a part of it

use zongjie::core::document::{Block, Document};

/// Too long for one 22 pt line: printed as 新华街道办事处 / 2025年工作总结和2026年工作安排.
pub const TITLE: &str = "新华街道办事处2025年工作总结和2026年工作安排";

/// Sentences to build paragraphs from; each is ours, with figures in the genre's way.
const SENTENCES: [&str; 10] = [
    "社区干部深入群众、倾听民意，把问题解决在基层、把矛盾化解在萌芽状态，群众的获得感和幸福感不断增强，干群关系更加融洽和谐。",
    "街道党工委坚持把党的建设放在首位，全年开展主题党日活动12场次，组织党员参加集中学习460人次。",
    "围绕辖区企业需求，走访企业86家次，收集并解决融资、用工等诉求37件，营商环境持续改善。",
    "落实困难群众救助政策，发放各类救助资金128.6万元，新增就业登记人员312人。",
    "完善网格化治理体系，划分网格42个，配备专兼职网格员96人，矛盾纠纷就地化解能力明显提升。",
    "开展安全生产检查210次，排查隐患158处，已整改156处，整改率98.7%。",
    "推进老旧小区改造，完成道路修缮3.2公里，新增停车位240个，群众出行更加便利。",
    "组织志愿服务活动65场，参与志愿者1800余人次，文明新风在社区蔚然成风。",
    "深化法治宣传教育，举办法律讲座18次，覆盖居民2400人次，依法办事意识进一步增强。",
    "坚持问题导向和目标导向相统一，聚焦群众急难愁盼，推动各项工作提质增效，为辖区高质量发展提供坚强保障。",
];

/// A body paragraph of about `chars` characters, starting at sentence `seed`.
pub fn paragraph_text(seed: usize, chars: usize) -> String {
    let mut out = String::new();
    let mut i = seed;
    while out.chars().count() < chars {
        out.push_str(SENTENCES[i % SENTENCES.len()]);
        i += 1;
    }
    out
}

/// A report of about `paragraphs` long paragraphs under a two-part outline.
pub fn report(paragraphs: usize) -> Document {
    let mut blocks = vec![Block::Paragraph {
        number: String::new(),
        lead: String::new(),
        text: paragraph_text(0, 120),
    }];
    blocks.push(heading(1, "一、", "2025年工作总结", ""));
    let numbers = ["（一）", "（二）", "（三）", "（四）"];
    for (chapter, number) in numbers.iter().enumerate() {
        blocks.push(heading(2, number, "强化党建引领，基层基础更加坚实", ""));
        for p in 0..paragraphs / numbers.len() {
            let series = ["一是", "二是", "三是", "四是", "五是"];
            blocks.push(Block::Paragraph {
                number: series[p % series.len()].into(),
                lead: "夯实基层组织。".into(),
                text: paragraph_text(chapter * 3 + p, 260),
            });
        }
    }
    blocks.push(heading(1, "二、", "2026年工作安排", ""));
    blocks.push(heading(3, "1.", "持续优化营商环境。", &paragraph_text(2, 80)));
    blocks.push(heading(4, "（1）", "做好企业服务。", &paragraph_text(5, 60)));
    blocks.push(Block::Signature { text: "新华街道办事处".into() });
    blocks.push(Block::Signature { text: "2025年12月20日".into() });
    Document { title: TITLE.into(), blocks }
}

/// A document of body paragraphs only (no title), long enough to fill `pages` pages.
pub fn body_pages(pages: usize) -> Document {
    // 22 lines × 28 characters per page, minus what the last lines of paragraphs leave empty.
    let paragraphs = pages * 22 * 28 / 250 + 2;
    let blocks = (0..paragraphs)
        .map(|i| Block::Paragraph { number: String::new(), lead: String::new(), text: paragraph_text(i, 250) })
        .collect();
    Document { title: String::new(), blocks }
}

pub fn heading(level: u8, number: &str, text: &str, body: &str) -> Block {
    Block::Heading { level, number: number.into(), text: text.into(), body: body.into() }
}
