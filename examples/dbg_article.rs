#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let a =
        factlint::article::load::load_file(std::path::Path::new(&p), &Default::default()).unwrap();
    let set = factlint::phrase::PhraseSet::new(&["Trump", "Kim", "Kim Jong Un", "Donald Trump"]);
    let f = factlint::phrase::FoldedText::new(&a.text);
    let hits = set.find_all(&f);
    println!(
        "{} hits; first {:?}",
        hits.len(),
        hits.iter().take(5).collect::<Vec<_>>()
    );
    println!("{:?}", &f.as_str()[..200]);
}
