use sea_orm::entity::prelude::*;

/// 利用者: a person who reserves, known by a user key.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "residents")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub user_key: String,
    pub name: String,
    pub name_kana: String,
    pub birth_date: Date,
    pub phone: String,
    pub email: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Failed logins since the last success or lock.
    pub failed_logins: i32,
    /// Logins refused until then (too many failures); staff can lift it.
    pub login_locked_until: Option<DateTimeUtc>,
    /// The language they last used (`Language::code`), for their emails.
    pub language: String,
    /// Whether they want 前日のお知らせ (my reservations turns it off).
    pub reminders: bool,
    /// When the personal data was erased (`crate::own_data`): the row stays,
    /// blank, for the reservations that count in the statistics.
    pub erased_at: Option<DateTimeUtc>,
    /// The last login: activity, for the retention period.
    pub last_login_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The language their emails are written in: the one they last used.
    pub fn language(&self) -> crate::language::Language {
        crate::language::Language::parse(&self.language).unwrap_or_default()
    }

    /// The resident's details as the details form holds them (a logged-in
    /// resident's form, a known resident at the counter).
    pub fn details(&self) -> crate::domain::DetailsInput {
        use chrono::Datelike;
        crate::domain::DetailsInput {
            name: self.name.clone(),
            kana: self.name_kana.clone(),
            birth_year: self.birth_date.year().to_string(),
            birth_month: self.birth_date.month().to_string(),
            birth_day: self.birth_date.day().to_string(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            email_confirm: self.email.clone(),
            no_email: self.email.is_empty(),
        }
    }
}

/// The residents holding these reservations, by id (one query for a list).
pub async fn of_reservations(
    db: &impl ConnectionTrait,
    reservations: &[super::reservations::Model],
) -> Result<std::collections::HashMap<i32, Model>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Id.is_in(reservations.iter().map(|r| r.resident_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect())
}
