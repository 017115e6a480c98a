//! The line: two counters. `issued` counts tickets handed out (the next
//! visitor to wait gets `issued + 1`); `admitted` says that every ticket up
//! to it may come in. Both only grow, so the visitors let in are always the
//! first ones to have come: order is kept by construction, whichever server
//! hands out the ticket or lets it in.
//!
//! - **PostgreSQL** (one or several servers): the counters are the
//!   `waiting_room` row. A ticket is `UPDATE … SET issued = issued + 1
//!   RETURNING issued` (the row lock orders concurrent arrivals across
//!   servers); letting in is `SET admitted = LEAST(issued, admitted + k)`.
//!   Every server reads both every tick, so each knows whether anyone waits.
//!   Arrivals are numbered in batches: while one `UPDATE … + n` is in
//!   flight the next arrivals gather, and the next UPDATE numbers them all
//!   (in the order they came), so a rush costs the database a few hundred
//!   small writes a second, not one per visitor.
//! - **SQLite** (one server): the counters live in memory, and cost nothing.
//!   A restart starts a new line (a new `epoch`); tickets from the old one
//!   came before everyone in the new one, so they are let in at once.
use app::db::waiting_room;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter};
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::{Notify, mpsc, oneshot};

type Asking = oneshot::Sender<Result<u64, DbErr>>;

pub struct Line {
    issued: AtomicU64,
    admitted: AtomicU64,
    pub epoch: u64,
    shared: Option<DatabaseConnection>,
    /// PostgreSQL: arrivals waiting to be numbered by the batching task.
    asking: Option<mpsc::UnboundedSender<Asking>>,
    /// Woken whenever `admitted` grows (held requests watch it).
    pub moved: Notify,
}

impl Line {
    /// A line kept in the database when it is PostgreSQL, in memory otherwise.
    pub async fn open(db: &DatabaseConnection, started_unix_ms: u64) -> Result<Line, DbErr> {
        if db.get_database_backend() == DbBackend::Postgres {
            let row = waiting_room::Entity::find_by_id(1).one(db).await?.ok_or_else(|| DbErr::RecordNotFound("waiting_room".into()))?;
            let (asking, asked) = mpsc::unbounded_channel();
            tokio::spawn(number_in_batches(db.clone(), asked));
            Ok(Line {
                issued: AtomicU64::new(row.issued as u64),
                admitted: AtomicU64::new(row.admitted as u64),
                epoch: 0,
                shared: Some(db.clone()),
                asking: Some(asking),
                moved: Notify::new(),
            })
        } else {
            Ok(Line {
                issued: AtomicU64::new(0),
                admitted: AtomicU64::new(0),
                epoch: started_unix_ms,
                shared: None,
                asking: None,
                moved: Notify::new(),
            })
        }
    }

    /// How many hold a ticket and have not been let in (as last seen).
    pub fn waiting(&self) -> u64 {
        self.issued.load(Ordering::Acquire).saturating_sub(self.admitted.load(Ordering::Acquire))
    }

    pub fn admitted(&self) -> u64 {
        self.admitted.load(Ordering::Acquire)
    }

    /// Whether `number` of line `epoch` may come in.
    pub fn lets_in(&self, number: u64, epoch: u64) -> bool {
        epoch != self.epoch || number <= self.admitted()
    }

    /// A new ticket: the next number in the line.
    pub async fn issue(&self) -> Result<u64, DbErr> {
        match &self.asking {
            None => Ok(self.issued.fetch_add(1, Ordering::AcqRel) + 1),
            Some(asking) => {
                let (answer, number) = oneshot::channel();
                asking.send(answer).map_err(|_| DbErr::Custom("the ticket task has stopped".into()))?;
                let number = number.await.map_err(|_| DbErr::Custom("the ticket task has stopped".into()))??;
                self.issued.fetch_max(number, Ordering::AcqRel);
                Ok(number)
            }
        }
    }

    /// Lets in up to `k` more, in order; returns how many were let in.
    pub async fn admit(&self, k: u64) -> Result<u64, DbErr> {
        if k == 0 {
            return Ok(0);
        }
        match &self.shared {
            None => {
                let issued = self.issued.load(Ordering::Acquire);
                let before = self
                    .admitted
                    .fetch_update(Ordering::AcqRel, Ordering::Acquire, |a| Some(Ord::max(Ord::min(a + k, issued), a)))
                    .unwrap_or(0);
                self.moved.notify_waiters();
                Ok(self.admitted().saturating_sub(before))
            }
            Some(db) => {
                let before = self.admitted();
                let least = Func::cust("LEAST")
                    .arg(Expr::col(waiting_room::Column::Issued))
                    .arg(Expr::col(waiting_room::Column::Admitted).add(k as i64));
                let row = waiting_room::Entity::update_many()
                    .col_expr(waiting_room::Column::Admitted, least.into())
                    .filter(waiting_room::Column::Id.eq(1))
                    .exec_with_returning(db)
                    .await?
                    .into_iter()
                    .next()
                    .ok_or_else(|| DbErr::RecordNotFound("waiting_room".into()))?;
                self.seen(row.issued, row.admitted);
                Ok((row.admitted as u64).saturating_sub(before))
            }
        }
    }

    /// Takes the shared counters from the row read every tick: what the
    /// other servers handed out and let in. (A line in memory ignores the
    /// row, whose counters it does not use.)
    pub fn refresh_from(&self, row: &waiting_room::Model) {
        if self.shared.is_some() {
            self.seen(row.issued, row.admitted);
        }
    }

    fn seen(&self, issued: i64, admitted: i64) {
        self.issued.fetch_max(issued as u64, Ordering::AcqRel);
        if self.admitted.fetch_max(admitted as u64, Ordering::AcqRel) < admitted as u64 {
            self.moved.notify_waiters();
        }
    }
}

/// PostgreSQL: numbers whoever has asked since the last write with one
/// `UPDATE … SET issued = issued + n RETURNING issued`, in the order they asked.
async fn number_in_batches(db: DatabaseConnection, mut asked: mpsc::UnboundedReceiver<Asking>) {
    while let Some(first) = asked.recv().await {
        let mut batch = vec![first];
        while let Ok(more) = asked.try_recv() {
            batch.push(more);
        }
        let n = batch.len() as i64;
        let result = waiting_room::Entity::update_many()
            .col_expr(waiting_room::Column::Issued, Expr::col(waiting_room::Column::Issued).add(n))
            .filter(waiting_room::Column::Id.eq(1))
            .exec_with_returning(&db)
            .await
            .and_then(|rows| rows.into_iter().next().ok_or_else(|| DbErr::RecordNotFound("waiting_room".into())));
        match result {
            Ok(row) => {
                let first_number = (row.issued - n + 1) as u64;
                for (i, answer) in batch.into_iter().enumerate() {
                    let _ = answer.send(Ok(first_number + i as u64));
                }
            }
            Err(error) => {
                let text = error.to_string();
                for answer in batch {
                    let _ = answer.send(Err(DbErr::Custom(text.clone())));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory() -> Line {
        Line { issued: AtomicU64::new(0), admitted: AtomicU64::new(0), epoch: 5, shared: None, asking: None, moved: Notify::new() }
    }

    #[tokio::test]
    async fn tickets_are_let_in_in_order_and_never_past_the_last_issued() {
        let line = memory();
        let tickets: Vec<u64> = futures_join(&line, 5).await;
        assert_eq!(tickets, [1, 2, 3, 4, 5]);
        assert_eq!(line.waiting(), 5);
        assert_eq!(line.admit(2).await.unwrap(), 2);
        assert!(line.lets_in(1, 5) && line.lets_in(2, 5) && !line.lets_in(3, 5));
        assert_eq!(line.admit(10).await.unwrap(), 3, "only the five issued");
        assert_eq!(line.waiting(), 0);
        // A ticket from before a restart came earlier than everyone now.
        assert!(line.lets_in(99, 4));
    }

    async fn futures_join(line: &Line, n: usize) -> Vec<u64> {
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(line.issue().await.unwrap());
        }
        out
    }
}
