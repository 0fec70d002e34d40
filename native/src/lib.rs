//! The napi surface of docward's native extractor: JSON in, JSON out, nothing else.

#![deny(clippy::all)]

pub mod extract;
pub mod facts;
pub mod frontmatter;
pub mod html;
pub mod markdown;
pub mod positions;
pub mod scan;
pub mod walk;

use napi::bindgen_prelude::Buffer;
use napi_derive::napi;

/// ScanOptions JSON in, ScanResult JSON out (the whole result crosses the boundary once).
/// `catch_unwind`: a bug surfaces as a JS exception instead of aborting the process.
#[napi(catch_unwind)]
pub fn scan(options_json: String) -> napi::Result<String> {
    let options = scan::parse_options(&options_json).map_err(napi::Error::from_reason)?;
    scan::scan_json(&options).map_err(napi::Error::from_reason)
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
