//! The directory walk: parallel, gitignore-aware, hidden files included, symlinks listed but
//! never followed; `.git`/`node_modules` directories and `exclude` matches pruned.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use globset::{Glob, GlobBuilder, GlobMatcher, GlobSet, GlobSetBuilder};
use ignore::{ParallelVisitor, ParallelVisitorBuilder, WalkBuilder, WalkState};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Dir,
    /// A FIFO, socket or device: listed, never read.
    Other,
    Symlink,
    /// A directory the walk could not open (listed, contents unknown).
    UnreadableDir,
}

/// One walked path, kept small (100k of them live through a scan): no absolute path, boxed strings.
#[derive(Debug)]
pub struct Entry {
    /// Relative to the root, `/`-separated; lossy (U+FFFD) for a name that is not UTF-8.
    pub rel: Box<str>,
    /// The relative path's real bytes, only when `rel` is lossy.
    raw: Option<Box<Path>>,
    pub kind: EntryKind,
    /// OS error text for `UnreadableDir`.
    pub error: Option<Box<str>>,
}

impl Entry {
    fn new(root: &Path, path: &Path, kind: EntryKind, error: Option<Box<str>>) -> Entry {
        let rel = path.strip_prefix(root).unwrap_or(path);
        Entry {
            rel: relative(root, path).into_boxed_str(),
            raw: rel.to_str().is_none().then(|| rel.into()),
            kind,
            error,
        }
    }

    /// Where the entry is on disk.
    pub fn path(&self, root: &Path) -> PathBuf {
        root.join(self.raw.as_deref().unwrap_or(Path::new(&*self.rel)))
    }
}

/// Contract globs with picomatch semantics: `/`-separated, `*` stops at `/`, dotfiles match,
/// a glob without `/` matches at any depth, `x/**` also matches `x`, a leading `./` is dropped
/// and a leading `!` negates (matches every path the rest does not).
#[derive(Clone)]
pub struct Globs {
    set: GlobSet,
    /// One group per `!` glob: the path matches when it matches none of the group.
    negated: Vec<Vec<GlobMatcher>>,
}

impl Globs {
    pub fn new(globs: &[String]) -> Result<Globs, String> {
        let mut set = GlobSetBuilder::new();
        let mut negated = Vec::new();
        for g in globs {
            let any_depth = if g.contains('/') { g.clone() } else { format!("**/{g}") };
            let (negate, pattern) = match any_depth.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, any_depth.as_str()),
            };
            let mut pattern = pattern;
            while let Some(rest) = pattern.strip_prefix("./") {
                pattern = rest;
            }
            let mut variants = vec![pattern];
            if let Some(parent) = pattern.strip_suffix("/**").filter(|p| !p.is_empty()) {
                variants.push(parent);
            }
            let mut group = Vec::new();
            for v in variants {
                let glob: Glob = GlobBuilder::new(v)
                    .literal_separator(true)
                    .build()
                    .map_err(|e| format!("invalid glob \"{g}\": {e}"))?;
                if negate {
                    group.push(glob.compile_matcher());
                } else {
                    set.add(glob);
                }
            }
            if negate {
                negated.push(group);
            }
        }
        let set = set.build().map_err(|e| format!("invalid globs: {e}"))?;
        Ok(Globs { set, negated })
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty() && self.negated.is_empty()
    }

    pub fn is_match(&self, path: &str) -> bool {
        self.set.is_match(path) || self.negated.iter().any(|group| !group.iter().any(|g| g.is_match(path)))
    }
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' {
        rel.replace('\\', "/")
    } else {
        rel.into_owned()
    }
}

/// Walks `root` (a directory) and returns every entry except the root itself, unsorted.
/// A directory that cannot be listed stays an entry, marked `UnreadableDir`.
pub fn walk(root: &Path, exclude: &Globs) -> Result<Vec<Entry>, String> {
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
            if e.depth() > 0 && (e.file_name() == ".git" || e.file_name() == "node_modules") {
                return false;
            }
            e.depth() == 0
                || exclude_for_filter.is_empty()
                || !exclude_for_filter.is_match(&relative(&prune_root, e.path()))
        })
        .build_parallel();
    let mut builder = CollectorBuilder { root, shared: &entries };
    walker.visit(&mut builder);
    let mut entries = entries.into_inner().unwrap_or_else(|e| e.into_inner());
    // The walker reports a directory first, then its listing error: merge the two.
    let (failed, mut entries): (Vec<Entry>, Vec<Entry>) =
        entries.drain(..).partition(|e| e.kind == EntryKind::UnreadableDir);
    for f in failed {
        if f.rel.is_empty() {
            let reason = f.error.unwrap_or_default();
            return Err(format!("scan root \"{}\" cannot be read: {reason}", root.display()));
        }
        if let Some(dir) = entries.iter_mut().find(|e| e.rel == f.rel && e.kind == EntryKind::Dir) {
            dir.kind = EntryKind::UnreadableDir;
            dir.error = f.error;
        }
    }
    Ok(entries)
}

struct CollectorBuilder<'s> {
    root: &'s Path,
    shared: &'s Mutex<Vec<Entry>>,
}

impl<'s> ParallelVisitorBuilder<'s> for CollectorBuilder<'s> {
    fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
        Box::new(Collector {
            root: self.root,
            shared: self.shared,
            local: Vec::new(),
        })
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
                } else if e.file_type().is_some_and(|t| t.is_file()) {
                    EntryKind::File
                } else {
                    EntryKind::Other
                };
                self.local.push(Entry::new(self.root, e.path(), kind, None));
            }
            Err(err) => {
                if let Some((path, message)) = unreadable_dir(&err) {
                    let entry = Entry::new(self.root, &path, EntryKind::UnreadableDir, Some(message.into()));
                    self.local.push(entry);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn globs(g: &[&str]) -> Globs {
        Globs::new(&g.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn globs_follow_picomatch_semantics() {
        let any = globs(&["*.md"]);
        assert!(any.is_match("a.md") && any.is_match("x/.y/b.md") && any.is_match(".dot.md"));
        assert!(!any.is_match("a.markdown"));
        let star = globs(&["docs/*"]);
        assert!(star.is_match("docs/a.md") && !star.is_match("docs/x/a.md"));
        let tree = globs(&["docs/**"]);
        assert!(tree.is_match("docs") && tree.is_match("docs/x/a.md") && !tree.is_match("docsy"));
        let dot = globs(&["./docs/x.md"]);
        assert!(dot.is_match("docs/x.md"));
        let not = globs(&["!docs/**"]);
        assert!(not.is_match("README.md") && !not.is_match("docs") && !not.is_match("docs/a.md"));
        assert!(globs(&["{a,b}/*.md"]).is_match("b/x.md"));
        assert!(!globs(&[]).is_match("a.md"));
    }
}
