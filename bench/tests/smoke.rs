//! The harness in miniature, so it cannot rot: every scenario on both
//! databases against the release server, failing on any correctness fault
//! (a 5xx, a timeout, an overbooked or miscounted slot, a lost booking).
//! Figures are printed, never asserted (docs/PERFORMANCE.md).
use std::path::Path;
use std::process::Command;

#[test]
fn the_rush_in_miniature_on_sqlite_and_postgresql() {
    let bench = env!("CARGO_BIN_EXE_bench");
    let server = Path::new(bench).with_file_name("server");
    assert!(server.exists(), "build the server first (cargo test -p server builds it): {}", server.display());
    let status = Command::new(bench).arg("--smoke").arg("--server").arg(&server).status().expect("run the bench");
    assert!(status.success(), "the bench smoke run found a fault (see its output above)");
}
