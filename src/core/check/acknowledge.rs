//! Acknowledged findings: the author confirms a finding (仍要导出 / 已确认) with a reason, the
//! draft keeps it by [`Finding::key`], and later checks return it with `acknowledged: true`.
//! Also the export gate: [`blocking`]. Not for deciding what is a finding (see the rules).

use super::Finding;
use crate::core::model::{Acknowledgement, Draft};

/// Marks the findings the draft has acknowledged.
pub fn apply(findings: &mut [Finding], draft: &Draft) {
    for f in findings.iter_mut() {
        f.acknowledged = draft.is_acknowledged(&f.key());
    }
}

/// True when any error is not acknowledged: the UI's export gate.
pub fn blocking(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == super::Severity::Error && !f.acknowledged)
}

/// Records that the author acknowledged `finding` for `reason` (once per key).
pub fn acknowledge(draft: &mut Draft, finding: &Finding, reason: impl Into<String>) {
    let key = finding.key();
    let reason = reason.into();
    match draft.acknowledged.iter_mut().find(|a| a.key == key) {
        Some(a) => a.reason = reason,
        None => draft.acknowledged.push(Acknowledgement { rule: finding.rule.clone(), key, reason }),
    }
}

/// Withdraws an acknowledgement.
pub fn withdraw(draft: &mut Draft, key: &str) {
    draft.acknowledged.retain(|a| a.key != key);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::{Location, Severity};

    fn error(rule: &str) -> Finding {
        Finding {
            rule: rule.into(),
            severity: Severity::Error,
            message: "信访事项按期办结率写为99.8%，但349÷356=98.0%。".into(),
            location: Location { indicator: Some("rate".into()), ..Location::default() },
            excerpt: "99.8%".into(),
            suggestion: None,
            acknowledged: false,
        }
    }

    #[test]
    fn acknowledging_marks_once_and_withdrawing_restores_the_gate() {
        let mut draft = Draft::default();
        let mut findings = vec![error("rate-mismatch"), Finding { severity: Severity::Warning, ..error("figure-conflict") }];
        assert!(blocking(&findings));
        acknowledge(&mut draft, &findings[0], "按上级口径");
        acknowledge(&mut draft, &findings[0], "按区信访局口径");
        assert_eq!(draft.acknowledged.len(), 1);
        assert_eq!(draft.acknowledged[0].reason, "按区信访局口径");
        apply(&mut findings, &draft);
        assert!(findings[0].acknowledged && !findings[1].acknowledged);
        assert!(!blocking(&findings));
        withdraw(&mut draft, &findings[0].key());
        apply(&mut findings, &draft);
        assert!(blocking(&findings));
    }
}
