//! `server staff add`: creates a staff account from the server's command
//! line — how the first 管理者 comes to exist (README, 「職員アカウント」).
//!
//! ```text
//! target/release/server staff add --admin tanaka --name "田中 花子"
//! printf '%s\n' "$PASSWORD" | target/release/server staff add --clerk suzuki
//! ```
//! The password is asked twice without echo on a terminal, or read as the
//! first line of standard input otherwise (never from the command line,
//! where other users could see it in the process list).
use crate::config::Config;
use app::db::staff::Role;
use anyhow::{Context, Result, bail};
use std::io::{BufRead, IsTerminal};

pub const USAGE: &str = "使い方: server staff add (--admin | --clerk) <ログインID> [--name <表示名>]\n\
    パスワードは端末で2回入力するか、標準入力の1行目で渡します。";

#[derive(Debug, PartialEq, Eq)]
pub struct AddStaff {
    pub login_id: String,
    pub display_name: String,
    pub role: Role,
}

pub fn parse(args: &[String]) -> Result<AddStaff> {
    let mut role = None;
    let mut login_id = None;
    let mut display_name = String::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--admin" => role = Some(Role::Admin),
            "--clerk" => role = Some(Role::Clerk),
            "--name" => display_name = rest.next().context(USAGE)?.clone(),
            other if other.starts_with("--") => bail!("知らないオプション {other}\n{USAGE}"),
            other if login_id.is_none() => login_id = Some(other.to_string()),
            _ => bail!("{USAGE}"),
        }
    }
    match (role, login_id) {
        (Some(role), Some(login_id)) => Ok(AddStaff { login_id, display_name, role }),
        _ => bail!("{USAGE}"),
    }
}

fn read_password() -> Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("パスワード（12文字以上）: ")?;
        let second = rpassword::prompt_password("もう一度: ")?;
        if first != second {
            bail!("2回の入力が一致しません。");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

pub async fn run(args: &[String]) -> Result<()> {
    let add = parse(args)?;
    let password = read_password()?;
    let config = Config::from_env()?;
    let db = crate::database::connect(&config).await?;
    crate::database::migrate(&config, &db).await?;
    let created = app::staff::account::db::create(&db, &add.login_id, &add.display_name, &password, add.role, chrono::Utc::now())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "職員アカウントを作成しました: {}（{}、{}）",
        created.login_id,
        created.display_name,
        created.role.label()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_role_id_and_name() {
        let add = parse(&args(&["--admin", "tanaka", "--name", "田中 花子"])).unwrap();
        assert_eq!(add, AddStaff { login_id: "tanaka".into(), display_name: "田中 花子".into(), role: Role::Admin });
        assert!(parse(&args(&["tanaka"])).is_err(), "a role is required");
        assert!(parse(&args(&["--clerk"])).is_err(), "a login id is required");
        assert!(parse(&args(&["--clerk", "a", "--password", "x"])).is_err(), "no passwords on the command line");
    }
}
