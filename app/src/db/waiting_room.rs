use sea_orm::entity::prelude::*;

/// The waiting room's shared state (one row, id 1): the line's two
/// counters, so that several servers on one PostgreSQL database keep one
/// order; the key that signs tickets and passes; and what the city set.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "waiting_room")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// Tickets handed out so far: the next visitor to wait gets `issued + 1`.
    pub issued: i64,
    /// Tickets up to this number may come in.
    pub admitted: i64,
    /// 64 hex digits, made at first start-up.
    pub secret: String,
    /// How many requests may be in flight on one server before new
    /// visitors wait; None: the server's configured default.
    pub max_in_flight: Option<i32>,
    /// 受付開始: until then every new visitor takes a ticket and nobody is
    /// let in; from then on, in the order they came.
    pub opens_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
