//! `server backup PATH`: a consistent copy of the SQLite database while
//! the server keeps running (SQLite's `VACUUM INTO`: one read transaction,
//! so the copy is the database at one moment, bookings in progress either
//! wholly in or wholly out). The copy is a plain SQLite file, private to
//! the server's user; restoring is stopping the server and putting the file
//! back as DATABASE_URL's file (README 「バックアップと復元」). PostgreSQL
//! is backed up with its own tools (pg_dump), documented there.
use crate::config::Config;
use anyhow::{Context, Result, bail};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use secrecy::ExposeSecret;
use std::path::Path;

pub const USAGE: &str = "使い方: server backup <保存先のファイル>（SQLite のときだけ。PostgreSQL は pg_dump を使います）";

pub async fn run(args: &[String]) -> Result<()> {
    let [target] = args else { bail!("{USAGE}") };
    let config = Config::from_env()?;
    let written = backup(&config, Path::new(target)).await?;
    println!("バックアップを作成しました: {} ({} バイト)", written.display(), std::fs::metadata(&written)?.len());
    Ok(())
}

/// Writes a copy of the database to `target`, which must not exist yet.
pub async fn backup(config: &Config, target: &Path) -> Result<std::path::PathBuf> {
    if !config.database_url.expose_secret().starts_with("sqlite:") {
        bail!("DATABASE_URL は PostgreSQL です。pg_dump でバックアップしてください（README 「バックアップと復元」）。");
    }
    if target.exists() {
        bail!("{} はすでにあります。上書きはしません。別の名前を指定してください。", target.display());
    }
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("{} を作成できませんでした", parent.display()))?;
    }
    crate::files::private_by_default();
    let db = crate::database::connect(config).await?;
    let path = target.to_str().context("保存先のパスは UTF-8 で指定してください")?;
    db.execute_raw(Statement::from_sql_and_values(DbBackend::Sqlite, "VACUUM INTO ?", [path.into()]))
        .await
        .with_context(|| format!("{} にバックアップを書けませんでした", target.display()))?;
    let _ = db.close().await;
    Ok(target.to_path_buf())
}
