//! One scan: options → walk → per-document extraction on rayon → the sorted ScanResult.

use std::cmp::Ordering;
use std::path::PathBuf;

use rayon::prelude::*;
use serde::Deserialize;

use crate::extract;
use crate::facts::{DocumentFacts, ProblemKind, ScanResult};
use crate::walk::{self, EntryKind};

pub const DEFAULT_MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScanOptions {
    pub root: String,
    pub include: Option<Vec<String>>,
    pub exclude: Option<Vec<String>>,
    pub max_file_bytes: Option<f64>,
}

pub fn parse_options(json: &str) -> Result<ScanOptions, String> {
    serde_json::from_str(json).map_err(|e| format!("invalid scan options: {e}"))
}

/// JS default sort order: compare as UTF-16 code units.
pub fn utf16_cmp(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    a.encode_utf16().cmp(b.encode_utf16())
}

pub fn scan(options: &ScanOptions) -> Result<ScanResult, String> {
    let root = PathBuf::from(&options.root);
    let meta = std::fs::metadata(&root).map_err(|e| format!("scan root \"{}\" cannot be opened: {e}", options.root))?;
    if !meta.is_dir() {
        return Err(format!("scan root \"{}\" is not a directory", options.root));
    }
    let default_include = || vec!["**/*.md".to_string(), "**/*.markdown".to_string()];
    let include = walk::glob_set(options.include.clone().unwrap_or_else(default_include).as_slice())?;
    let exclude = walk::glob_set(options.exclude.as_deref().unwrap_or(&[]))?;
    let max_bytes = match options.max_file_bytes {
        None => DEFAULT_MAX_FILE_BYTES,
        Some(n) if n >= 0.0 && n.is_finite() => n as u64,
        Some(n) => return Err(format!("invalid scan options: maxFileBytes must be a non-negative number, got {n}")),
    };

    let mut entries = walk::walk(&root, &exclude);
    entries.par_sort_unstable_by(|a, b| utf16_cmp(&a.rel, &b.rel));
    let canonical_root = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());

    let documents: Vec<DocumentFacts> = entries
        .par_iter()
        .filter(|e| e.kind == EntryKind::UnreadableDir || (e.kind != EntryKind::Dir && include.is_match(&e.rel)))
        .map(|e| match e.kind {
            EntryKind::File => extract::extract_file(e.rel.clone(), &e.abs, max_bytes),
            EntryKind::Symlink => symlink_problem(e.rel.clone(), &e.abs, &root, &canonical_root),
            EntryKind::UnreadableDir | EntryKind::Dir => {
                let message = format!("cannot read: {}", e.error.as_deref().unwrap_or("directory not readable"));
                extract::with_problem(e.rel.clone(), 0, ProblemKind::Unreadable, message, None)
            }
        })
        .collect();

    let dirs = entries
        .iter()
        .filter(|e| matches!(e.kind, EntryKind::Dir | EntryKind::UnreadableDir))
        .map(|e| e.rel.clone())
        .collect();
    let paths = entries.into_iter().map(|e| e.rel).collect();
    Ok(ScanResult { schema: 1, paths, dirs, documents })
}

fn symlink_problem(rel: String, abs: &std::path::Path, root: &std::path::Path, canonical_root: &std::path::Path) -> DocumentFacts {
    let target = match std::fs::read_link(abs) {
        Ok(t) => t,
        Err(e) => return extract::with_problem(rel, 0, ProblemKind::Unreadable, format!("cannot read: {e}"), None),
    };
    let resolved = normalize(&abs.parent().unwrap_or(root).join(&target));
    let inside = resolved.starts_with(normalize(root)) || resolved.starts_with(canonical_root);
    let mut message = format!("symbolic link to {}, not followed", target.to_string_lossy());
    if !inside {
        message.push_str(" (points outside the root)");
    }
    extract::with_problem(rel, 0, ProblemKind::Symlink, message, None)
}

/// Lexical normalisation (`.` and `..` removed) without touching the file system.
fn normalize(path: &std::path::Path) -> PathBuf {
    use std::path::Component;
    let absolute = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}
