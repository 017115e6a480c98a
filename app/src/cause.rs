//! The cause of an unexpected failure, carried inside an error value so the
//! log gets the whole chain while the page gets only an apology.
use std::sync::Arc;

/// The cause of an internal error, for the log: never serialised (the
/// browser gets an empty one), never compared.
#[derive(Clone, Default)]
pub struct Cause(Option<Arc<dyn std::error::Error + Send + Sync>>);

impl Cause {
    pub fn new(error: impl std::error::Error + Send + Sync + 'static) -> Self {
        Cause(Some(Arc::new(error)))
    }

    /// `outer: inner: innermost`.
    pub fn chain(&self) -> String {
        let mut out = String::new();
        let mut next: Option<&(dyn std::error::Error + 'static)> = self.0.as_deref().map(|e| e as _);
        while let Some(error) = next {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&error.to_string());
            next = error.source();
        }
        out
    }
}

impl std::fmt::Debug for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cause({})", self.chain())
    }
}

impl PartialEq for Cause {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Cause {}
