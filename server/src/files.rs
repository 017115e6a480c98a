//! Files and folders the server creates hold residents' data (the SQLite
//! database, mail written to a folder, backups): private to the user the
//! server runs as — folders 0700, files 0600 — whatever the umask was.
use anyhow::{Context, Result};
use std::path::Path;

/// From now on, everything this process creates is private (umask 077):
/// also the files SQLite makes itself (the database, its -wal and -shm).
pub fn private_by_default() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

/// Creates `dir` (and its parents) if needed and makes it 0700.
pub fn private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("{} を作成できませんでした", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("{} の権限を 0700 にできませんでした", dir.display()))?;
    }
    Ok(())
}

/// Writes `bytes` to a new file readable by this user only, whole or not
/// at all: it is written as a hidden `.name.part` beside it, synced, then
/// renamed, so whatever reads the folder (a person, a script collecting
/// mail, the tests) never sees half a file, and a crash leaves only a
/// `.part` to delete.
pub async fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().ok_or_else(|| std::io::Error::other("a file name is needed"))?;
    let part = path.with_file_name(format!(".{}.part", name.to_string_lossy()));
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(&part).await?;
    tokio::io::AsyncWriteExt::write_all(&mut file, bytes).await?;
    file.sync_all().await?;
    tokio::fs::rename(&part, path).await
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[tokio::test]
    async fn folders_and_files_are_private() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a/mail");
        private_dir(&dir).unwrap();
        assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
        let file = dir.join("x.eml");
        write_private(&file, b"secret").await.unwrap();
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&file).unwrap(), b"secret");
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, ["x.eml"], "nothing but the file is left");
    }
}
