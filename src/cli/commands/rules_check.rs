//! `factlint rules check`: parse and validate rule files, draw every error.

use crate::cli::args::RulesCheckArgs;
use crate::cli::config::default_rule_paths;
use crate::cli::exit::Outcome;
use crate::cli::output::stdout_color;
use crate::dsl;
use crate::report::human::render_rule_errors;
use crate::report::summary::group;
use anyhow::Result;
use std::io::{self, Write};

pub fn run(args: &RulesCheckArgs) -> Result<Outcome> {
    let paths = default_rule_paths(&args.paths)?;
    let color = stdout_color(args.color);
    let mut out = io::stdout().lock();
    let result = dsl::rule_files(&paths).and_then(|_| dsl::load_rules(&paths));
    match result {
        Ok(rules) => {
            let n = rules.sources.len();
            writeln!(
                out,
                "{} {} ok",
                group(n),
                if n == 1 { "file" } else { "files" }
            )?;
            out.flush()?;
            Ok(Outcome::Clean)
        }
        Err(errors) => {
            out.write_all(&render_rule_errors(&errors, color))?;
            out.flush()?;
            Ok(Outcome::Error)
        }
    }
}
