//! Integration tests: dsl.
