//! Fuzzes one document's extraction (encoding checks, frontmatter YAML, Markdown, HTML scan) and
//! checks the contract's position invariants on whatever comes out.
#![no_main]

use docward_native::extract::extract_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // First byte picks the variant, so frontmatter and MDX paths are reached without luck.
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let path = if mode & 2 == 0 { "doc.md" } else { "doc.mdx" };
    let bytes: Vec<u8> = if mode & 1 == 1 {
        [b"---\n".as_slice(), rest].concat()
    } else {
        rest.to_vec()
    };
    let facts = extract_bytes(path.to_string(), &bytes);
    let json = serde_json::to_string(&facts).expect("facts serialise");
    let value: serde_json::Value = serde_json::from_str(&json).expect("facts are valid JSON");

    if value.get("problem").is_some() {
        assert_eq!(value["lines"], 0, "a document with a problem has 0 lines");
        return;
    }
    let lines = value["lines"].as_u64().unwrap().max(1);
    let in_file = |what: &str, item: &serde_json::Value| {
        let line = item["line"].as_u64().unwrap();
        assert!(line >= 1 && line <= lines, "{what} line {line} outside 1..={lines}");
        if let Some(column) = item.get("column") {
            assert!(column.as_u64().unwrap() >= 1, "{what} column < 1");
        }
    };
    for list in ["headings", "links", "codeBlocks", "anchors", "suppressions"] {
        for item in value[list].as_array().unwrap() {
            in_file(list, item);
        }
    }
    for block in value["codeBlocks"].as_array().unwrap() {
        assert!(
            block["endLine"].as_u64().unwrap() >= block["line"].as_u64().unwrap(),
            "code block ends before it starts"
        );
    }
    if let Some(error) = value.get("frontmatter").and_then(|f| f.get("error")) {
        in_file("frontmatter error", error);
    }
});
