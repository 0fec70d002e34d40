//! `Link.to`: where a link's target lands in the scan's `paths` by GitHub's file-relative rule,
//! computed on the extraction threads so the rules look up no joined path strings (issue #5).
//! Only *plain* targets are resolved (contract.ts, `Link.to`); anything else is -1 and the rules
//! resolve it themselves. src/engine/js/link-positions.ts is the same function for the js engine.

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};

use crate::facts::{DocumentFacts, LinkKind};

/// Every listed path's position, by hash; the paths themselves stay with their owner, who
/// names path `i` on each lookup (no second copy of the listing).
pub struct PathIndex {
    /// Hash of a path → its position; a path whose hash another path already took is in `collided`.
    by_hash: HashMap<u64, u32, BuildHasherDefault<Passthrough>>,
    collided: HashMap<Box<str>, u32>,
    /// SipHash with keys drawn per scan: crafted file names cannot pile up in one bucket.
    keys: RandomState,
}

/// The keys of `by_hash` are hashes already: used as they are.
#[derive(Default)]
pub struct Passthrough(u64);

impl Hasher for Passthrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys are hashed");
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

fn hash_of(keys: &RandomState, path: &str) -> u64 {
    keys.hash_one(path)
}

impl PathIndex {
    pub fn new<'a>(paths: impl ExactSizeIterator<Item = &'a str>) -> PathIndex {
        let mut index = PathIndex {
            by_hash: HashMap::with_capacity_and_hasher(paths.len(), Default::default()),
            collided: HashMap::new(),
            keys: RandomState::new(),
        };
        for (i, path) in paths.enumerate() {
            let i = u32::try_from(i).expect("under 4 billion listed paths");
            if index
                .by_hash
                .try_insert_or_keep(hash_of(&index.keys, path), i)
                .is_some()
            {
                index.collided.insert(path.into(), i);
            }
        }
        index
    }

    /// The position of `path` in the listing; `path_at(i)` is the listing's path `i`.
    pub fn position<'a>(&self, path: &str, path_at: impl Fn(u32) -> &'a str) -> Option<u32> {
        match self.by_hash.get(&hash_of(&self.keys, path)) {
            Some(&i) if path_at(i) == path => Some(i),
            Some(_) => self.collided.get(path).copied(),
            None => None,
        }
    }

    /// Sets `to` on each link of `facts` (the document at `facts.path`).
    pub fn set_link_positions<'a>(&self, facts: &mut DocumentFacts, path_at: impl Fn(u32) -> &'a str + Copy) {
        let folder = folder_of(&facts.path);
        let mut joined = String::new();
        for link in &mut facts.links {
            let placed = link.kind != LinkKind::Shortcode && plain_join(folder, &link.target, &mut joined);
            let to = if placed { self.position(&joined, path_at) } else { None };
            link.to = Some(to.map_or(-1, i64::from));
        }
    }
}

/// `HashMap::try_insert` (unstable) for the one use here: inserts unless the key is taken, and returns the value already there.
trait TryInsertOrKeep {
    fn try_insert_or_keep(&mut self, key: u64, value: u32) -> Option<u32>;
}

impl TryInsertOrKeep for HashMap<u64, u32, BuildHasherDefault<Passthrough>> {
    fn try_insert_or_keep(&mut self, key: u64, value: u32) -> Option<u32> {
        match self.entry(key) {
            std::collections::hash_map::Entry::Occupied(taken) => Some(*taken.get()),
            std::collections::hash_map::Entry::Vacant(free) => {
                free.insert(value);
                None
            }
        }
    }
}

/// The folder of a root-relative file path (`""` at the root).
fn folder_of(path: &str) -> &str {
    path.rfind('/').map_or("", |slash| &path[..slash])
}

/// A plain target joined to `folder` into `out` (contract.ts `Link.to`); false when the target is
/// not plain (GitHub's rule then needs trimming, decoding or a scheme check) or names the
/// document itself, the root or a place above it.
pub fn plain_join(folder: &str, target: &str, out: &mut String) -> bool {
    let bytes = target.as_bytes();
    let graphic = |b: &u8| (0x21..=0x7e).contains(b);
    if !bytes.first().is_some_and(graphic) || !bytes.last().is_some_and(graphic) {
        return false;
    }
    if target.starts_with("//") || has_scheme(bytes) {
        return false;
    }
    // The path part ends at the first `#` or `?`; one pass also looks for `%` in it.
    let mut end = bytes.len();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'#' | b'?' => {
                end = i;
                break;
            }
            b'%' => return false,
            _ => {}
        }
    }
    if end == 0 {
        return false;
    }
    out.clear();
    if bytes[0] != b'/' {
        out.push_str(folder);
    }
    // Segments are whole `/`-separated pieces, so cutting at `/` bytes keeps them UTF-8.
    for segment in target[..end].split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if out.is_empty() {
                    return false;
                }
                out.truncate(out.rfind('/').unwrap_or(0));
            }
            name => {
                if !out.is_empty() {
                    out.push('/');
                }
                out.push_str(name);
            }
        }
    }
    !out.is_empty()
}

/// `^[A-Za-z][A-Za-z0-9+.-]*:`
fn has_scheme(bytes: &[u8]) -> bool {
    if !bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    for &b in &bytes[1..] {
        match b {
            b':' => return true,
            b'+' | b'.' | b'-' => {}
            _ if b.is_ascii_alphanumeric() => {}
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_targets_join_like_github() {
        let cases = [
            ("docs", "a.md", Some("docs/a.md")),
            ("docs", "./a.md#x", Some("docs/a.md")),
            ("docs", "../README.md?plain=1#top", Some("README.md")),
            ("docs/sub", "../../x/", Some("x")),
            ("docs", "/img/logo.png", Some("img/logo.png")),
            ("", "a//b/./c.md", Some("a/b/c.md")),
            ("docs", "sub/../../..", None),
            ("", "..", None),
            ("docs", "#only-fragment", None),
            ("docs", "?q", None),
            ("docs", "https://example.com/a.md", None),
            ("docs", "mailto:x@y", None),
            ("docs", "C:x", None),
            ("docs", "//host/a.md", None),
            ("docs", "a%20b.md", None),
            ("docs", " a.md", None),
            ("docs", "a.md ", None),
            ("docs", "a.md\u{3000}", None),
            ("docs", "", None),
            ("docs", "ü.md", None),
            ("docs", "x/ü.md", Some("docs/x/ü.md")),
            ("docs", "a b.md", Some("docs/a b.md")),
            ("docs", "a:b.md", None),
            ("docs", "./a:b.md", Some("docs/a:b.md")),
            ("docs", "1a:b.md", Some("docs/1a:b.md")),
        ];
        let mut out = String::from("left over");
        for (folder, target, want) in cases {
            let joined = plain_join(folder, target, &mut out).then(|| out.clone());
            assert_eq!(joined.as_deref(), want, "{folder:?} + {target:?}");
        }
        assert!(!plain_join("docs", "..", &mut out), "the root is not a listed path");
    }

    #[test]
    fn positions_are_listing_positions() {
        let paths = ["README.md", "docs", "docs/a.md", "docs/ü.md"];
        let index = PathIndex::new(paths.iter().copied());
        let at = |i: u32| paths[i as usize];
        for (i, p) in paths.iter().enumerate() {
            assert_eq!(index.position(p, at), Some(i as u32));
        }
        assert_eq!(index.position("docs/b.md", at), None);
        assert_eq!(index.position("", at), None);
        assert_eq!(index.position("docs/a.m", at), None);
    }

    #[test]
    fn a_path_whose_hash_is_taken_is_still_found() {
        let paths = ["a.md", "b.md"];
        let at = |i: u32| paths[i as usize];
        let mut index = PathIndex::new(paths.into_iter());
        // Force "b.md" into the collision map, as a real 64-bit collision would.
        let hash = hash_of(&index.keys, "b.md");
        index.by_hash.remove(&hash);
        index.by_hash.insert(hash, 0);
        index.collided.insert("b.md".into(), 1);
        assert_eq!(index.position("b.md", at), Some(1));
        assert_eq!(index.position("a.md", at), Some(0));
    }
}
