//! What a resident's phone sends, as plain HTML form posts (JavaScript
//! off, the heaviest case for the server): page views, the details form,
//! then 送信. Each simulated resident keeps the waiting room's cookies and its
//! browser cookie (drafts belong to it), and, shown the waiting page, waits and reloads.
use std::time::{Duration, Instant};

/// One HTTP client for all simulated residents: no redirects followed (each
/// step is timed on its own), no cookie store (each [`Visitor`] keeps its
/// own), a 10 s limit after which a request counts as timed out.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .pool_max_idle_per_host(usize::MAX)
        .tcp_nodelay(true)
        .build()
        .expect("an HTTP client")
}

/// How one request ended, as the resident would see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// 2xx or the expected redirect.
    Ok,
    /// The waiting room's page instead of the one asked for.
    Waiting,
    /// A clear refusal: 409 満員, 429 too many, other 4xx.
    Refused(u16),
    ServerError(u16),
    Timeout,
    /// Connection refused or reset, an unexpected redirect.
    Broken,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub answer: Answer,
    pub took: Duration,
}

/// Whether a page is the waiting room (its heading, PRODUCT.md).
pub fn is_waiting_page(body: &str) -> bool {
    body.contains("順番にご案内しています")
}

fn classify(status: u16) -> Answer {
    match status {
        200..=399 => Answer::Ok,
        400..=499 => Answer::Refused(status),
        _ => Answer::ServerError(status),
    }
}

/// What the waiting room told one visitor, for the order check.
#[derive(Clone, Debug, Default)]
pub struct Queueing {
    /// Their ticket number, if they were given one.
    pub ticket: Option<u64>,
    /// When each reload that still found them waiting was sent.
    pub still_waiting_sent: Vec<Instant>,
    /// When the answer that let them in arrived.
    pub admitted_at: Option<Instant>,
    pub waited: Duration,
    /// Of which held by the server near the front of the line.
    pub held: Duration,
}

/// One simulated resident: their cookies, and how they queued.
pub struct Visitor<'a> {
    client: &'a reqwest::Client,
    base: &'a str,
    pass: Option<String>,
    ticket: Option<String>,
    browser: Option<String>,
    pub queueing: Queueing,
    /// How long they are prepared to wait in the line, in all.
    patience: Duration,
    /// Seconds between reloads of the waiting page.
    reload_every: Duration,
}

impl<'a> Visitor<'a> {
    pub fn new(client: &'a reqwest::Client, base: &'a str) -> Self {
        Visitor {
            client,
            base,
            pass: None,
            ticket: None,
            browser: None,
            queueing: Queueing::default(),
            patience: Duration::from_secs(300),
            reload_every: Duration::from_secs(5),
        }
    }

    fn cookies(&self) -> Option<String> {
        let parts: Vec<String> = [("e_yoyaku_pass", &self.pass), ("e_yoyaku_ticket", &self.ticket), ("eyoyaku_browser", &self.browser)]
            .iter()
            .filter_map(|(name, value)| value.as_ref().map(|v| format!("{name}={v}")))
            .collect();
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    fn keep_cookies(&mut self, headers: &reqwest::header::HeaderMap) {
        for value in headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()) {
            let Some((name, rest)) = value.split_once('=') else { continue };
            let value = rest.split(';').next().unwrap_or("").to_string();
            let slot = match name {
                "e_yoyaku_pass" => &mut self.pass,
                "e_yoyaku_ticket" => &mut self.ticket,
                // Drafts belong to the browser they were typed in.
                "eyoyaku_browser" => &mut self.browser,
                _ => continue,
            };
            *slot = (!value.is_empty()).then_some(value);
        }
        if let Some(number) = self.ticket.as_deref().and_then(ticket_number) {
            self.queueing.ticket = Some(number);
        }
    }

    /// One request, as many times as the waiting room asks (waiting
    /// between reloads, up to the visitor's patience). The step's time is
    /// the last request's: the waiting is in `queueing.waited`.
    async fn send(&mut self, method: reqwest::Method, path: &str, form: &[(&str, &str)]) -> (Step, Option<String>) {
        let queued_since = Instant::now();
        loop {
            let sent = Instant::now();
            let mut request = self.client.request(method.clone(), format!("{}{path}", self.base));
            if method == reqwest::Method::POST {
                request = request
                    .header("Accept", "text/html,application/xhtml+xml")
                    .header("Referer", format!("{}{path}", self.base))
                    .form(form);
            }
            if let Some(cookies) = self.cookies() {
                request = request.header("Cookie", cookies);
            }
            let (step, location) = match request.send().await {
                Ok(response) => {
                    let status = response.status().as_u16();
                    self.keep_cookies(response.headers());
                    // Time the waiting room held the request before serving it.
                    let queued = response
                        .headers()
                        .get_all("server-timing")
                        .iter()
                        .filter_map(|v| v.to_str().ok())
                        .find_map(|v| v.strip_prefix("queue;dur="))
                        .and_then(|ms| ms.parse::<u64>().ok())
                        .map(Duration::from_millis);
                    let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
                    let answer = match response.text().await {
                        Ok(body) if is_waiting_page(&body) => Answer::Waiting,
                        Ok(_) => classify(status),
                        Err(e) if e.is_timeout() => Answer::Timeout,
                        Err(_) => Answer::Broken,
                    };
                    let took = sent.elapsed();
                    if let Some(queued) = queued {
                        self.queueing.held += queued;
                    }
                    (Step { answer, took: took.saturating_sub(queued.unwrap_or_default()) }, location)
                }
                Err(e) if e.is_timeout() => (Step { answer: Answer::Timeout, took: sent.elapsed() }, None),
                Err(_) => (Step { answer: Answer::Broken, took: sent.elapsed() }, None),
            };
            if step.answer != Answer::Waiting {
                if self.queueing.ticket.is_some() && self.queueing.admitted_at.is_none() && step.answer == Answer::Ok {
                    self.queueing.admitted_at = Some(Instant::now());
                }
                self.queueing.waited += queued_since.elapsed().saturating_sub(step.took);
                return (step, location);
            }
            self.queueing.still_waiting_sent.push(sent);
            if queued_since.elapsed() + self.reload_every > self.patience {
                self.queueing.waited += queued_since.elapsed();
                return (step, location);
            }
            tokio::time::sleep(self.reload_every).await;
        }
    }

    pub async fn get(&mut self, path: &str) -> Step {
        self.send(reqwest::Method::GET, path, &[]).await.0
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (Step, Option<String>) {
        self.send(reqwest::Method::POST, path, form).await
    }

    /// The details of resident `n` for `slot_id`, then 送信.
    pub async fn reserve(&mut self, slot_id: i32, n: usize) -> Reservation {
        let email = format!("bench{n}@example.jp");
        let slot = slot_id.to_string();
        let form = [
            ("draft_id", ""),
            ("slot_id", slot.as_str()),
            ("name", "射水 太郎"),
            ("kana", "いみず たろう"),
            ("birth_year", "1960"),
            ("birth_month", "4"),
            ("birth_day", "1"),
            ("phone", "0766-51-6666"),
            ("email", email.as_str()),
            ("email_confirm", email.as_str()),
        ];
        let (details, location) = self.post("/api/reserve/details", &form).await;
        let draft = location
            .as_deref()
            .and_then(|l| l.strip_prefix("/reserve/drafts/"))
            .and_then(|rest| rest.strip_suffix("/confirm"))
            .map(str::to_string);
        let Some(draft) = draft else {
            let details = match details.answer {
                Answer::Ok => Step { answer: Answer::Broken, ..details },
                _ => details,
            };
            return Reservation { details, submit: None };
        };
        let (mut submit, location) = self.post("/api/reserve/submit", &[("draft_id", draft.as_str())]).await;
        if submit.answer == Answer::Ok {
            submit.answer = match location.as_deref() {
                Some(l) if l.ends_with("/complete") => Answer::Ok,
                // A form post refused (満員 …) goes back to its page with the error.
                Some(l) if l.contains("__err=") => Answer::Refused(409),
                _ => Answer::Broken,
            };
        }
        Reservation { details, submit: Some(submit) }
    }
}

/// The number in a ticket cookie's value (`t{number}-{epoch}-{service}.{signature}`).
pub fn ticket_number(value: &str) -> Option<u64> {
    value.strip_prefix('t')?.split('-').next()?.parse().ok()
}

/// One resident's reservation: the details form, then 送信.
#[derive(Clone, Debug)]
pub struct Reservation {
    pub details: Step,
    /// None when the details step did not lead to the check page.
    pub submit: Option<Step>,
}

impl Reservation {
    pub fn reserved(&self) -> bool {
        matches!(&self.submit, Some(Step { answer: Answer::Ok, .. }))
    }

    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        std::iter::once(&self.details).chain(self.submit.iter())
    }
}

/// Admissions out of order: a visitor still told to wait by a request
/// sent after another visitor with a later ticket had been let in.
pub fn out_of_order(visitors: &[Queueing]) -> usize {
    let mut admitted: Vec<(u64, Instant)> =
        visitors.iter().filter_map(|q| Some((q.ticket?, q.admitted_at?))).collect();
    admitted.sort();
    let mut faults = 0;
    for q in visitors {
        let Some(mine) = q.ticket else { continue };
        // The earliest admission of anyone behind this visitor.
        let first_later = admitted.iter().filter(|(t, _)| *t > mine).map(|(_, at)| *at).min();
        if let Some(first_later) = first_later {
            faults += q.still_waiting_sent.iter().filter(|sent| **sent > first_later).count().min(1);
        }
    }
    faults
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_numbers_are_read_from_the_cookie() {
        assert_eq!(ticket_number("t42-0-3.abcdef"), Some(42));
        assert_eq!(ticket_number("p123.abc"), None);
    }

    #[test]
    fn a_later_ticket_let_in_before_an_earlier_one_is_a_fault() {
        let t0 = Instant::now();
        let later = |ms| t0 + Duration::from_millis(ms);
        let fair = vec![
            Queueing { ticket: Some(1), still_waiting_sent: vec![later(0)], admitted_at: Some(later(10)), ..Default::default() },
            Queueing { ticket: Some(2), still_waiting_sent: vec![later(5)], admitted_at: Some(later(20)), ..Default::default() },
        ];
        assert_eq!(out_of_order(&fair), 0);
        let unfair = vec![
            Queueing { ticket: Some(1), still_waiting_sent: vec![later(0), later(30)], admitted_at: Some(later(40)), ..Default::default() },
            Queueing { ticket: Some(2), still_waiting_sent: vec![], admitted_at: Some(later(20)), ..Default::default() },
        ];
        assert_eq!(out_of_order(&unfair), 1);
    }
}
