//! The napi surface of docward's native extractor: JSON in, JSON out, nothing else.

#![deny(clippy::all)]

pub mod batch;
pub mod bytecount;
pub mod complexity;
pub mod extract;
pub mod facts;
pub mod frontmatter;
pub mod html;
pub mod markdown;
pub mod mdx;
pub mod positions;
pub mod scan;
pub mod shortcodes;
pub mod stream;
pub mod targets;
pub mod walk;

use napi::bindgen_prelude::Buffer;
use napi::{Env, JsString, JsStringLatin1};
use napi_derive::napi;

/// ScanOptions JSON in, ScanResult JSON out (the whole result crosses the boundary once).
/// `catch_unwind`: a bug surfaces as a JS exception instead of aborting the process.
#[napi(catch_unwind)]
pub fn scan(env: &Env, options_json: String) -> napi::Result<JsString<'_>> {
    let options = scan::parse_options(&options_json).map_err(napi::Error::from_reason)?;
    let json = scan::scan_json(&options).map_err(napi::Error::from_reason)?;
    js_string(env, json.into_bytes(), true)
}

/// Starts a streamed scan: walks now (throws on bad options or root), extracts in the background
/// from `begin()` or the first `next()`.
/// `batchDocuments` and `queue` tune the batching (defaults in stream.rs; the bench varies them).
#[napi(catch_unwind)]
pub fn scan_start(options_json: String, batch_documents: Option<u32>, queue: Option<u32>) -> napi::Result<ScanHandle> {
    let options = scan::parse_options(&options_json).map_err(napi::Error::from_reason)?;
    let batch_documents = batch_documents.map_or(stream::DEFAULT_BATCH_DOCUMENTS, |n| n as usize);
    let queue = queue.map_or(stream::DEFAULT_QUEUE, |n| n as usize);
    let started = stream::start(&options, batch_documents, queue).map_err(napi::Error::from_reason)?;
    Ok(ScanHandle {
        listing: Some(started.listing),
        batches: started.batches,
    })
}

/// One streamed scan. Garbage collection of the handle closes it like `close()`.
#[napi]
pub struct ScanHandle {
    listing: Option<String>,
    batches: stream::Batches,
}

#[napi]
impl ScanHandle {
    /// `{"schema":1,"paths":[..],"dirs":[index..],"documents":[index..]}` JSON (indices into
    /// `paths`); handed over once (then null) to free it.
    #[napi]
    pub fn take_listing<'env>(&mut self, env: &'env Env) -> napi::Result<Option<JsString<'env>>> {
        self.listing
            .take()
            .map(|json| js_string(env, json.into_bytes(), false))
            .transpose()
    }

    /// Starts extraction in the background now (the caller still has work before its first
    /// `next()`); idempotent.
    #[napi]
    pub fn begin(&mut self) -> napi::Result<()> {
        self.batches.begin().map_err(napi::Error::from_reason)
    }

    /// Reads the documents these globs name as MDX (besides `*.mdx`, instead of the options'
    /// `mdx`); throws after `begin()` or the first `next()`, or on a bad glob.
    #[napi]
    pub fn read_as_mdx(&mut self, globs: Vec<String>) -> napi::Result<()> {
        self.batches.read_as_mdx(&globs).map_err(napi::Error::from_reason)
    }

    /// The next batch as a JSON array of documents in batch.rs's encoding, or null when done.
    /// Blocks until ready.
    #[napi(catch_unwind)]
    pub fn next<'env>(&mut self, env: &'env Env) -> napi::Result<Option<JsString<'env>>> {
        let batch = self.batches.next_batch().map_err(napi::Error::from_reason)?;
        batch.map(|json| js_string(env, json, false)).transpose()
    }

    /// Stops the producer thread (waits at most one batch) and frees the queue; idempotent.
    #[napi]
    pub fn close(&mut self) {
        self.listing = None;
        self.batches.close();
    }
}

/// JSON bytes as a JS string; ASCII (the usual case) skips UTF-8 decoding. `external`: V8 reads
/// the Rust buffer in place (no copy of hundreds of MB; freed on GC). Only for one big result:
/// V8 does not count external strings as memory pressure, so thousands of external batches
/// piled up in RSS (472 MB instead of 171 MB streaming 100k documents).
fn js_string(env: &Env, json: Vec<u8>, external: bool) -> napi::Result<JsString<'_>> {
    if !json.is_ascii() {
        // The JSON was written by serde_json from Rust strings, so it is UTF-8.
        let text = String::from_utf8(json).map_err(|e| napi::Error::from_reason(e.to_string()))?;
        return env.create_string(&text);
    }
    if external {
        Ok(JsStringLatin1::from_data(env, json)?.into_value())
    } else {
        env.create_string_latin1(&json)
    }
}

/// DocumentFacts JSON for one in-memory document (same extraction as `scan` per file).
#[napi(catch_unwind)]
pub fn extract_bytes(path: String, bytes: Buffer) -> napi::Result<String> {
    let facts = extract::extract_bytes(path, &bytes);
    serde_json::to_string(&facts).map_err(|e| napi::Error::from_reason(e.to_string()))
}

/// The wire version of the napi surface and batch.rs's encoding, in `WIRE_VERSION` (bump it on any
/// change to them); src/version.ts holds the bundle's, and the loader refuses a binary that differs.
pub const WIRE_VERSION: &str = include_str!("../WIRE_VERSION");

#[napi]
pub fn version() -> String {
    WIRE_VERSION.trim().to_string()
}
