//! Inputs for the benchmarks: a 50,000-character report built from the clean fixture report,
//! repeated with variations (another street name and shifted figures in each copy) so that it
//! reads like one long report rather than one text pasted many times.

/// The clean fixture report of the main package.
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
mod tests {
    #[test]
    fn long_report_has_the_asked_length() {
        let r = super::long_report(50_000);
        assert_eq!(r.chars().count(), 50_000);
        assert!(r.starts_with("青禾街道2025年工作总结"));
    }
}
