//! A scan delivered in ordered batches: the walk runs at once, extraction on a producer thread
//! that stays at most `queue` batches ahead of the consumer (bounded memory), or `HEAD_START`
//! while the consumer has not asked for its first batch yet (it is still loading the site).

use std::any::Any;
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use serde::Serialize;

use crate::batch;
use crate::scan::{append_array, document_chunks, Plan, ScanOptions};

/// Documents per batch and batches queued ahead of the consumer (bench/PROFILE.md, "Streaming":
/// CPU is the same from 64 to 1024 documents and queues of 1 to 4; peak RSS grows with the batch).
pub const DEFAULT_BATCH_DOCUMENTS: usize = 64;
pub const DEFAULT_QUEUE: usize = 2;
/// Batches the producer may make after `begin` before the consumer's first batch: enough to cover
/// a site's config and navigation loading (tens of ms: ~15 batches of otel.io's Hugo site), and
/// gone before the scan's memory peaks at its end (32 of azure-docs-powershell's are ~4 MB).
pub const HEAD_START: usize = 32;
/// Batches between two hand-backs of freed memory while extracting: glibc keeps what the extraction and the
/// consumer's thread freed in its arenas (azure-docs-powershell, 26.8k documents: ~4 MB of the main arena alone).
const TRIM_EVERY: usize = 32;

/// The producer's output: one JSON array of documents in batch.rs's encoding, or why extraction failed.
type BatchResult = Result<Vec<u8>, String>;

pub struct Started {
    /// `{"schema":1,"paths":[..],"dirs":[index..],"documents":[index..]}`: indices into `paths`.
    pub listing: String,
    pub batches: Batches,
}

/// The consumer end. Dropping it (or `close`) stops the producer after its current batch.
pub struct Batches {
    /// The walked scan until the first `next_batch` starts its producer.
    pending: Option<Pending>,
    queue: Option<Arc<Queue>>,
    producer: Option<JoinHandle<()>>,
    /// A failure is sticky: every later `next` repeats it rather than looking like the end.
    failed: Option<String>,
}

/// Walks now (errors on a bad root or options are returned here); extraction starts in the
/// background at `begin` or the first `next_batch` (after `read_as_mdx`, which the listing may
/// decide); batches are written in batch.rs's encoding.
pub fn start(options: &ScanOptions, batch_documents: usize, queue: usize) -> Result<Started, String> {
    let plan = Plan::new(options)?;
    let documents = plan.document_indices();
    let listing = listing_json(&plan, &documents);
    // Every entry stays (links' `to` are checked against their paths); the documents by position.
    let documents: Vec<u32> = documents.into_iter().map(|i| i as u32).collect();
    release_freed_memory();
    let pending = Pending {
        plan,
        documents,
        size: batch_documents.max(1),
        queue,
    };
    Ok(Started {
        listing,
        batches: Batches {
            pending: Some(pending),
            queue: None,
            producer: None,
            failed: None,
        },
    })
}

/// A walked scan whose extraction has not started yet.
struct Pending {
    plan: Plan,
    documents: Vec<u32>,
    size: usize,
    queue: usize,
}

impl Pending {
    fn spawn(self) -> Result<Batches, String> {
        let Pending {
            plan,
            documents,
            size,
            queue,
        } = self;
        let count = documents.len();
        spawn(count.div_ceil(size), queue, move |b| {
            let batch = plan.entries_at(&documents[b * size..count.min((b + 1) * size)]);
            let mut out = Vec::new();
            append_array(&mut out, document_chunks(&plan, &batch, batch::write_document));
            out
        })
    }
}

/// The batches between the producer and the consumer, in order.
struct Queue {
    state: Mutex<QueueState>,
    changed: Condvar,
    /// Most results queued once the consumer asked for a batch (at least one).
    limit: usize,
}

#[derive(Default)]
struct QueueState {
    items: VecDeque<BatchResult>,
    /// The consumer has asked for a batch: the limit drops from `HEAD_START` to `limit`.
    consuming: bool,
    /// The consumer is gone: the producer stops at its next push.
    closed: bool,
    /// The producer is gone: nothing follows `items`.
    finished: bool,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, QueueState> {
        // A panic while holding the lock cannot leave the state half-changed (single assignments).
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits for room; false once the consumer is gone.
    fn push(&self, result: BatchResult) -> bool {
        let mut state = self.lock();
        loop {
            if state.closed {
                return false;
            }
            let limit = if state.consuming {
                self.limit
            } else {
                HEAD_START.max(self.limit)
            };
            if state.items.len() < limit {
                state.items.push_back(result);
                self.changed.notify_all();
                return true;
            }
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    /// The next result, or `None` once the producer finished and everything was taken.
    fn pop(&self) -> Option<BatchResult> {
        let mut state = self.lock();
        state.consuming = true;
        loop {
            if let Some(item) = state.items.pop_front() {
                self.changed.notify_all();
                return Some(item);
            }
            if state.finished || state.closed {
                return None;
            }
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    fn close(&self) {
        let mut state = self.lock();
        state.closed = true;
        state.items.clear();
        self.changed.notify_all();
    }
}

/// Marks the queue finished when the producer thread ends, however it ends (so `pop` never hangs).
struct Finisher(Arc<Queue>);

impl Drop for Finisher {
    fn drop(&mut self) {
        self.0.lock().finished = true;
        self.0.changed.notify_all();
    }
}

/// Runs `make_batch(0..count)` in order on a new thread, at most `queue` results (at least one)
/// ahead of the consumer, `HEAD_START` before its first batch. A panic becomes an error result and
/// ends the producer.
fn spawn<F>(count: usize, queue: usize, mut make_batch: F) -> Result<Batches, String>
where
    F: FnMut(usize) -> Vec<u8> + Send + 'static,
{
    let shared = Arc::new(Queue {
        state: Mutex::new(QueueState::default()),
        changed: Condvar::new(),
        limit: queue.max(1),
    });
    let finisher = Finisher(shared.clone());
    let producer = std::thread::Builder::new()
        .name("docward-scan".into())
        .spawn(move || {
            let finisher = finisher;
            for b in 0..count {
                let result = catch_unwind(AssertUnwindSafe(|| make_batch(b)))
                    .map_err(|panic| format!("internal error in the native extractor: {}", panic_text(&*panic)));
                let failed = result.is_err();
                // A refused push means the consumer is gone: stop extracting.
                if !finisher.0.push(result) || failed {
                    break;
                }
                if (b + 1) % TRIM_EVERY == 0 {
                    release_freed_memory();
                }
            }
            // The plan (owned by make_batch) goes now, not when the handle is collected; its
            // memory is handed back while the consumer still works on the last batches.
            drop(make_batch);
            drop(finisher);
            release_freed_memory();
        })
        .map_err(|e| format!("cannot start the scan thread: {e}"))?;
    Ok(Batches {
        pending: None,
        queue: Some(shared),
        producer: Some(producer),
        failed: None,
    })
}

impl Batches {
    /// The next batch as a JSON array of encoded documents (never empty), `None` once all were delivered or after `close`.
    /// Blocks until the producer has it.
    pub fn next_batch(&mut self) -> Result<Option<Vec<u8>>, String> {
        if let Some(message) = &self.failed {
            return Err(message.clone());
        }
        self.begin()?;
        let Some(queue) = &self.queue else {
            return Ok(None);
        };
        match queue.pop() {
            Some(Ok(batch)) => Ok(Some(batch)),
            Some(Err(message)) => {
                self.close();
                self.failed = Some(message.clone());
                Err(message)
            }
            // The producer finished.
            None => {
                self.close();
                Ok(None)
            }
        }
    }

    /// Starts extraction now, so the producer works ahead while the consumer still reads the site's
    /// config (a no-op once started). `read_as_mdx` is refused from here on.
    pub fn begin(&mut self) -> Result<(), String> {
        if let Some(pending) = self.pending.take() {
            *self = pending.spawn()?;
        }
        Ok(())
    }

    /// Reads the documents `globs` name as MDX (besides `*.mdx`); only before extraction starts
    /// (`begin` or the first `next_batch`).
    pub fn read_as_mdx(&mut self, globs: &[String]) -> Result<(), String> {
        match &mut self.pending {
            Some(pending) => pending.plan.read_as_mdx(globs),
            None => Err("read_as_mdx after extraction started: call it before begin and the first batch".into()),
        }
    }

    /// Closes the queue so the producer's next push fails, then waits for it (at most one batch).
    pub fn close(&mut self) {
        self.pending = None;
        if let Some(queue) = self.queue.take() {
            queue.close();
        }
        if let Some(producer) = self.producer.take() {
            // Panics are caught per batch; a join error could only be one outside that, already reported.
            let _ = producer.join();
        }
    }
}

impl Drop for Batches {
    fn drop(&mut self) {
        self.close();
    }
}

/// The listing with directories and documents as positions in `paths` (half the JSON, and the
/// JS side reuses the path strings instead of parsing each twice).
#[derive(Serialize)]
struct Listing<'a> {
    schema: u8,
    paths: Vec<&'a str>,
    dirs: Vec<usize>,
    documents: &'a [usize],
}

fn listing_json(plan: &Plan, documents: &[usize]) -> String {
    let listing = Listing {
        schema: 1,
        paths: plan.paths(),
        dirs: plan.dir_indices(),
        documents,
    };
    serde_json::to_string(&listing).expect("listing serialises")
}

/// Hands the walk's freed memory (its threads' buffers, the unsorted lists) back to the OS: glibc
/// keeps it in its arenas otherwise, 5 MB of RSS at 100k documents for the whole scan.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap pages; it has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}

fn panic_text(panic: &(dyn Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn tree(count: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..count {
            let p = dir.path().join(format!("d{}/f{i}.md", i % 7));
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, format!("# Doc {i}\n\n[next](f{}.md) é\n", i + 1)).unwrap();
        }
        fs::write(dir.path().join("notes.txt"), "not a document").unwrap();
        dir
    }

    fn options(root: &std::path::Path) -> ScanOptions {
        crate::scan::parse_options(&serde_json::json!({ "root": root }).to_string()).unwrap()
    }

    /// The documents, decoded with their paths from the listing (in its `documents` order).
    fn drain(started: &mut Started) -> Vec<serde_json::Value> {
        let listing: serde_json::Value = serde_json::from_str(&started.listing).unwrap();
        let mut paths = listing["documents"].as_array().unwrap().iter().map(|i| {
            listing["paths"][i.as_u64().unwrap() as usize]
                .as_str()
                .unwrap()
                .to_string()
        });
        let mut documents = Vec::new();
        while let Some(json) = started.batches.next_batch().unwrap() {
            let batch: Vec<serde_json::Value> = serde_json::from_slice(&json).unwrap();
            assert!(!batch.is_empty(), "a batch is never empty");
            documents.extend(
                batch
                    .iter()
                    .map(|d| crate::batch::decode_document(d, &paths.next().unwrap())),
            );
        }
        assert_eq!(paths.next(), None, "one document per listed document");
        documents
    }

    #[test]
    fn batches_concatenate_to_the_scan_documents_in_order() {
        let dir = tree(301);
        let o = options(dir.path());
        let whole: serde_json::Value = serde_json::from_str(&crate::scan::scan_json(&o).unwrap()).unwrap();
        for (size, queue) in [(1, 1), (7, 2), (300, 4), (301, 2), (1000, 0)] {
            let mut started = start(&o, size, queue).unwrap();
            assert_eq!(
                drain(&mut started),
                whole["documents"].as_array().unwrap().clone(),
                "size {size}"
            );
            let listing: serde_json::Value = serde_json::from_str(&started.listing).unwrap();
            assert_eq!(listing["paths"], whole["paths"]);
            let at = |key: &str| -> Vec<serde_json::Value> {
                let indices = listing[key].as_array().unwrap();
                indices
                    .iter()
                    .map(|i| listing["paths"][i.as_u64().unwrap() as usize].clone())
                    .collect()
            };
            assert_eq!(at("dirs"), whole["dirs"].as_array().unwrap().clone());
            let paths: Vec<_> = whole["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["path"].clone())
                .collect();
            assert_eq!(at("documents"), paths);
            assert_eq!(started.batches.next_batch().unwrap(), None, "stays done");
        }
    }

    #[test]
    fn read_as_mdx_applies_before_the_first_batch_only() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.md"), "<Note>\n# Inside\n</Note>\n").unwrap();
        let headings = |started: &mut Started| drain(started)[0]["headings"].as_array().unwrap().len();
        let mut plain = start(&options(dir.path()), 4, 2).unwrap();
        assert_eq!(headings(&mut plain), 0, "CommonMark: the heading is in an HTML block");
        let mut mdx = start(&options(dir.path()), 4, 2).unwrap();
        mdx.batches.read_as_mdx(&["*.md".to_string()]).unwrap();
        assert_eq!(headings(&mut mdx), 1);
        assert!(
            mdx.batches.read_as_mdx(&["*.md".to_string()]).is_err(),
            "extraction started"
        );
        let mut bad = start(&options(dir.path()), 4, 2).unwrap();
        assert!(bad
            .batches
            .read_as_mdx(&["a[".to_string()])
            .unwrap_err()
            .contains("invalid glob"));
    }

    #[test]
    fn begin_starts_extraction_and_closes_read_as_mdx() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.md"), "<Note>\n# Inside\n</Note>\n").unwrap();
        let mut early = start(&options(dir.path()), 4, 2).unwrap();
        early.batches.begin().unwrap();
        assert!(
            early.batches.producer.is_some(),
            "the producer runs before any batch is asked for"
        );
        early.batches.begin().unwrap();
        assert!(
            early.batches.read_as_mdx(&["*.md".to_string()]).is_err(),
            "extraction started"
        );
        let docs = drain(&mut early);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0]["headings"].as_array().unwrap().len(), 0, "read without MDX");
    }

    #[test]
    fn an_empty_tree_has_no_batches() {
        let dir = tempfile::tempdir().unwrap();
        let mut started = start(&options(dir.path()), 4, 2).unwrap();
        assert_eq!(started.listing, r#"{"schema":1,"paths":[],"dirs":[],"documents":[]}"#);
        assert_eq!(started.batches.next_batch().unwrap(), None);
    }

    #[test]
    fn close_midway_ends_the_producer_and_later_next_is_done() {
        let dir = tree(100);
        let mut started = start(&options(dir.path()), 3, 1).unwrap();
        assert!(started.batches.next_batch().unwrap().is_some());
        started.batches.close();
        assert!(started.batches.producer.is_none(), "close joined the producer thread");
        assert_eq!(started.batches.next_batch().unwrap(), None);
        started.batches.close();
    }

    #[test]
    fn the_producer_stays_at_most_queue_batches_ahead() {
        let made = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = made.clone();
        let mut batches = spawn(100, 2, move |b| {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            format!("[{b}]").into_bytes()
        })
        .unwrap();
        let made_now = || made.load(std::sync::atomic::Ordering::SeqCst);
        let settle = |at_least: usize| {
            for _ in 0..200 {
                if made_now() >= at_least {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            // Time to overrun the bound if it did not hold.
            std::thread::sleep(std::time::Duration::from_millis(30));
        };
        // Before the first batch is asked for: HEAD_START queued and one more made, waiting.
        settle(HEAD_START + 1);
        assert_eq!(made_now(), HEAD_START + 1);
        for b in 0..40 {
            assert_eq!(batches.next_batch().unwrap(), Some(format!("[{b}]").into_bytes()));
        }
        // Then `queue`: delivered 40, queued 2, and one more made and waiting to be pushed.
        settle(43);
        assert_eq!(made_now(), 43);
        batches.close();
        assert_eq!(made_now(), 43, "close stops the producer");
    }

    #[test]
    fn a_panic_becomes_a_sticky_error_not_an_abort() {
        let mut batches = spawn(5, 2, |b| {
            assert!(b != 1, "boom at batch {b}");
            b"[1]".to_vec()
        })
        .unwrap();
        assert_eq!(batches.next_batch().unwrap(), Some(b"[1]".to_vec()));
        let message = batches.next_batch().unwrap_err();
        assert!(
            message.contains("internal error in the native extractor: boom at batch 1"),
            "{message}"
        );
        assert_eq!(batches.next_batch().unwrap_err(), message);
    }

    #[test]
    fn bad_roots_fail_at_start() {
        let error = start(&options(std::path::Path::new("/no/such/root")), 4, 2)
            .err()
            .unwrap();
        assert!(error.contains("/no/such/root"), "{error}");
    }
}
