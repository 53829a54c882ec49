//! The one integration-test binary (one module per area).

mod article;
mod baseline;
mod check;
mod cli;
mod corpus;
mod dsl;
mod extract;
mod extract_quotes;
mod suppress;
