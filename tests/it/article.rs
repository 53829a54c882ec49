//! Integration tests: article.
