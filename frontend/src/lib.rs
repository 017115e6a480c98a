//! The browser half: it only wakes up the server-rendered page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // hydrate_lazy: the staff pages are lazy routes (loaded on demand).
    leptos::mount::hydrate_lazy(app::App);
}
