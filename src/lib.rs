//! factlint: check news articles against a file of known facts.
//!
//! Data flows one way: rule files → [`dsl`] (parse, validate) →
//! [`check::Checker`] (compile once); articles → [`article`] (load,
//! segment) → [`extract`] (numbers, dates, quotes, negation, names) →
//! [`check`] (judge) → [`report`] (render).
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

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
