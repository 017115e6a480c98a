//! The front end's files under `/pkg`: content-hashed names (cargo-leptos
//! `hash-files`), compressed once at build time (brotli -11 and gzip beside
//! each file, `--precompress`), served as they are, and kept by browsers
//! for a year (`immutable`) — a phone downloads the wasm once per release,
//! and the server never compresses it per request.
//!
//! `scripts/build-front` leaves `hash.txt` (which hash each name got) in
//! the site root, where the pages' script tags are made from it. Without
//! it (a build without hashing, the tests' empty site) the plain names are
//! served. The stylesheet is also copied to its plain name, for the pages
//! the server writes itself (waiting page, 429), and revalidated.
use std::path::{Path, PathBuf};

/// `hash.txt` in the site root, when the build hashed the names.
pub fn hash_file(site_root: &Path) -> Option<PathBuf> {
    let file = site_root.join("hash.txt");
    file.is_file().then(|| std::path::absolute(&file).unwrap_or(file))
}

/// Whether a file name carries its content's hash: a 22-character
/// base64url part (`e-yoyaku.Q2xhc3NpYzEyMzQ1Njc4OQ.wasm`).
fn has_content_hash(name: &str) -> bool {
    name.split('.')
        .any(|part| part.len() == 22 && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
}

/// How long a browser may keep a `/pkg` file: a year, unchanged, when its
/// name carries its content's hash; otherwise it must ask each time.
pub fn cache_control(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    if has_content_hash(name) { "public, max-age=31536000, immutable" } else { "public, max-age=0, must-revalidate" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_file_is_found_in_the_site_root() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(hash_file(dir.path()), None);
        std::fs::write(dir.path().join("hash.txt"), "js: AAA\n").unwrap();
        assert!(hash_file(dir.path()).unwrap().is_absolute());
    }

    #[test]
    fn only_hashed_names_are_kept_for_a_year() {
        assert!(cache_control("/pkg/e-yoyaku.Q2xhc3NpYzEyMzQ1Njc4OQ.wasm").contains("immutable"));
        assert!(cache_control("/pkg/split_3.AbCdEfGhIjKlMnOpQrStUv.wasm").contains("immutable"));
        assert!(cache_control("/pkg/e-yoyaku.css").contains("must-revalidate"));
        assert!(cache_control("/pkg/e-yoyaku.wasm").contains("must-revalidate"));
        assert!(cache_control("/pkg/snippets/leptos-abc/inline0.js").contains("must-revalidate"));
    }
}
