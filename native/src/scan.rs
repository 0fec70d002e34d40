//! One scan: options → walk → per-document extraction on rayon → the sorted ScanResult.

use std::cmp::Ordering;
use std::path::PathBuf;

use rayon::prelude::*;
use serde::Deserialize;

use crate::extract;
use crate::facts::{DocumentFacts, ProblemKind, ScanResult};
use crate::targets::PathIndex;
use crate::walk::{self, Entry, EntryKind};

pub const DEFAULT_MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Deserialize, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScanOptions {
    pub root: String,
    pub include: Option<Vec<String>>,
    pub exclude: Option<Vec<String>>,
    pub max_file_bytes: Option<f64>,
    /// Globs of documents read as MDX besides `*.mdx` (a site whose generator compiles `.md` with MDX).
    pub mdx: Option<Vec<String>>,
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
    let plan = Plan::new(options)?;
    let documents = plan.documents().par_iter().map(|e| plan.extract(e)).collect();
    let (paths, dirs) = plan.listing();
    let owned = |v: Vec<&str>| v.into_iter().map(String::from).collect();
    Ok(ScanResult {
        schema: 1,
        paths: owned(paths),
        dirs: owned(dirs),
        documents,
    })
}

/// The ScanResult as JSON (same bytes as `serde_json::to_string(&scan(..))`).
pub fn scan_json(options: &ScanOptions) -> Result<String, String> {
    let plan = Plan::new(options)?;
    let chunks = document_chunks(&plan, &plan.documents(), write_facts_json);
    let (paths, dirs) = plan.listing();
    let mut out = Vec::new();
    out.extend_from_slice(b"{\"schema\":1,\"paths\":");
    serde_json::to_writer(&mut out, &paths).expect("paths serialise");
    out.extend_from_slice(b",\"dirs\":");
    serde_json::to_writer(&mut out, &dirs).expect("dirs serialise");
    out.extend_from_slice(b",\"documents\":");
    append_array(&mut out, chunks);
    out.push(b'}');
    String::from_utf8(out).map_err(|e| format!("internal error: scan result is not UTF-8: {e}"))
}

/// The contract's DocumentFacts JSON object.
pub(crate) fn write_facts_json(out: &mut Vec<u8>, facts: &DocumentFacts) {
    // Writing to a Vec cannot fail and the facts hold only serialisable data.
    serde_json::to_writer(out, facts).expect("facts serialise");
}

/// The facts of `documents`, extracted on rayon, each written by `write`, comma-separated and
/// split into buffers (in order). Each task writes into one growing buffer, so facts are dropped
/// as soon as they are written and the heap does not grow once per document.
pub(crate) fn document_chunks(
    plan: &Plan,
    documents: &[&Entry],
    write: fn(&mut Vec<u8>, &DocumentFacts),
) -> Vec<Vec<u8>> {
    documents
        .par_iter()
        .fold(Vec::new, |mut buf, e| {
            if !buf.is_empty() {
                buf.push(b',');
            }
            write(&mut buf, &plan.extract(e));
            buf
        })
        .filter(|c| !c.is_empty())
        .collect()
}

/// Appends `[` + the chunks joined by commas + `]`.
pub(crate) fn append_array(out: &mut Vec<u8>, chunks: Vec<Vec<u8>>) {
    out.reserve(chunks.iter().map(|c| c.len() + 1).sum::<usize>() + 2);
    out.push(b'[');
    // By value: each buffer is freed once copied, so the peak is about one copy of the result.
    for (i, chunk) in chunks.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(&chunk);
    }
    out.push(b']');
}

/// A walked, sorted tree and what to extract from it.
pub(crate) struct Plan {
    root: PathBuf,
    entries: Vec<Entry>,
    include: walk::Globs,
    /// Documents read with the MDX rules besides `*.mdx` (`ScanOptions.mdx`, or `read_as_mdx` later).
    mdx: walk::Globs,
    max_bytes: u64,
    /// Every entry's position by its path's hash: each link's `to` (the paths themselves are `entries`').
    targets: PathIndex,
}

impl Plan {
    pub(crate) fn new(options: &ScanOptions) -> Result<Plan, String> {
        let root = PathBuf::from(&options.root);
        let meta =
            std::fs::metadata(&root).map_err(|e| format!("scan root \"{}\" cannot be opened: {e}", options.root))?;
        if !meta.is_dir() {
            return Err(format!("scan root \"{}\" is not a directory", options.root));
        }
        let default_include = || {
            vec![
                "**/*.md".to_string(),
                "**/*.markdown".to_string(),
                "**/*.mdx".to_string(),
            ]
        };
        let include = walk::Globs::new(options.include.clone().unwrap_or_else(default_include).as_slice())?;
        let exclude = walk::Globs::new(options.exclude.as_deref().unwrap_or(&[]))?;
        let mdx = walk::Globs::new(options.mdx.as_deref().unwrap_or(&[]))?;
        let max_bytes = match options.max_file_bytes {
            None => DEFAULT_MAX_FILE_BYTES,
            Some(n) if n >= 0.0 && n.is_finite() => n as u64,
            Some(n) => {
                return Err(format!(
                    "invalid scan options: maxFileBytes must be a non-negative number, got {n}"
                ))
            }
        };
        let mut entries = walk::walk(&root, &exclude)?;
        entries.par_sort_unstable_by(|a, b| utf16_cmp(&a.rel, &b.rel));
        let targets = PathIndex::new(entries.iter().map(|e| &*e.rel));
        Ok(Plan {
            root,
            entries,
            include,
            mdx,
            max_bytes,
            targets,
        })
    }

    /// Reads the documents `globs` name as MDX (instead of the options' `mdx`): the stream's
    /// owner learns them from the listing, before extraction starts.
    pub(crate) fn read_as_mdx(&mut self, globs: &[String]) -> Result<(), String> {
        self.mdx = walk::Globs::new(globs)?;
        Ok(())
    }

    /// Included non-directories, plus unreadable directories (reported, not skipped), in order.
    pub(crate) fn documents(&self) -> Vec<&Entry> {
        self.document_indices().into_iter().map(|i| &self.entries[i]).collect()
    }

    /// Positions in `entries` of `documents()` (an owner of the plan can keep these without borrowing it).
    pub(crate) fn document_indices(&self) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&i| {
                let e = &self.entries[i];
                e.kind == EntryKind::UnreadableDir || (e.kind != EntryKind::Dir && self.include.is_match(&e.rel))
            })
            .collect()
    }

    /// The entries at `indices` (positions in `paths()`).
    pub(crate) fn entries_at(&self, indices: &[u32]) -> Vec<&Entry> {
        indices.iter().map(|&i| &self.entries[i as usize]).collect()
    }

    fn extract(&self, e: &Entry) -> DocumentFacts {
        match e.kind {
            EntryKind::File => {
                let mdx = extract::is_mdx_path(&e.rel) || self.mdx.is_match(&e.rel);
                let mut facts = extract::extract_file(e.rel.to_string(), &e.path(&self.root), self.max_bytes, mdx);
                self.targets
                    .set_link_positions(&mut facts, |i| &self.entries[i as usize].rel);
                facts
            }
            EntryKind::Symlink => symlink_problem(e.rel.to_string(), &e.path(&self.root), &self.root),
            EntryKind::Other => extract::with_problem(
                e.rel.to_string(),
                0,
                ProblemKind::Unreadable,
                "not a regular file".into(),
                None,
            ),
            EntryKind::UnreadableDir | EntryKind::Dir => {
                let message = format!(
                    "cannot read: {}",
                    e.error.as_deref().unwrap_or("directory not readable")
                );
                extract::with_problem(e.rel.to_string(), 0, ProblemKind::Unreadable, message, None)
            }
        }
    }

    /// (`paths`, `dirs`) of the result.
    pub(crate) fn listing(&self) -> (Vec<&str>, Vec<&str>) {
        let dirs = self.dir_indices().into_iter().map(|i| &*self.entries[i].rel).collect();
        (self.paths(), dirs)
    }

    pub(crate) fn paths(&self) -> Vec<&str> {
        self.entries.iter().map(|e| &*e.rel).collect()
    }

    /// Positions in `paths()` of the directories.
    pub(crate) fn dir_indices(&self) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&i| matches!(self.entries[i].kind, EntryKind::Dir | EntryKind::UnreadableDir))
            .collect()
    }
}

fn symlink_problem(rel: String, abs: &std::path::Path, root: &std::path::Path) -> DocumentFacts {
    let target = match std::fs::read_link(abs) {
        Ok(t) => t,
        Err(e) => return extract::with_problem(rel, 0, ProblemKind::Unreadable, format!("cannot read: {e}"), None),
    };
    let resolved = normalize(&abs.parent().unwrap_or(root).join(&target));
    let inside = resolved.starts_with(normalize(root));
    let mut message = format!("symbolic link to {}, not followed", target.to_string_lossy());
    if !inside {
        message.push_str(" (points outside the root)");
    }
    extract::with_problem(rel, 0, ProblemKind::Symlink, message, None)
}

/// Lexical normalisation (`.` and `..` removed) without touching the file system.
fn normalize(path: &std::path::Path) -> PathBuf {
    use std::path::Component;
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(root: &std::path::Path, rel: &str, content: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, content).unwrap();
    }

    fn options(root: &std::path::Path) -> ScanOptions {
        ScanOptions {
            root: root.to_string_lossy().into_owned(),
            include: None,
            exclude: None,
            max_file_bytes: None,
            mdx: None,
        }
    }

    #[test]
    fn walk_prunes_gitignored_git_node_modules_and_excluded_paths() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(r, ".gitignore", "/build\n*.tmp.md\n");
        write(r, ".hidden/h.md", "# h");
        write(r, ".git/HEAD", "ref");
        write(r, "node_modules/m/readme.md", "# m");
        write(r, "build/out.md", "# b");
        write(r, "docs/a.md", "# a");
        write(r, "docs/x.tmp.md", "# t");
        write(r, "docs/vendor/v.md", "# v");
        write(r, "docs/sub/.gitignore", "skip.md\n");
        write(r, "docs/sub/skip.md", "# s");
        write(r, "docs/sub/keep.markdown", "# k");
        write(r, "docs/notes.txt", "n");
        let mut o = options(r);
        o.exclude = Some(vec!["vendor".into()]);
        let result = scan(&o).unwrap();
        assert_eq!(
            result.paths,
            [
                ".gitignore",
                ".hidden",
                ".hidden/h.md",
                "docs",
                "docs/a.md",
                "docs/notes.txt",
                "docs/sub",
                "docs/sub/.gitignore",
                "docs/sub/keep.markdown"
            ]
        );
        assert_eq!(result.dirs, [".hidden", "docs", "docs/sub"]);
        let docs: Vec<_> = result.documents.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(docs, [".hidden/h.md", "docs/a.md", "docs/sub/keep.markdown"]);
    }

    #[test]
    fn include_globs_without_slash_match_at_any_depth_and_star_stops_at_slash() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(r, "README.md", "x");
        write(r, "docs/guide/intro.md", "x");
        write(r, "docs/top.md", "x");
        let mut o = options(r);
        o.include = Some(vec!["docs/*.md".into(), "README.md".into()]);
        let docs: Vec<_> = scan(&o).unwrap().documents.into_iter().map(|d| d.path).collect();
        assert_eq!(docs, ["README.md", "docs/top.md"]);
    }

    #[test]
    #[cfg(unix)]
    fn symlinks_are_listed_not_followed_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(r, "docs/real.md", "# r");
        write(r, "elsewhere.md", "");
        std::os::unix::fs::symlink("real.md", r.join("docs/in.md")).unwrap();
        std::os::unix::fs::symlink("../../outside.md", r.join("docs/out.md")).unwrap();
        std::os::unix::fs::symlink(r.join("docs"), r.join("linkdir")).unwrap();
        let result = scan(&options(r)).unwrap();
        assert_eq!(
            result.paths,
            [
                "docs",
                "docs/in.md",
                "docs/out.md",
                "docs/real.md",
                "elsewhere.md",
                "linkdir"
            ]
        );
        assert_eq!(result.dirs, ["docs"]);
        let problems: Vec<_> = result
            .documents
            .iter()
            .filter_map(|d| {
                d.problem
                    .as_ref()
                    .map(|p| (d.path.as_str(), p.kind, p.message.as_str()))
            })
            .collect();
        assert_eq!(
            problems,
            [
                (
                    "docs/in.md",
                    ProblemKind::Symlink,
                    "symbolic link to real.md, not followed"
                ),
                (
                    "docs/out.md",
                    ProblemKind::Symlink,
                    "symbolic link to ../../outside.md, not followed (points outside the root)"
                ),
            ]
        );
    }

    #[test]
    fn scan_json_is_the_serialised_scan_result() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(r, "a.md", "---\nt: 1\n---\n# A \"q\"\n[x](y)\n");
        write(r, "sub/b.md", "text");
        write(r, "sub/c.txt", "text");
        // Enough documents for rayon to split the work into several buffers.
        for i in 0..300 {
            write(
                r,
                &format!("many/d{i}.md"),
                &format!("# Doc {i}\n\n[next](d{}.md)\n", i + 1),
            );
        }
        let o = options(r);
        assert_eq!(
            scan_json(&o).unwrap(),
            serde_json::to_string(&scan(&o).unwrap()).unwrap()
        );
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_name_that_is_not_utf8_is_listed_lossy_and_read_through_its_real_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9");
        fs::create_dir(r.join(name)).unwrap();
        fs::write(r.join(name).join("x.md"), "# Real\n").unwrap();
        // Its lossy twin exists too: reading by the lossy name would give this file instead.
        write(r, "caf\u{fffd}/x.md", "# Twin\n");
        let result = scan(&options(r)).unwrap();
        let mut docs: Vec<_> = result
            .documents
            .iter()
            .map(|d| (d.path.as_str(), d.headings[0].text.as_str()))
            .collect();
        // Equal paths: their order is not defined.
        docs.sort();
        assert_eq!(docs, [("caf\u{fffd}/x.md", "Real"), ("caf\u{fffd}/x.md", "Twin")]);
    }

    #[test]
    fn paths_sort_by_utf16_code_units() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        for name in ["b.md", "B.md", "\u{ff5e}.md", "\u{1f600}.md", "a-b.md", "a.md"] {
            write(r, name, "x");
        }
        let paths = scan(&options(r)).unwrap().paths;
        // U+1F600 is a surrogate pair (0xD83D…) so it sorts before U+FF5E, unlike in UTF-8 byte order.
        assert_eq!(paths, ["B.md", "a-b.md", "a.md", "b.md", "\u{1f600}.md", "\u{ff5e}.md"]);
    }

    #[test]
    fn bad_options_and_roots_are_errors_naming_the_cause() {
        assert!(parse_options("{\"root\": 1}")
            .unwrap_err()
            .contains("invalid scan options"));
        let missing = scan(&ScanOptions {
            root: "/no/such/dir".into(),
            include: None,
            exclude: None,
            max_file_bytes: None,
            mdx: None,
        })
        .unwrap_err();
        assert!(missing.contains("/no/such/dir"), "{missing}");
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "f.md", "x");
        let file = scan(&options(&dir.path().join("f.md"))).unwrap_err();
        assert!(file.contains("is not a directory"), "{file}");
        let mut o = options(dir.path());
        o.include = Some(vec!["[".into()]);
        assert!(scan(&o).unwrap_err().contains("invalid glob \"[\""));
    }

    #[test]
    #[cfg(unix)]
    fn git_files_and_special_files_are_handled() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(r, "sub/.git", "gitdir: elsewhere");
        write(r, "sub/node_modules", "a file named like the folder");
        write(r, "sub/a.md", "# a");
        let fifo = r.join("pipe.md");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let result = scan(&options(r)).unwrap();
        assert_eq!(result.paths, ["pipe.md", "sub", "sub/a.md"]);
        let p = result.documents[0].problem.as_ref().unwrap();
        assert_eq!(
            (p.kind, p.message.as_str()),
            (ProblemKind::Unreadable, "not a regular file")
        );
    }

    #[test]
    fn only_gitignore_files_count_not_ignore_files_or_git_info_exclude() {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(r, ".ignore", "a.md\n");
        write(r, ".git/info/exclude", "b.md\n");
        write(r, "a.md", "");
        write(r, "b.md", "");
        let docs: Vec<_> = scan(&options(r))
            .unwrap()
            .documents
            .into_iter()
            .map(|d| d.path)
            .collect();
        assert_eq!(docs, ["a.md", "b.md"]);
    }

    #[test]
    #[cfg(unix)]
    fn an_unreadable_directory_is_listed_and_reported() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(r, "locked/secret.md", "# s");
        write(r, "open.md", "# o");
        fs::set_permissions(r.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
        let bypassed = fs::read_dir(r.join("locked")).is_ok();
        let result = scan(&options(r)).unwrap();
        fs::set_permissions(r.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
        if bypassed {
            // Root reads a mode-000 directory: then it must be walked like any other, with no
            // problem reported (the unreadable case itself cannot be produced here).
            eprintln!("NOT TESTED here: the unreadable case (privileges bypass directory permissions); checked that a mode-000 directory readable by this user is walked normally");
            assert_eq!(result.paths, ["locked", "locked/secret.md", "open.md"]);
            assert_eq!(result.dirs, ["locked"]);
            let docs: Vec<_> = result
                .documents
                .iter()
                .map(|d| (d.path.as_str(), d.problem.is_none()))
                .collect();
            assert_eq!(docs, [("locked/secret.md", true), ("open.md", true)]);
            return;
        }
        assert_eq!(result.paths, ["locked", "open.md"]);
        assert_eq!(result.dirs, ["locked"]);
        let locked = &result.documents[0];
        let p = locked.problem.as_ref().unwrap();
        assert_eq!((locked.path.as_str(), p.kind), ("locked", ProblemKind::Unreadable));
        assert!(p.message.starts_with("cannot read: "), "{}", p.message);
        assert_eq!(result.documents[1].path, "open.md");
    }
}
