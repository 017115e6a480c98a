//! The Content-Security-Policy of every answer: the one home of the rule.
//! Pages made by Leptos carry a fresh nonce per answer (their hydration
//! script and streamed resources are inline scripts with that nonce); the
//! server's own pages and every other answer get the same policy with no
//! inline script allowed at all.

/// The policy: scripts and styles only from this site (and inline scripts
/// with this answer's nonce), WebAssembly compiled by the browser, no
/// plugins, no framing, forms posted only here.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_string(),
    };
    format!(
        "default-src 'self'; {scripts}; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Gives the page being rendered a nonce and its answer the policy naming
/// it. Called by the page shell before the hydration scripts are written.
pub fn provide_nonce_and_policy() {
    use leptos::prelude::use_context;
    leptos::nonce::provide_nonce();
    let nonce = leptos::nonce::use_nonce();
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&content_security_policy(nonce.as_deref())),
    ) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nonce_is_named_only_when_there_is_one() {
        let with = content_security_policy(Some("abc"));
        assert!(with.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'"), "{with}");
        assert!(with.contains("frame-ancestors 'none'"));
        let without = content_security_policy(None);
        assert!(!without.contains("nonce") && !without.contains("unsafe-inline"), "{without}");
    }
}
