//! What a staff account must look like: the login id and the password rule.
use crate::domain::normalize;

/// ログインID: 3–64 of a–z, 0–9, `.`, `_`, `-` (lower-cased; full-width
/// letters from a Japanese keyboard are folded first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoginId(String);

impl LoginId {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let id = normalize(input).to_lowercase();
        if id.is_empty() {
            return Err("ログインIDを入力してください。");
        }
        let valid = (3..=64).contains(&id.len())
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'));
        if valid { Ok(Self(id)) } else { Err("ログインIDは半角英数字と . _ - の3〜64文字です。") }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub const MIN_PASSWORD_CHARS: usize = 12;

/// The staff password rule. Length is what makes a password strong (NIST
/// SP 800-63B), so: at least 12 characters (any: a Japanese phrase is
/// fine), at most 128, not the login id inside it, not one character
/// repeated, not a well-known password.
pub fn check_password(login_id: &LoginId, password: &str) -> Result<(), &'static str> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err("パスワードは12文字以上にしてください（長いほど安全です。文章のようなものでも構いません）。");
    }
    if chars > 128 {
        return Err("パスワードは128文字以内にしてください。");
    }
    let lower = password.to_lowercase();
    if lower.contains(login_id.as_str()) {
        return Err("パスワードにログインIDを含めないでください。");
    }
    let mut distinct: Vec<char> = lower.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 4 {
        return Err("同じ文字の繰り返しのような、推測されやすいパスワードは使えません。");
    }
    const WELL_KNOWN: &[&str] = &["password1234", "123456789012", "qwertyuiopas", "passwordpassword", "imizu1234567"];
    if WELL_KNOWN.iter().any(|w| lower.starts_with(w)) {
        return Err("よく知られたパスワードは使えません。");
    }
    Ok(())
}

#[cfg(feature = "ssr")]
pub mod db {
    use super::{LoginId, check_password};
    use crate::db::begin_write;
    use crate::db::staff::{self, Role};
    use crate::login::ssr::{blocking, hash_code};
    use chrono::{DateTime, Utc};
    use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};
    use std::sync::LazyLock;

    /// Checked when there is no account, so that an unknown login id takes
    /// as long to refuse as a wrong password.
    pub static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_code("not a staff password"));

    #[derive(Debug, thiserror::Error)]
    pub enum CreateError {
        #[error("{0}")]
        Invalid(&'static str),
        #[error("ログインID {0} はすでに使われています。")]
        Taken(String),
        #[error("データベースエラー: {0}")]
        Db(#[from] DbErr),
    }

    impl From<crate::login::ssr::HashingError> for CreateError {
        fn from(error: crate::login::ssr::HashingError) -> Self {
            CreateError::Db(error.into())
        }
    }

    /// Creates a staff account (the server's `staff add` command; later the
    /// admin's console).
    pub async fn create(
        db: &DatabaseConnection,
        login_id: &str,
        display_name: &str,
        password: &str,
        role: Role,
        now: DateTime<Utc>,
    ) -> Result<staff::Model, CreateError> {
        let id = LoginId::parse(login_id).map_err(CreateError::Invalid)?;
        check_password(&id, password).map_err(CreateError::Invalid)?;
        let hash = {
            let password = password.to_string();
            blocking(move || hash_code(&password)).await?
        };
        let txn = begin_write(db).await?;
        if staff::Entity::find().filter(staff::Column::LoginId.eq(id.as_str())).one(&txn).await?.is_some() {
            return Err(CreateError::Taken(id.as_str().to_string()));
        }
        let name = if display_name.trim().is_empty() { id.as_str() } else { display_name.trim() };
        let created = staff::ActiveModel {
            login_id: Set(id.as_str().to_string()),
            display_name: Set(name.to_string()),
            password_hash: Set(hash),
            role: Set(role),
            failed_logins: Set(0),
            locked_until: Set(None),
            disabled: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(created)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_ids_are_folded_and_checked() {
        assert_eq!(LoginId::parse(" Ｈｏｋｅｎ.Tanaka ").unwrap().as_str(), "hoken.tanaka");
        assert!(LoginId::parse("ab").is_err());
        assert!(LoginId::parse("田中").is_err());
        assert!(LoginId::parse("").is_err());
    }

    #[test]
    fn passwords_must_be_long_and_not_guessable() {
        let id = LoginId::parse("tanaka").unwrap();
        assert!(check_password(&id, "春の健診は九時から始まります").is_ok());
        assert!(check_password(&id, "correct horse battery").is_ok());
        assert!(check_password(&id, "short").is_err());
        assert!(check_password(&id, "tanaka-is-my-name").is_err());
        assert!(check_password(&id, "aaaaaaaaaaaaaaaa").is_err());
        assert!(check_password(&id, "Password1234!").is_err());
    }
}
