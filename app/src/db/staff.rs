use sea_orm::entity::prelude::*;

/// 職員: a staff member of the console. Not a resident; logs in with a
/// login id and a password (stored as an Argon2id hash).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub login_id: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub failed_logins: i32,
    pub locked_until: Option<DateTimeUtc>,
    pub disabled: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// What a staff member may do (README 「職員アカウント」).
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Role {
    /// 管理者: also adds staff accounts and reads the audit log.
    #[sea_orm(string_value = "admin")]
    Admin,
    /// 職員: the day-to-day console.
    #[sea_orm(string_value = "clerk")]
    Clerk,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "管理者",
            Role::Clerk => "職員",
        }
    }

    /// `admin` or `clerk`, as the command line and the add-staff form say it.
    pub fn parse(input: &str) -> Option<Self> {
        match input.trim() {
            "admin" => Some(Role::Admin),
            "clerk" => Some(Role::Clerk),
            _ => None,
        }
    }
}

impl Model {
    /// The staff member as the audit log and the booking core know them.
    pub fn acting_from(&self, client: Option<std::net::IpAddr>) -> crate::actor::StaffActor {
        crate::actor::StaffActor { id: self.id, login_id: self.login_id.clone(), client }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
