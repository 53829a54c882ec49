// The checker allocates many short-lived vectors and strings per article;
// mimalloc serves them faster than the system allocator (see
// docs/performance.md). Library users keep their own allocator (and may
// drop the `mimalloc` feature).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    factlint::cli::run()
}
