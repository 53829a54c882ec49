//! factlint: check news articles against a file of known facts.
//!
//! Data flows one way: rule files → [`dsl`] (parse, validate) →
//! [`check::Checker`] (compile once); articles → [`article`] (load,
//! segment) → [`extract`] (numbers, dates, quotes, negation, names) →
//! [`check`] (judge) → [`report`] (render).

pub mod article;
pub mod baseline;
pub mod check;
pub mod cli;
pub mod dsl;
pub mod eval;
pub mod extract;
pub mod phrase;
pub mod report;
pub mod source;
pub mod suppress;
