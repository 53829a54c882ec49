//! Reports: diagnostics and the renderers, one file per output format.
//! Only this module writes output.

pub mod diagnostic;
