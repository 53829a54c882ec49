use super::*;

#[test]
fn atomic_write_replaces_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.facts");
    fs::write(&file, "old").expect("write");
    write_atomically(&file, "new\n").expect("atomic write");
    assert_eq!(fs::read_to_string(&file).expect("read"), "new\n");
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn atomic_write_into_a_missing_dir_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("nope/a.facts");
    assert!(write_atomically(&file, "x").is_err());
}

#[cfg(unix)]
#[test]
fn atomic_write_through_a_symlink_rewrites_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("shared.facts");
    let link = dir.path().join("story.facts");
    fs::write(&target, "old").expect("write");
    std::os::unix::fs::symlink("shared.facts", &link).expect("symlink");
    write_atomically(&link, "new\n").expect("atomic write");
    assert!(fs::symlink_metadata(&link)
        .expect("lstat")
        .file_type()
        .is_symlink());
    assert_eq!(fs::read_to_string(&target).expect("read"), "new\n");
    let names: Vec<_> = fs::read_dir(dir.path())
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}
