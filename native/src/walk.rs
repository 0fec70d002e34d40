//! The directory walk: parallel, gitignore-aware, hidden files included, symlinks listed but
//! never followed; `.git`/`node_modules` directories and `exclude` matches pruned.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use ignore::{ParallelVisitor, ParallelVisitorBuilder, WalkBuilder, WalkState};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Dir,
    Symlink,
    /// A directory the walk could not open (listed, contents unknown).
    UnreadableDir,
}

#[derive(Debug)]
pub struct Entry {
    /// Relative to the root, `/`-separated.
    pub rel: String,
    pub abs: PathBuf,
    pub kind: EntryKind,
    /// OS error text for `UnreadableDir`.
    pub error: Option<String>,
}

/// Compiles contract globs: `/`-separated, `*` stops at `/`, a glob without `/` matches at any depth.
pub fn glob_set(globs: &[String]) -> Result<GlobSet, String> {
    let mut set = GlobSetBuilder::new();
    for g in globs {
        let pattern = if g.contains('/') { g.clone() } else { format!("**/{g}") };
        let glob: Glob = GlobBuilder::new(&pattern)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("invalid glob \"{g}\": {e}"))?;
        set.add(glob);
    }
    set.build().map_err(|e| format!("invalid globs: {e}"))
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' { rel.replace('\\', "/") } else { rel.into_owned() }
}

/// Walks `root` (a directory) and returns every entry except the root itself, unsorted.
pub fn walk(root: &Path, exclude: &GlobSet) -> Vec<Entry> {
    let entries = Mutex::new(Vec::new());
    let prune_root = root.to_path_buf();
    let exclude_for_filter = exclude.clone();
    let walker = WalkBuilder::new(root)
        .hidden(false)
        .ignore(false)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(false)
        .require_git(false)
        .parents(false)
        .follow_links(false)
        .filter_entry(move |e| {
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            if is_dir && (e.file_name() == ".git" || e.file_name() == "node_modules") && e.depth() > 0 {
                return false;
            }
            e.depth() == 0 || !exclude_for_filter.is_match(relative(&prune_root, e.path()))
        })
        .build_parallel();
    let mut builder = CollectorBuilder { root, shared: &entries };
    walker.visit(&mut builder);
    entries.into_inner().unwrap_or_else(|e| e.into_inner())
}

struct CollectorBuilder<'s> {
    root: &'s Path,
    shared: &'s Mutex<Vec<Entry>>,
}

impl<'s> ParallelVisitorBuilder<'s> for CollectorBuilder<'s> {
    fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
        Box::new(Collector { root: self.root, shared: self.shared, local: Vec::new() })
    }
}

/// One walker thread's buffer; merged into the shared list when the thread finishes.
struct Collector<'s> {
    root: &'s Path,
    shared: &'s Mutex<Vec<Entry>>,
    local: Vec<Entry>,
}

impl ParallelVisitor for Collector<'_> {
    fn visit(&mut self, result: Result<ignore::DirEntry, ignore::Error>) -> WalkState {
        match result {
            Ok(e) if e.depth() == 0 => {}
            Ok(e) => {
                let kind = if e.path_is_symlink() {
                    EntryKind::Symlink
                } else if e.file_type().is_some_and(|t| t.is_dir()) {
                    EntryKind::Dir
                } else {
                    EntryKind::File
                };
                self.local.push(Entry { rel: relative(self.root, e.path()), abs: e.into_path(), kind, error: None });
            }
            Err(err) => {
                if let Some((path, message)) = unreadable_dir(&err) {
                    let rel = relative(self.root, &path);
                    self.local.push(Entry { rel, abs: path, kind: EntryKind::UnreadableDir, error: Some(message) });
                }
            }
        }
        WalkState::Continue
    }
}

impl Drop for Collector<'_> {
    fn drop(&mut self) {
        let mut shared = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        shared.append(&mut self.local);
    }
}

/// An I/O error reading a directory (with its path), as opposed to a bad .gitignore line.
fn unreadable_dir(err: &ignore::Error) -> Option<(PathBuf, String)> {
    match err {
        ignore::Error::WithPath { path, err } => match err.as_ref() {
            ignore::Error::Io(io) => Some((path.clone(), io.to_string())),
            other => unreadable_dir(other).map(|(_, m)| (path.clone(), m)),
        },
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => unreadable_dir(err),
        _ => None,
    }
}
