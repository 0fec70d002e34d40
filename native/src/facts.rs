//! The ScanResult / DocumentFacts shapes of `src/engine/contract.ts`, serialised with serde.
//! Field order and names here ARE the contract's JSON: keep them in the contract's order.

use serde::Serialize;
use serde_json::Value;

#[derive(Serialize, Debug)]
pub struct ScanResult {
    pub schema: u32,
    pub paths: Vec<String>,
    pub dirs: Vec<String>,
    pub documents: Vec<DocumentFacts>,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    Unreadable,
    TooLarge,
    Binary,
    Encoding,
    Symlink,
    TooComplex,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub kind: ProblemKind,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

#[derive(Serialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub struct DocumentFacts {
    pub path: String,
    pub bytes: u64,
    pub lines: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<FileProblem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frontmatter: Option<Frontmatter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_front_matter: Option<LineSpan>,
    pub headings: Vec<Heading>,
    pub links: Vec<Link>,
    pub code_blocks: Vec<CodeBlock>,
    pub anchors: Vec<Anchor>,
    pub suppressions: Vec<Suppression>,
    pub metrics: Metrics,
}

/// The lines of a leading HTML comment that holds a site build's front matter (contract: `siteFrontMatter`).
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct LineSpan {
    pub line: usize,
    pub end_line: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Frontmatter {
    pub line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<FrontmatterError>,
    pub keys: Vec<KeyLine>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct FrontmatterError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct KeyLine {
    pub key: String,
    pub line: usize,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum HeadingStyle {
    Atx,
    Setext,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub line: usize,
    pub column: usize,
    pub style: HeadingStyle,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    Inline,
    Reference,
    Autolink,
    Html,
    Shortcode,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Link {
    pub kind: LinkKind,
    pub image: bool,
    pub target: String,
    /// Shortcode links only: the `lang` argument.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub line: usize,
    pub column: usize,
    /// Scans only (not `extract_bytes`): the target's position in the scan's `paths` (targets.rs), -1 for none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<i64>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CodeBlock {
    pub lang: String,
    pub fenced: bool,
    pub line: usize,
    pub end_line: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Anchor {
    pub id: String,
    pub line: usize,
    pub column: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Suppression {
    pub directive: String,
    pub rules: Vec<String>,
    pub line: usize,
    pub column: usize,
}

#[derive(Serialize, Debug, Default, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Metrics {
    pub words: usize,
    pub headings: usize,
    pub links: usize,
    pub code_blocks: usize,
}
