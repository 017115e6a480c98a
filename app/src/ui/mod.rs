//! Shared components: the page frame, form fields with their errors, the
//! error summary and buttons that show they are working.
mod form;
mod layout;

pub use form::{ErrorSummary, SubmitButton, TextField, error_for};
pub use layout::{Breadcrumbs, HomePage, LoadError, NotFound, SiteFooter, SiteHeader, loading};
