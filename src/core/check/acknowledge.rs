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
