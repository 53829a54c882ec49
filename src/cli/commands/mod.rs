//! One file per command.

pub mod check;
pub mod eval;
pub mod explain;
pub mod rules_check;
pub mod rules_fmt;
pub mod test;

use crate::dsl::{self, RuleErrors, RuleSet};
use crate::report::human::render_rule_errors;
use std::path::PathBuf;

use super::output::write_stderr;

/// Load rules; on errors, draw them on stderr and return `None`.
pub(crate) fn load_rules_or_report(paths: &[PathBuf], color: bool) -> Option<RuleSet> {
    match dsl::load_rules(paths) {
        Ok(rules) => Some(rules),
        Err(errors) => {
            report_rule_errors(&errors, color);
            None
        }
    }
}

pub(crate) fn report_rule_errors(errors: &RuleErrors, color: bool) {
    write_stderr(&render_rule_errors(errors, color));
}

#[cfg(test)]
mod tests;
