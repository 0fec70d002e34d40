//! Frontmatter: finds the `---` block at the top of a file and turns its YAML into plain JSON,
//! building the value from parser events so alias/nesting limits hold before memory grows.

use std::collections::HashMap;

use std::collections::HashSet;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span, Tag};
use serde_json::{Map, Number, Value};

use crate::facts::{Frontmatter, FrontmatterError, KeyLine, LineSpan};

pub const MAX_ALIAS_NODES: usize = 10_000;
pub const MAX_DEPTH: usize = 64;
const NESTING_MESSAGE: &str = "YAML nesting deeper than 64 levels";
/// saphyr-parser's error when 256 flow collections are open at once.
const PARSER_RECURSION_LIMIT: &str = "recursion limit exceeded";
const LONE_CR_MESSAGE: &str = "lone CR (carriage return without line feed) in the YAML; use LF or CRLF line endings";

/// The frontmatter (if any) and the byte offset in `text` where the Markdown body starts.
pub struct Split {
    pub frontmatter: Option<Frontmatter>,
    pub body_start: usize,
}

/// True when `line` (without its line ending) is `marker` followed only by spaces/tabs.
fn is_delimiter(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.bytes().all(|b| b == b' ' || b == b'\t'))
}

/// Splits `text` (BOM already stripped) into frontmatter and body per the contract.
pub fn split(text: &str) -> Split {
    let none = Split {
        frontmatter: None,
        body_start: 0,
    };
    let Some(first_nl) = text.find('\n') else { return none };
    let first = text[..first_nl].strip_suffix('\r').unwrap_or(&text[..first_nl]);
    if !is_delimiter(first, "---") {
        return none;
    }
    let yaml_start = first_nl + 1;
    let mut line_no = 2usize;
    let mut pos = yaml_start;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].strip_suffix('\r').unwrap_or(&text[pos..end]);
        if is_delimiter(line, "---") || is_delimiter(line, "...") {
            let body_start = if end < text.len() { end + 1 } else { end };
            let fm = parse_yaml(&text[yaml_start..pos], 1, line_no);
            return Split {
                frontmatter: Some(fm),
                body_start,
            };
        }
        pos = end + 1;
        line_no += 1;
    }
    Split {
        frontmatter: Some(Frontmatter {
            line: 1,
            end_line: None,
            data: None,
            error: Some(FrontmatterError {
                message: "frontmatter is not closed: no line '---' or '...' after line 1".into(),
                line: 1,
                column: 1,
            }),
            keys: Vec::new(),
        }),
        body_start: 0,
    }
}

/// The leading HTML comment holding a site build's front matter (contract `siteFrontMatter`):
/// after blank lines from `body_start` (line `body_line`), a line starting `<!--` that says
/// `front matter` (ASCII case-insensitive) and holds no `-->`, then YAML lines, then a line that
/// is only dashes ending `-->` (trailing spaces/tabs allowed); the YAML must be a non-empty mapping.
pub fn site_front_matter(text: &str, body_start: usize, body_line: usize) -> Option<LineSpan> {
    let mut lines = text[body_start..]
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l));
    let mut line_no = body_line;
    let mut offset = body_start;
    let open = loop {
        let line = lines.next()?;
        let start = offset;
        offset += line.len() + 1;
        if !line.bytes().all(|b| b == b' ' || b == b'\t' || b == b'\r') {
            break (line, start);
        }
        line_no += 1;
    };
    let (first, open_start) = open;
    let rest = first.strip_prefix("<!--")?;
    if rest.contains("-->") || !rest.to_ascii_lowercase().contains("front matter") {
        return None;
    }
    let yaml_start = text[open_start..].find('\n').map(|i| open_start + i + 1)?;
    let mut end_line = line_no;
    let mut pos = yaml_start;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = &text[pos..end];
        end_line += 1;
        if line.contains("-->") {
            let closing = line.trim_end_matches([' ', '\t', '\r']);
            let dashes = closing.strip_suffix("-->")?;
            if !dashes.bytes().all(|b| b == b'-') {
                return None;
            }
            let fm = parse_yaml(&text[yaml_start..pos], line_no, end_line);
            let mapping = fm.error.is_none() && fm.data.as_ref().is_some_and(Value::is_object) && !fm.keys.is_empty();
            return mapping.then_some(LineSpan {
                line: line_no,
                end_line,
            });
        }
        pos = end + 1;
    }
    None
}

/// Parses the YAML between the delimiters; `line_offset` turns block lines into file lines.
fn parse_yaml(yaml: &str, open_line: usize, end_line: usize) -> Frontmatter {
    let line_offset = open_line; // the block's first line is the file line after `---`
    let mut fm = Frontmatter {
        line: open_line,
        end_line: Some(end_line),
        data: None,
        error: None,
        keys: Vec::new(),
    };
    // Syntax errors and duplicate keys anywhere come first (the `yaml` package reports them
    // while parsing); limits and complex keys only then, in document order, while building.
    let result = check_lone_cr(yaml, line_offset).and_then(|()| build_lenient(yaml, line_offset));
    match result {
        Ok((data, keys)) => {
            fm.data = Some(data);
            fm.keys = keys;
        }
        Err(e) => fm.error = Some(e),
    }
    fm
}

/// `check_and_build`, with the `yaml` package's one leniency on flow collections: a line holding
/// only the closing `]` or `}` may sit at the indentation of the block that holds the collection
/// (`aliases: [` … `]` at column 1; go-yaml, which Hugo uses, reads it too) where YAML 1.2 wants
/// one more column. Such a line is shifted one column right and the block parsed again (each line
/// once, so a bracket less indented than its block stays an error); an error on a shifted line
/// keeps its written column.
fn build_lenient(yaml: &str, line_offset: usize) -> Result<(Value, Vec<KeyLine>), FrontmatterError> {
    let mut text = yaml.to_string();
    let mut shifted: Vec<usize> = Vec::new();
    loop {
        let mut error = match check_and_build(&text, line_offset) {
            Err(e) => e,
            Ok(built) if shifted.is_empty() => return Ok(built),
            Ok(built) => match bracket_below_its_opener(&text, &shifted) {
                None => return Ok(built),
                // Less indented than the line that opened the collection: the `yaml` package refuses it too.
                Some(_) => return check_and_build(yaml, line_offset),
            },
        };
        // The error's line in the block (0-based).
        let line = error.line.checked_sub(line_offset + 1);
        if let Some(line) = line.filter(|l| !shifted.contains(l)) {
            if error.message.starts_with("invalid indentation")
                && lone_closing_bracket(text.lines().nth(line).unwrap_or(""))
            {
                let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
                text.insert(start, ' ');
                shifted.push(line);
                continue;
            }
        }
        if line.is_some_and(|l| shifted.contains(&l)) && error.column > 1 {
            error.column -= 1;
        }
        return Err(error);
    }
}

/// The first shifted line whose closing bracket (at its written column, one left of where it
/// is now) sits left of the indentation of the line that opened its collection.
fn bracket_below_its_opener(text: &str, shifted: &[usize]) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let indent = |line: usize| lines.get(line).map_or(0, |l| l.len() - l.trim_start_matches(' ').len());
    let mut opened: Vec<usize> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    while let Some(Ok((event, span))) = parser.next_event() {
        let line = span.start.line().saturating_sub(1);
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => opened.push(line),
            Event::SequenceEnd | Event::MappingEnd => {
                let from = opened.pop().unwrap_or(0);
                if shifted.contains(&line) && span.start.col() == indent(line) && indent(line) - 1 < indent(from) {
                    return Some(line);
                }
            }
            _ => {}
        }
    }
    None
}

/// A line that is only a flow collection's closing indicator, then spaces or a comment.
fn lone_closing_bracket(line: &str) -> bool {
    let rest = line.trim_start_matches(' ');
    let Some(after) = rest.strip_prefix(']').or_else(|| rest.strip_prefix('}')) else {
        return false;
    };
    let after = after.trim_end_matches('\r');
    let rest = after.trim_start_matches([' ', '\t']);
    rest.is_empty() || (rest.starts_with('#') && rest.len() < after.len())
}

/// YAML reads a lone CR as a line break and the contract's lines do not: the block is refused
/// at that CR rather than giving positions on lines that do not exist.
fn check_lone_cr(yaml: &str, line_offset: usize) -> Result<(), FrontmatterError> {
    let bytes = yaml.as_bytes();
    let Some(cr) = memchr::memchr_iter(b'\r', bytes).find(|&i| bytes.get(i + 1) != Some(&b'\n')) else {
        return Ok(());
    };
    let line_start = memchr::memrchr(b'\n', &bytes[..cr]).map_or(0, |i| i + 1);
    Err(FrontmatterError {
        message: LONE_CR_MESSAGE.into(),
        line: line_offset + 1 + memchr::memchr_iter(b'\n', &bytes[..cr]).count(),
        column: yaml[line_start..cr].chars().count() + 1,
    })
}

/// One open collection during the syntax/duplicate pass: a mapping tracks its keys.
struct CheckFrame {
    keys: Option<HashSet<String>>,
    expecting_key: bool,
}

/// First pass: the parser's syntax errors and duplicate plain/quoted scalar keys (by their
/// string form; alias keys are never duplicates, as in the `yaml` package), in document order.
/// The parser stops at an alias to an unknown anchor, which the `yaml` package only reports after
/// parsing; so each such alias is replaced by a same-length plain scalar and checking goes on
/// (the second pass reports the alias itself).
fn check_syntax_and_duplicates(yaml: &str, line_offset: usize) -> Result<(), FrontmatterError> {
    let mut text = yaml.to_string();
    let mut placeholders: Vec<usize> = Vec::new();
    loop {
        match check_pass(&text, line_offset, &placeholders) {
            Check::Done(result) => return result,
            Check::UnknownAlias(char_index) => {
                let start = text.char_indices().nth(char_index).map_or(text.len(), |(i, _)| i);
                let len = text[start..]
                    .char_indices()
                    .skip(1)
                    .find(|&(_, c)| c.is_whitespace() || ",[]{}".contains(c))
                    .map_or(text.len() - start, |(i, _)| i);
                let chars = text[start..start + len].chars().count();
                text.replace_range(start..start + len, &"x".repeat(chars));
                placeholders.push(char_index);
            }
        }
    }
}

enum Check {
    Done(Result<(), FrontmatterError>),
    /// Char index of an alias whose anchor is not defined.
    UnknownAlias(usize),
}

const UNKNOWN_ANCHOR: &str = "while parsing node, found unknown anchor";

/// A parser error (syntax) at its file position.
fn syntax_error(e: &ScanError, line_offset: usize) -> FrontmatterError {
    FrontmatterError {
        message: e.info().to_string(),
        line: e.marker().line() + line_offset,
        column: e.marker().col() + 1,
    }
}

fn duplicate_error(key: &str, span: &Span, line_offset: usize) -> FrontmatterError {
    FrontmatterError {
        message: format!("duplicate mapping key \"{key}\""),
        line: span.start.line() + line_offset,
        column: span.start.col() + 1,
    }
}

/// Both passes over a single parse, the builder's first error held back until the whole block
/// is checked (the same result as checking, then building). The two separate passes only when
/// the parse stops early: an unknown alias or the parser's recursion limit.
fn check_and_build(yaml: &str, line_offset: usize) -> Result<(Value, Vec<KeyLine>), FrontmatterError> {
    let mut checker = Checker::new(&[]);
    let mut builder = Builder::new(line_offset);
    let mut built = Ok(());
    let mut parser = Parser::new_from_str(yaml);
    while let Some(next) = parser.next_event() {
        let (event, span) = match next {
            Ok(ok) => ok,
            Err(e) if e.info() == UNKNOWN_ANCHOR || e.info() == PARSER_RECURSION_LIMIT => {
                return check_syntax_and_duplicates(yaml, line_offset)
                    .and_then(|()| Builder::new(line_offset).run(yaml));
            }
            Err(e) => return Err(syntax_error(&e, line_offset)),
        };
        if let Some(key) = checker.duplicate(&event, &span) {
            return Err(duplicate_error(&key, &span, line_offset));
        }
        if built.is_ok() {
            built = builder.event(event, &span);
        }
    }
    built.map(|()| builder.finish())
}

fn check_pass(yaml: &str, line_offset: usize, placeholders: &[usize]) -> Check {
    let mut checker = Checker::new(placeholders);
    let mut parser = Parser::new_from_str(yaml);
    while let Some(next) = parser.next_event() {
        let (event, span) = match next {
            Ok(ok) => ok,
            Err(e) if e.info() == UNKNOWN_ANCHOR => return Check::UnknownAlias(e.marker().index()),
            // 256 open flow collections: far past the nesting limit, which the second pass reports.
            Err(e) if e.info() == PARSER_RECURSION_LIMIT => return Check::Done(Ok(())),
            Err(e) => return Check::Done(Err(syntax_error(&e, line_offset))),
        };
        if let Some(key) = checker.duplicate(&event, &span) {
            return Check::Done(Err(duplicate_error(&key, &span, line_offset)));
        }
    }
    Check::Done(Ok(()))
}

/// The open collections of the first pass (mappings track their keys).
struct Checker<'p> {
    stack: Vec<CheckFrame>,
    /// Char indices of unknown aliases replaced by plain scalars (never duplicates).
    placeholders: &'p [usize],
}

impl<'p> Checker<'p> {
    fn new(placeholders: &'p [usize]) -> Self {
        Checker {
            stack: Vec::new(),
            placeholders,
        }
    }

    /// A finished node flips its parent mapping between key and value.
    fn finish(&mut self) {
        if let Some(f) = self.stack.last_mut().filter(|f| f.keys.is_some()) {
            f.expecting_key = !f.expecting_key;
        }
    }

    /// The key this event repeats in its mapping, if it does.
    fn duplicate(&mut self, event: &Event, span: &Span) -> Option<String> {
        match event {
            Event::Scalar(text, style, ..) => {
                let placeholder = self.placeholders.contains(&span.start.index());
                if let Some(CheckFrame {
                    keys: Some(keys),
                    expecting_key: true,
                }) = self.stack.last_mut()
                {
                    let key = if *style == ScalarStyle::Plain && span.is_empty() {
                        String::new()
                    } else {
                        text.to_string()
                    };
                    if !placeholder && keys.contains(&key) {
                        return Some(key);
                    }
                    keys.insert(key);
                }
                self.finish();
            }
            Event::Alias(_) => self.finish(),
            Event::SequenceStart(..) => self.stack.push(CheckFrame {
                keys: None,
                expecting_key: false,
            }),
            Event::MappingStart(..) => self.stack.push(CheckFrame {
                keys: Some(HashSet::new()),
                expecting_key: true,
            }),
            Event::SequenceEnd | Event::MappingEnd => {
                self.stack.pop();
                self.finish();
            }
            _ => {}
        }
        None
    }
}

enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
        nodes_before: usize,
    },
    Map {
        map: Map<String, Value>,
        key: Option<(String, Span)>,
        anchor: usize,
        nodes_before: usize,
    },
}

struct Builder {
    line_offset: usize,
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Value, usize)>,
    nodes: usize,
    root: Option<Value>,
    top_keys: Vec<KeyLine>,
    documents: usize,
}

/// A scalar or collection value as it arrives at its parent.
enum Node {
    Scalar { value: Value, key_text: String },
    Collection(Value),
}

impl Builder {
    fn new(line_offset: usize) -> Self {
        Builder {
            line_offset,
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            root: None,
            top_keys: Vec::new(),
            documents: 0,
        }
    }

    fn error_at(&self, span: &Span, message: &str) -> FrontmatterError {
        FrontmatterError {
            message: message.to_string(),
            line: span.start.line() + self.line_offset,
            column: span.start.col() + 1,
        }
    }

    /// The parser gives up at 256 open flow collections before emitting any of them; the text up
    /// to that point, parsed again, reaches level 65 (the contract's error) before its end.
    fn nesting_error_before(&self, yaml: &str, e: &ScanError) -> FrontmatterError {
        let cut = yaml
            .char_indices()
            .nth(e.marker().index())
            .map_or(yaml.len(), |(i, _)| i);
        match Builder::new(self.line_offset).run(&yaml[..cut]) {
            Err(inner) if inner.message == NESTING_MESSAGE => inner,
            _ => FrontmatterError {
                message: NESTING_MESSAGE.into(),
                ..self.scan_error(e)
            },
        }
    }

    fn scan_error(&self, e: &ScanError) -> FrontmatterError {
        // The parser rejects an unknown alias; the contract treats it like a recursive one.
        let unknown_alias = e.info() == UNKNOWN_ANCHOR;
        FrontmatterError {
            message: if unknown_alias {
                "YAML alias expansion limit exceeded".into()
            } else {
                e.info().to_string()
            },
            line: e.marker().line() + self.line_offset,
            column: e.marker().col() + 1,
        }
    }

    fn run(mut self, yaml: &str) -> Result<(Value, Vec<KeyLine>), FrontmatterError> {
        let mut parser = Parser::new_from_str(yaml);
        while let Some(next) = parser.next_event() {
            let (event, span) = match next {
                Ok(ok) => ok,
                Err(e) if e.info() == PARSER_RECURSION_LIMIT => return Err(self.nesting_error_before(yaml, &e)),
                Err(e) => return Err(self.scan_error(&e)),
            };
            self.event(event, &span)?;
        }
        Ok(self.finish())
    }

    /// The data and top-level key lines once every event was taken.
    fn finish(self) -> (Value, Vec<KeyLine>) {
        (self.root.unwrap_or(Value::Null), self.top_keys)
    }

    /// Takes one parser event; the first limit or complex key met is the error.
    fn event(&mut self, event: Event, span: &Span) -> Result<(), FrontmatterError> {
        match event {
            Event::StreamStart | Event::StreamEnd | Event::Nothing | Event::DocumentEnd => {}
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(self.error_at(span, "frontmatter holds more than one YAML document"));
                }
            }
            Event::Alias(id) => {
                // An anchor still being built (a recursive alias) would expand forever.
                let Some((value, count)) = self.anchors.get(&id) else {
                    return Err(self.error_at(span, "YAML alias expansion limit exceeded"));
                };
                if self.nodes + count > MAX_ALIAS_NODES {
                    return Err(self.error_at(span, "YAML alias expansion limit exceeded"));
                }
                self.nodes += count;
                let node = match value {
                    Value::Array(_) | Value::Object(_) => Node::Collection(value.clone()),
                    v => Node::Scalar {
                        value: v.clone(),
                        key_text: scalar_key_text(v),
                    },
                };
                self.push(node, span)?;
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.nodes += 1;
                let value = resolve_scalar(&text, style, tag.as_deref());
                let key_text = if style == ScalarStyle::Plain && span.is_empty() {
                    String::new()
                } else {
                    text.into_owned()
                };
                if anchor != 0 {
                    self.anchors.insert(anchor, (value.clone(), 1));
                }
                self.push(Node::Scalar { value, key_text }, span)?;
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if self.expecting_key() {
                    return Err(self.error_at(span, "complex (collection) mapping keys are not supported"));
                }
                if self.stack.len() + 1 > MAX_DEPTH {
                    return Err(self.error_at(span, NESTING_MESSAGE));
                }
                let nodes_before = self.nodes;
                self.nodes += 1;
                self.stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        anchor,
                        nodes_before,
                    }
                } else {
                    Frame::Map {
                        map: Map::new(),
                        key: None,
                        anchor,
                        nodes_before,
                    }
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (value, anchor, nodes_before) = match self.stack.pop() {
                    Some(Frame::Seq {
                        items,
                        anchor,
                        nodes_before,
                    }) => (Value::Array(items), anchor, nodes_before),
                    Some(Frame::Map {
                        map,
                        anchor,
                        nodes_before,
                        ..
                    }) => (Value::Object(map), anchor, nodes_before),
                    None => return Ok(()),
                };
                if anchor != 0 {
                    self.anchors.insert(anchor, (value.clone(), self.nodes - nodes_before));
                }
                self.push(Node::Collection(value), span)?;
            }
        }
        Ok(())
    }

    fn expecting_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    fn push(&mut self, node: Node, span: &Span) -> Result<(), FrontmatterError> {
        let depth = self.stack.len();
        match self.stack.last_mut() {
            None => {
                self.root = Some(match node {
                    Node::Scalar { value, .. } | Node::Collection(value) => value,
                });
            }
            Some(Frame::Seq { items, .. }) => items.push(match node {
                Node::Scalar { value, .. } | Node::Collection(value) => value,
            }),
            Some(Frame::Map { map, key, .. }) => match key.take() {
                None => {
                    let Node::Scalar { key_text, .. } = node else {
                        return Err(self.error_at(span, "complex (collection) mapping keys are not supported"));
                    };
                    if depth == 1 {
                        self.top_keys.push(KeyLine {
                            key: key_text.clone(),
                            line: span.start.line() + self.line_offset,
                        });
                    }
                    *key = Some((key_text, *span));
                }
                Some((k, _)) => {
                    map.insert(
                        k,
                        match node {
                            Node::Scalar { value, .. } | Node::Collection(value) => value,
                        },
                    );
                }
            },
        }
        Ok(())
    }
}

/// The key string of an aliased scalar: its JSON value's text.
fn scalar_key_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Family {
    Null,
    Bool,
    Int,
    Float,
}

/// YAML 1.2 core schema resolution of one scalar, as the `yaml` npm package does it: plain
/// scalars try null, bool, int, float in that order; quoted and block scalars are strings; an
/// explicit core tag (`!!int "7"`) tries only its own family; other tags leave a string.
fn resolve_scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    let string = || Value::String(text.to_string());
    let family = match tag {
        None if style == ScalarStyle::Plain => None,
        None => return string(),
        Some(t) if t.handle == "tag:yaml.org,2002:" || t.handle == "!!" => match t.suffix.as_str() {
            "null" => Some(Family::Null),
            "bool" => Some(Family::Bool),
            "int" => Some(Family::Int),
            "float" => Some(Family::Float),
            _ => return string(),
        },
        Some(_) => return string(),
    };
    let allow = |f: Family| family.is_none_or(|only| only == f);
    if allow(Family::Null) && matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        return Value::Null;
    }
    if allow(Family::Bool) {
        match text {
            "true" | "True" | "TRUE" => return Value::Bool(true),
            "false" | "False" | "FALSE" => return Value::Bool(false),
            _ => {}
        }
    }
    if allow(Family::Int) {
        if let Some(n) = resolve_int(text) {
            return n;
        }
    }
    if allow(Family::Float) {
        let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
        if matches!(unsigned, ".inf" | ".Inf" | ".INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
            return Value::Null; // non-finite numbers become null
        }
        if is_core_float(text) {
            return number(text.parse::<f64>().unwrap_or(f64::NAN));
        }
    }
    string()
}

/// A finite f64 as JSON (integers stay integers so the JSON reads naturally); else null.
fn number(f: f64) -> Value {
    if !f.is_finite() {
        return Value::Null;
    }
    // Integral values stay integers; this also turns -0 into 0, as the js engine does.
    if f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_991.0 {
        return Value::Number(Number::from(f as i64));
    }
    Number::from_f64(f).map_or(Value::Null, Value::Number)
}

fn resolve_int(text: &str) -> Option<Value> {
    let radix_digits = |digits: &str, radix: u32| -> Option<Value> {
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        // Same value JS gets from parseInt for any length: accumulate in f64.
        let f = digits
            .chars()
            .fold(0f64, |acc, c| acc * radix as f64 + c.to_digit(radix).unwrap() as f64);
        Some(number(f))
    };
    if let Some(hex) = text.strip_prefix("0x") {
        return radix_digits(hex, 16);
    }
    if let Some(oct) = text.strip_prefix("0o") {
        return radix_digits(oct, 8);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Some(number(text.parse::<f64>().ok()?));
    }
    None
}

/// yaml's `float` and `floatExp` tests without a regex engine:
/// `[-+]?(\.[0-9]+|[0-9]+\.[0-9]*)` or `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)[eE][-+]?[0-9]+`.
fn is_core_float(text: &str) -> bool {
    let b = text.strip_prefix(['-', '+']).unwrap_or(text).as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    let has_dot = int_digits < b.len() && b[int_digits] == b'.';
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let exp = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp == 0 {
            return false;
        }
        i += exp;
        return i == b.len();
    }
    has_dot && i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fm(text: &str) -> Frontmatter {
        split(text).frontmatter.expect("frontmatter")
    }

    #[test]
    fn parses_core_schema_values_and_top_level_key_lines() {
        let text = "---\r\ntitle: Hi\r\ndate: 2024-01-01\r\nok: yes\r\nhex: 0x1F\r\noct: 0o17\r\nf: 1.5e3\r\ninf: -.inf\r\nnan: .NaN\r\nnil: ~\r\nempty:\r\nt: True\r\nq: \"007\"\r\nn: 007\r\nlist:\r\n  - a\r\n...  \r\n# Body\r\n";
        let s = split(text);
        let f = s.frontmatter.unwrap();
        assert_eq!(f.error, None);
        assert_eq!(f.end_line, Some(17));
        assert_eq!(&text[s.body_start..], "# Body\r\n");
        assert_eq!(
            f.data.unwrap(),
            json!({"title": "Hi", "date": "2024-01-01", "ok": "yes", "hex": 31, "oct": 15, "f": 1500, "inf": null,
                   "nan": null, "nil": null, "empty": null, "t": true, "q": "007", "n": 7, "list": ["a"]})
        );
        assert_eq!(
            f.keys[0],
            KeyLine {
                key: "title".into(),
                line: 2
            }
        );
        assert_eq!(
            f.keys.last().unwrap(),
            &KeyLine {
                key: "list".into(),
                line: 15
            }
        );
        assert_eq!(f.keys.len(), 14);
    }

    #[test]
    fn requires_an_exact_opening_line() {
        assert!(split("--- \t\nа: 1\n---\n").frontmatter.is_some());
        assert!(split("----\na: 1\n---\n").frontmatter.is_none());
        assert!(split(" ---\na: 1\n---\n").frontmatter.is_none());
        assert!(split("---").frontmatter.is_none());
    }

    #[test]
    fn empty_block_is_null_and_closing_line_may_end_the_file() {
        let s = split("---\n---");
        let f = s.frontmatter.unwrap();
        assert_eq!(f.data, Some(Value::Null));
        assert_eq!(f.end_line, Some(2));
        assert_eq!(s.body_start, 7);
    }

    #[test]
    fn unterminated_block_is_an_error_and_the_body_is_the_whole_file() {
        let s = split("---\na: 1\n# Title\n");
        let f = s.frontmatter.unwrap();
        assert_eq!(s.body_start, 0);
        assert_eq!(f.data, None);
        assert_eq!(f.end_line, None);
        let e = f.error.unwrap();
        assert_eq!((e.line, e.column), (1, 1));
        assert!(e.message.contains("not closed"));
    }

    #[test]
    fn non_mapping_documents_have_data_and_no_keys() {
        let f = fm("---\n- a\n- b\n---\n");
        assert_eq!(f.data, Some(json!(["a", "b"])));
        assert!(f.keys.is_empty());
        assert_eq!(fm("---\nhello\n---\n").data, Some(json!("hello")));
    }

    #[test]
    fn duplicate_keys_are_an_error_at_the_second_key() {
        let e = fm("---\na: 1\nb: 2\na: 3\n---\n").error.unwrap();
        assert_eq!((e.line, e.column), (4, 1));
        assert!(e.message.contains("duplicate"));
        assert!(fm("---\nouter:\n  x: 1\n  x: 2\n---\n").error.is_some());
    }

    #[test]
    fn complex_keys_are_an_error() {
        let e = fm("---\n? [a, b]\n: 1\n---\n").error.unwrap();
        assert_eq!(e.line, 2);
        assert!(fm("---\n{a: 1}: x\n---\n").error.is_some());
    }

    #[test]
    fn a_closing_bracket_may_sit_at_its_block_indentation_as_the_yaml_package_reads_it() {
        // hugoDocs content/en/templates/types.md: `aliases: [` ... `]` at column 1.
        let f = fm("---\ntitle: x\naliases: [\n  '/a/',\n  '/b/',\n]\nweight: 3\n---\n");
        assert_eq!(f.error, None);
        assert_eq!(
            f.data,
            Some(json!({"title": "x", "aliases": ["/a/", "/b/"], "weight": 3}))
        );
        assert_eq!(f.keys.iter().map(|k| k.line).collect::<Vec<_>>(), vec![2, 3, 7]);
        let f = fm("---\na:\n  b: {\n    x: 1\n  } # end\nc: 1\n---\n");
        assert_eq!(f.data, Some(json!({"a": {"b": {"x": 1}}, "c": 1})));
        // Less indented than its block, or entries at the block's column: errors, as in the `yaml` package.
        assert!(fm("---\na:\n  b: [\n    1,\n ]\n---\n").error.is_some());
        assert!(fm("---\na: [\n1,\n]\n---\n").error.is_some());
    }

    #[test]
    fn syntax_errors_have_file_positions() {
        let e = fm("---\na: 1\nb: [1, 2\n---\n").error.unwrap();
        assert!(e.line >= 3, "{e:?}");
        let e = fm("---\na: 1\n  b: 2\n---\n").error.unwrap();
        assert_eq!(e.line, 3, "{e:?}");
    }

    #[test]
    fn aliases_resolve_until_the_expansion_limit() {
        assert_eq!(
            fm("---\na: &x [1, 2]\nb: *x\n---\n").data,
            Some(json!({"a": [1, 2], "b": [1, 2]}))
        );
        // Billion laughs: each level multiplies the node count by 10.
        let mut yaml = String::from("---\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..6 {
            let p = i - 1;
            yaml.push_str(&format!(
                "l{i}: &l{i} [*l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}]\n"
            ));
        }
        yaml.push_str("---\n");
        let e = fm(&yaml).error.unwrap();
        assert_eq!(e.message, "YAML alias expansion limit exceeded");
        assert_eq!(e.line, 5, "{e:?}"); // l3 would reach 11,1xx nodes
    }

    #[test]
    fn nesting_deeper_than_64_levels_is_an_error() {
        let ok = format!("---\n{}{}\n---\n", "[".repeat(64), "]".repeat(64));
        assert_eq!(fm(&ok).error, None);
        let deep = format!("---\na: 1\nb: {}{}\n---\n", "[".repeat(65), "]".repeat(65));
        let e = fm(&deep).error.unwrap();
        assert_eq!(e.message, "YAML nesting deeper than 64 levels");
        // The root mapping is level 1, so the 64th `[` opens level 65.
        assert_eq!((e.line, e.column), (3, 4 + 63), "{e:?}");
    }

    #[test]
    fn mapping_keys_become_strings_and_big_numbers_stay_numbers() {
        let f = fm("---\n1: a\ntrue: b\nbig: 123456789012345678901234\n---\n");
        assert_eq!(
            f.data,
            Some(json!({"1": "a", "true": "b", "big": 1.2345678901234568e23}))
        );
        assert_eq!(
            f.keys.iter().map(|k| k.key.as_str()).collect::<Vec<_>>(),
            ["1", "true", "big"]
        );
    }

    #[test]
    fn extreme_nesting_is_the_nesting_error_not_a_parser_limit() {
        let deep = format!("---\na: {}\n---\n", "[".repeat(5000));
        let e = fm(&deep).error.unwrap();
        assert_eq!(
            (e.message.as_str(), e.line, e.column),
            ("YAML nesting deeper than 64 levels", 2, 4 + 63)
        );
    }

    #[test]
    fn an_unknown_alias_is_the_expansion_error() {
        let e = fm("---\na: *nope\n---\n").error.unwrap();
        assert_eq!(
            (e.message.as_str(), e.line, e.column),
            ("YAML alias expansion limit exceeded", 2, 4)
        );
    }

    #[test]
    fn syntax_errors_and_duplicates_come_before_limits_and_complex_keys() {
        // The complex key on line 2 is reported only when the rest of the block parses.
        let e = fm("---\n[k]: v\nx: 1\nx: 2\n---\n").error.unwrap();
        assert_eq!((e.line, e.column), (4, 1));
        assert!(e.message.contains("duplicate"));
    }

    #[test]
    fn one_fused_pass_gives_what_checking_then_building_gives() {
        let two_passes = |yaml: &str| check_syntax_and_duplicates(yaml, 1).and_then(|()| Builder::new(1).run(yaml));
        let mut blocks: Vec<String> = [
            "a: 1\nb: [1, 2]\nc: {d: e}\n",
            "[k]: v\nx: 1\nx: 2\n",
            "[k]: v\nx: 1\n",
            "a: 1\n---\nb: 2\n",
            "a: &x [1, *x]\nb: 1\nb: 2\n",
            "a: *nope\nb: 1\nb: 2\n",
            "a: *nope\nb: [1\n",
            "x: 1\n  y: 2\n",
            "? [a]\n: 1\nz: [\n",
            "a: &a [1, 2]\nb: *a\n*a : 3\n",
            "- a\n- b: 1\n  b: 2\n",
            "",
            "# only a comment\n",
            "!!int \"7\"\n",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        blocks.push(format!("{}1{}\nk: 1\nk: 2\n", "[".repeat(300), "]".repeat(300)));
        blocks.push(format!("deep: {}1{}\n", "[".repeat(70), "]".repeat(70)));
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        blocks.push(format!("{bomb}d: 1\n"));
        blocks.push(bomb.to_string());
        // The frontmatter of every extract fixture too.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/extract");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            if let Some(rest) = text.strip_prefix("---\n") {
                blocks.push(rest.split("\n---").next().unwrap_or("").to_string());
            }
        }
        let mut errors = 0;
        for yaml in &blocks {
            let fused = check_and_build(yaml, 1);
            errors += usize::from(fused.is_err());
            assert_eq!(fused, two_passes(yaml), "{yaml}");
        }
        assert!(errors >= 10, "{errors} of {} blocks are errors", blocks.len());
    }

    #[test]
    fn explicit_core_tags_resolve_within_their_family() {
        let f = fm("---\na: !!int \"7\"\nb: !!str 7\nc: !!float 7\nd: !!float \"7.5\"\ne: !custom 1\nf: !!bool yes\ng: -0\n---\n");
        assert_eq!(
            f.data,
            Some(json!({"a": 7, "b": "7", "c": "7", "d": 7.5, "e": "1", "f": "yes", "g": 0}))
        );
    }

    #[test]
    fn a_recursive_alias_is_the_expansion_error() {
        let e = fm("---\na: &x [1, *x]\n---\n").error.unwrap();
        assert_eq!(
            (e.message.as_str(), e.line, e.column),
            ("YAML alias expansion limit exceeded", 2, 11)
        );
    }
}
