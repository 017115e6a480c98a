//! The printed table: one per database, figures and ratios to the
//! baselines of the same run, then each goal met or missed.
use crate::flows::{Answer, Step};
use crate::load::Latencies;
use std::time::Duration;

#[derive(Clone, Debug, Default)]
pub struct Row {
    pub label: String,
    pub rate: f64,
    pub unit: &'static str,
    pub latencies: Latencies,
    pub ok: usize,
    pub refused: usize,
    pub waiting: usize,
    pub server_errors: usize,
    /// Timeouts and lost connections.
    pub broken: usize,
    /// Percent of the baseline's rate, when there is one.
    pub versus: Option<f64>,
}

impl Row {
    pub fn rate(label: &str, rate: f64, unit: &'static str) -> Row {
        Row { label: label.into(), rate, unit, ..Default::default() }
    }

    /// Every answered request's latency counts (a refusal is an answer too);
    /// the rate is OK answers per second unless the caller sets another.
    pub fn of_steps(label: &str, steps: &[Step], wall: Duration, unit: &'static str) -> Row {
        let count = |f: &dyn Fn(&Answer) -> bool| steps.iter().filter(|s| f(&s.answer)).count();
        let ok = count(&|a| *a == Answer::Ok);
        Row {
            label: label.into(),
            rate: ok as f64 / wall.as_secs_f64(),
            unit,
            latencies: Latencies::new(
                steps.iter().filter(|s| !matches!(s.answer, Answer::Timeout | Answer::Broken)).map(|s| s.took).collect(),
            ),
            ok,
            refused: count(&|a| matches!(a, Answer::Refused(_))),
            waiting: count(&|a| *a == Answer::Waiting),
            server_errors: count(&|a| matches!(a, Answer::ServerError(_))),
            broken: count(&|a| matches!(a, Answer::Timeout | Answer::Broken)),
            versus: None,
        }
    }

    pub fn versus(self, baseline_rate: f64) -> Row {
        Row { versus: Some(self.rate / baseline_rate * 100.0), ..self }
    }

    pub fn p99_ms(&self) -> f64 {
        self.latencies.p99().as_secs_f64() * 1000.0
    }
}

pub struct Goal {
    what: String,
    value: f64,
    bound: f64,
    at_least: bool,
    unit: &'static str,
}

impl Goal {
    pub fn at_least(what: &str, value: f64, bound: f64, unit: &'static str) -> Goal {
        Goal { what: what.into(), value, bound, at_least: true, unit }
    }

    pub fn at_most(what: &str, value: f64, bound: f64, unit: &'static str) -> Goal {
        Goal { what: what.into(), value, bound, at_least: false, unit }
    }

    fn met(&self) -> bool {
        if self.at_least { self.value >= self.bound } else { self.value <= self.bound }
    }
}

pub struct Table {
    title: String,
    pub rows: Vec<Row>,
    lines: Vec<String>,
    goals: Vec<Goal>,
    pub faults: Vec<String>,
}

impl Table {
    pub fn new(title: String) -> Table {
        Table { title, rows: Vec::new(), lines: Vec::new(), goals: Vec::new(), faults: Vec::new() }
    }

    pub fn row(&mut self, row: Row) {
        self.rows.push(row);
    }

    pub fn line(&mut self, line: String) {
        self.lines.push(line);
    }

    pub fn goal(&mut self, goal: Goal) {
        self.goals.push(goal);
    }

    pub fn fault(&mut self, fault: String) {
        self.faults.push(fault);
    }

    pub fn print(&self) {
        println!("\n## {}\n", self.title);
        println!("| scenario | rate | vs baseline | p50 ms | p99 ms | max ms | ok | refused | waiting | 5xx | timeout/broken |");
        println!("|---|---|---|---|---|---|---|---|---|---|---|");
        for r in &self.rows {
            let ms = |d: Duration| format!("{:.1}", d.as_secs_f64() * 1000.0);
            let has_latency = r.latencies.len() > 0;
            println!(
                "| {} | {:.0} {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r.label,
                r.rate,
                r.unit,
                r.versus.map_or("".into(), |v| format!("{v:.0}%")),
                if has_latency { ms(r.latencies.p50()) } else { "".into() },
                if has_latency { ms(r.latencies.p99()) } else { "".into() },
                if has_latency { ms(r.latencies.max()) } else { "".into() },
                r.ok,
                r.refused,
                r.waiting,
                r.server_errors,
                r.broken,
            );
        }
        println!();
        for line in &self.lines {
            println!("{line}  ");
        }
        println!("\n| goal | measured | bound | |\n|---|---|---|---|");
        for g in &self.goals {
            println!(
                "| {} | {:.1} {} | {} {} {} | {} |",
                g.what,
                g.value,
                g.unit,
                if g.at_least { "≥" } else { "≤" },
                g.bound,
                g.unit,
                if g.met() { "met" } else { "**missed**" }
            );
        }
        for fault in &self.faults {
            println!("\nFAULT: {fault}");
        }
    }
}
