//! The one integration-test binary (one module per area).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod article;
mod baseline;
mod check;
mod cli;
mod corpus;
mod dsl;
mod extract;
mod extract_quotes;
mod hostile;
mod support;
mod suppress;
