//! The napi surface of docward's native extractor: JSON in, JSON out, nothing else.

#![deny(clippy::all)]

pub mod extract;
pub mod facts;
pub mod frontmatter;
pub mod html;
pub mod markdown;
pub mod positions;
pub mod scan;
pub mod shortcodes;
pub mod walk;

use napi::bindgen_prelude::Buffer;
use napi::{Env, JsString, JsStringLatin1};
use napi_derive::napi;

/// ScanOptions JSON in, ScanResult JSON out (the whole result crosses the boundary once).
/// `catch_unwind`: a bug surfaces as a JS exception instead of aborting the process.
/// An ASCII result (the usual case) becomes an external Latin-1 string: V8 reads the Rust buffer
/// in place instead of decoding and copying hundreds of MB (it frees the buffer on GC).
#[napi(catch_unwind)]
pub fn scan(env: &Env, options_json: String) -> napi::Result<JsString<'_>> {
    let options = scan::parse_options(&options_json).map_err(napi::Error::from_reason)?;
    let json = scan::scan_json(&options).map_err(napi::Error::from_reason)?;
    if json.is_ascii() {
        Ok(JsStringLatin1::from_data(env, json.into_bytes())?.into_value())
    } else {
        env.create_string(&json)
    }
}

/// DocumentFacts JSON for one in-memory document (same extraction as `scan` per file).
#[napi(catch_unwind)]
pub fn extract_bytes(path: String, bytes: Buffer) -> napi::Result<String> {
    let facts = extract::extract_bytes(path, &bytes);
    serde_json::to_string(&facts).map_err(|e| napi::Error::from_reason(e.to_string()))
}

#[napi]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
