//! What a visitor's browser carries, signed by the server (HMAC-SHA256 with
//! the key in the `waiting_room` row, the same on every server):
//! - a **ticket**: their number in the line, which line (`epoch`), and the
//!   service they came for — kept while they wait, so a reload keeps their
//!   place;
//! - a **pass**: admitted, until a time; renewed while they keep using the
//!   site, so a resident in the middle of a reservation is never sent back.
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

pub const TICKET_COOKIE: &str = "e_yoyaku_ticket";
pub const PASS_COOKIE: &str = "e_yoyaku_pass";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub number: u64,
    /// Which line issued it: 0 for the shared line (PostgreSQL), the start
    /// time of the process for a line kept in memory (SQLite).
    pub epoch: u64,
    /// The service in the URL the visitor asked for, 0 for none.
    pub service: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pass {
    /// Unix seconds.
    pub expires: i64,
}

#[derive(Clone)]
pub struct Signer {
    key: Vec<u8>,
}

impl Signer {
    pub fn new(key: &[u8]) -> Signer {
        Signer { key: key.to_vec() }
    }

    fn mac(&self, text: &str) -> String {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(text.as_bytes());
        mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
    }

    fn verify(&self, value: &str) -> Option<String> {
        let (text, signature) = value.rsplit_once('.')?;
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key).ok()?;
        mac.update(text.as_bytes());
        let bytes = (0..signature.len())
            .step_by(2)
            .map(|i| signature.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect::<Option<Vec<u8>>>()?;
        mac.verify_slice(&bytes).ok()?;
        Some(text.to_string())
    }

    pub fn ticket(&self, t: Ticket) -> String {
        let text = format!("t{}-{}-{}", t.number, t.epoch, t.service);
        format!("{text}.{}", self.mac(&text))
    }

    pub fn read_ticket(&self, value: &str) -> Option<Ticket> {
        let text = self.verify(value)?;
        let mut parts = text.strip_prefix('t')?.split('-');
        let ticket = Ticket {
            number: parts.next()?.parse().ok()?,
            epoch: parts.next()?.parse().ok()?,
            service: parts.next()?.parse().ok()?,
        };
        parts.next().is_none().then_some(ticket)
    }

    pub fn pass(&self, p: Pass) -> String {
        let text = format!("p{}", p.expires);
        format!("{text}.{}", self.mac(&text))
    }

    /// A pass that is genuine and not yet expired at `now` (unix seconds).
    pub fn read_pass(&self, value: &str, now: i64) -> Option<Pass> {
        let text = self.verify(value)?;
        let pass = Pass { expires: text.strip_prefix('p')?.parse().ok()? };
        (pass.expires > now).then_some(pass)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets_and_passes_round_trip_and_cannot_be_forged() {
        let signer = Signer::new(b"key one");
        let ticket = Ticket { number: 42, epoch: 7, service: 3 };
        let value = signer.ticket(ticket);
        assert_eq!(signer.read_ticket(&value), Some(ticket));
        // A better number with the old signature, or another server's key.
        assert_eq!(signer.read_ticket(&value.replacen("t42", "t1", 1)), None);
        assert_eq!(Signer::new(b"key two").read_ticket(&value), None);
        assert_eq!(signer.read_ticket("t1-7-3"), None);
        assert_eq!(signer.read_ticket("t1-7-3.zz"), None);
        assert_eq!(signer.read_ticket(""), None);

        let pass = signer.pass(Pass { expires: 1_000 });
        assert_eq!(signer.read_pass(&pass, 999), Some(Pass { expires: 1_000 }));
        assert_eq!(signer.read_pass(&pass, 1_000), None, "expired");
        assert_eq!(signer.read_pass(&pass.replacen("p1000", "p9999", 1), 999), None);
        // A ticket is not a pass.
        assert_eq!(signer.read_pass(&value, 0), None);
    }
}
