//! Turns the texts residents read (`texts/<language>.ftl`, Project Fluent
//! syntax, one file per language) into Rust: one `Text` per message id,
//! and for each language a table of its patterns. Parsed here, at build
//! time, with Mozilla's `fluent-syntax`, so no phone downloads a parser.
//!
//! The build fails, naming file and id, when a language lacks a message of
//! `ja.ftl` or has one `ja.ftl` lacks, when a translation uses other
//! variables than the Japanese, or when a message uses what the pages
//! cannot show (selectors, terms, functions): a translator learns it at
//! once, not a resident on a page.
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

const LANGUAGES: [(&str, &str); 3] = [("Ja", "ja"), ("En", "en"), ("Easy", "easy")];

fn main() {
    println!("cargo:rerun-if-changed=texts");
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("texts");
    let mut tables: Vec<BTreeMap<String, String>> = Vec::new();
    let mut errors = Vec::new();
    for (_, code) in LANGUAGES {
        let path = dir.join(format!("{code}.ftl"));
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        tables.push(read(&source, &format!("texts/{code}.ftl"), &mut errors));
    }
    let ja = &tables[0];
    for (i, (_, code)) in LANGUAGES.iter().enumerate().skip(1) {
        let other = &tables[i];
        for id in ja.keys().filter(|id| !other.contains_key(*id)) {
            errors.push(format!("texts/{code}.ftl: `{id}` is missing (it is in ja.ftl)"));
        }
        for id in other.keys().filter(|id| !ja.contains_key(*id)) {
            errors.push(format!("texts/{code}.ftl: `{id}` is not in ja.ftl (a typo, or an old text?)"));
        }
        for (id, pattern) in other {
            if let Some(original) = ja.get(id) {
                let (want, got) = (variables(original), variables(pattern));
                if want != got {
                    errors.push(format!("texts/{code}.ftl: `{id}` uses {got:?}, ja.ftl uses {want:?}"));
                }
            }
        }
    }
    if !errors.is_empty() {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        panic!("the texts have {} problem(s):\n{}", errors.len(), errors.join("\n"));
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("texts.rs");
    std::fs::write(out, generate(&tables)).unwrap();
}

/// A file's messages as `id → pattern`, variables written `{$name}`.
fn read(source: &str, file: &str, errors: &mut Vec<String>) -> BTreeMap<String, String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for e in parse_errors {
                let line = source[..e.pos.start.min(source.len())].matches('\n').count() + 1;
                errors.push(format!("{file}:{line}: {:?}", e.kind));
            }
            resource
        }
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_string();
                if !message.attributes.is_empty() {
                    errors.push(format!("{file}: `{id}` has attributes; write each as its own message"));
                }
                let Some(pattern) = message.value else {
                    errors.push(format!("{file}: `{id}` has no text"));
                    continue;
                };
                match flatten(&pattern) {
                    Ok(text) => {
                        if messages.insert(id.clone(), text).is_some() {
                            errors.push(format!("{file}: `{id}` appears twice"));
                        }
                    }
                    Err(why) => errors.push(format!("{file}: `{id}`: {why}")),
                }
            }
            Entry::Term(term) => errors.push(format!("{file}: term `-{}` is not supported; write the words out", term.id.name)),
            Entry::Junk { content } => errors.push(format!("{file}: cannot read `{}`", content.trim())),
            _ => {}
        }
    }
    messages
}

fn flatten(pattern: &Pattern<&str>) -> Result<String, String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::VariableReference { id }) } => {
                write!(text, "{{${}}}", id.name).unwrap();
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                // `{"{"}`: a literal brace (escapes as Fluent writes them).
                let value = value.replace("\\\"", "\"").replace("\\\\", "\\");
                if value.contains("{$") {
                    return Err("a literal `{$` would read as a variable".into());
                }
                text.push_str(&value);
            }
            _ => return Err("only text and { $variables } are supported (no selectors, terms or functions)".into()),
        }
    }
    Ok(text)
}

/// The `{$name}`s of a pattern.
fn variables(pattern: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = pattern;
    while let Some(at) = rest.find("{$") {
        let tail = &rest[at + 2..];
        let Some(end) = tail.find('}') else { break };
        found.insert(tail[..end].to_string());
        rest = &tail[end + 1..];
    }
    found
}

fn variant(id: &str) -> String {
    id.split(['-', '_']).filter(|p| !p.is_empty()).map(|p| {
        let mut c = p.chars();
        c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
    }).collect()
}

fn generate(tables: &[BTreeMap<String, String>]) -> String {
    let ids: Vec<&String> = tables[0].keys().collect();
    let mut out = String::from("// Generated by build.rs from texts/*.ftl: edit those, not this.\n\n");
    out.push_str("/// A text residents read: its words are in `app/texts/<language>.ftl`.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]\n#[repr(u16)]\npub enum Text {\n");
    for id in &ids {
        writeln!(out, "    /// `{id}`\n    {},", variant(id)).unwrap();
    }
    out.push_str("}\n\n");
    for ((name, _), table) in LANGUAGES.iter().zip(tables) {
        writeln!(out, "static {}: [&str; {}] = [", name.to_uppercase(), ids.len()).unwrap();
        for id in &ids {
            writeln!(out, "    {:?},", table[*id]).unwrap();
        }
        out.push_str("];\n\n");
    }
    out.push_str("impl Text {\n    /// The message id in the `.ftl` files.\n    pub fn id(self) -> &'static str {\n        match self {\n");
    for id in &ids {
        writeln!(out, "            Text::{} => {id:?},", variant(id)).unwrap();
    }
    out.push_str("        }\n    }\n\n    /// The words in `language`, variables still written `{$name}`.\n    pub fn pattern(self, language: Language) -> &'static str {\n        match language {\n");
    for (name, _) in LANGUAGES {
        writeln!(out, "            Language::{name} => {}[self as usize],", name.to_uppercase()).unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    out
}
