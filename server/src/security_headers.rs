//! The headers every answer carries: what the browser may run and load
//! (CSP: pages made by Leptos set their own, with a nonce; everything else
//! gets the policy without one), no framing, no sniffing, no referrer to
//! other sites (draft ids are in URLs), no camera (but for the staff
//! console, whose 受付 reads 予約票 with it) or location, and — when the
//! site is served over https — HSTS.
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderName, HeaderValue, header};

#[derive(Clone, Copy)]
pub struct SecurityHeaders {
    /// `APP_BASE_URL` is https: browsers are told to use nothing else.
    pub https: bool,
}

/// A year, the sub-domains left alone (the city's other sites are theirs).
const HSTS: &str = "max-age=31536000";
const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
/// The staff console: the camera for 受付 (`/staff/check-in`). Every
/// `/staff` page, as a clerk reaches 受付 from them without a new load and
/// the policy is the first page's.
const STAFF_PERMISSIONS: &str = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

pub async fn add(State(settings): State<SecurityHeaders>, request: Request, next: Next) -> Response {
    let staff = request.uri().path() == "/staff" || request.uri().path().starts_with("/staff/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let mut set = |name: HeaderName, value: HeaderValue| {
        headers.entry(name).or_insert(value);
    };
    set(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    set(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    set(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    set(HeaderName::from_static("permissions-policy"), HeaderValue::from_static(if staff { STAFF_PERMISSIONS } else { PERMISSIONS }));
    if let Ok(policy) = HeaderValue::from_str(&app::security_policy::content_security_policy(None)) {
        set(header::CONTENT_SECURITY_POLICY, policy);
    }
    if settings.https {
        set(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    response
}
