//! Compiles the message files in. Every `locales/<lang>/<area>.ftl` is embedded and parsed here,
//! so a syntax error fails the build; each English message becomes a typed function in
//! `i18n::msg` (a struct with a field per variable where it has any), so a message id or
//! variable that does not exist fails the build too. Whether every language has the same messages and variables is
//! checked by the `messages` test, which reads the table written here.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::{env, fs};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Variables of each message, by id, in one language.
type Vars = BTreeMap<String, Vec<String>>;

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut sources = String::new();
    let mut table = String::new();
    let mut english = Vars::new();
    for (lang, files) in locales(&root) {
        let mut vars = Vars::new();
        let _ = write!(sources, "    (\"{lang}\", &[");
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(file).unwrap();
            parse_into(&text, file, &mut vars);
            let _ = write!(sources, "include_str!({:?}), ", file.display().to_string());
        }
        sources.push_str("]),\n");
        let _ = write!(table, "    (\"{lang}\", &[");
        for (id, v) in &vars {
            let _ = write!(table, "({id:?}, &{v:?}), ");
        }
        table.push_str("]),\n");
        if lang == "en" {
            english = vars;
        }
    }
    let mut out = format!(
        "/// Every language's message files, as written.\n\
         pub(crate) static SOURCES: &[(&str, &[&str])] = &[\n{sources}];\n\n\
         /// A message's id and the variables it uses.\n\
         pub type Uses = (&'static str, &'static [&'static str]);\n\n\
         /// Every language's messages and the variables each one uses, sorted by id.\n\
         pub static VARIABLES: &[(&str, &[Uses])] = &[\n{table}];\n\n\
         /// One function per English message: its id in snake case, its variables as arguments.\n\
         pub mod msg {{\n    use super::{{format, FluentArgs, FluentValue, Lang}};\n"
    );
    for (id, vars) in &english {
        out.push_str(&function(id, vars));
    }
    out.push_str("}\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap()).join("messages.rs");
    fs::write(dest, out).unwrap();
}

/// Languages (folder names) and their `.ftl` files, both sorted.
fn locales(root: &Path) -> Vec<(String, Vec<PathBuf>)> {
    let mut found: Vec<(String, Vec<PathBuf>)> = fs::read_dir(root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| {
            let mut files: Vec<PathBuf> = fs::read_dir(e.path())
                .unwrap()
                .filter_map(|f| f.ok().map(|f| f.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            (e.file_name().to_string_lossy().into_owned(), files)
        })
        .collect();
    found.sort();
    found
}

fn parse_into(text: &str, file: &Path, vars: &mut Vars) {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("{}: {errors:?}", file.display());
    });
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut found = Vec::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut found);
                }
                found.sort();
                found.dedup();
                let id = m.id.name.to_string();
                assert!(
                    vars.insert(id.clone(), found).is_none(),
                    "{}: {id} is there twice",
                    file.display()
                );
            }
            Entry::Junk { content } => panic!("{}: cannot read {content:?}", file.display()),
            _ => {}
        }
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut Vec<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut Vec<String>) {
    match e {
        InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// `pub fn pdf_goals(lang) -> String` for a message without variables; for one with variables,
/// a struct with a field per variable (named, so they cannot be swapped): `pdf-for` becomes
/// `PdfFor { name, date }.text(lang)`.
fn function(id: &str, vars: &[String]) -> String {
    if vars.is_empty() {
        return format!(
            "    pub fn {}(lang: Lang) -> String {{\n        \
             format(lang, {id:?}, &FluentArgs::new())\n    }}\n",
            id.replace('-', "_")
        );
    }
    let name: String = id
        .split('-')
        .map(|w| w[..1].to_ascii_uppercase() + &w[1..])
        .collect();
    let fields: String = vars
        .iter()
        .map(|v| format!("        pub {}: FluentValue<'a>,\n", snake(v)))
        .collect();
    let sets: String = vars
        .iter()
        .map(|v| format!("            args.set({v:?}, self.{});\n", snake(v)))
        .collect();
    format!(
        "    /// The message `{id}`.\n    pub struct {name}<'a> {{\n{fields}    }}\n\n    \
         impl {name}<'_> {{\n        pub fn text(self, lang: Lang) -> String {{\n            \
         let mut args = FluentArgs::new();\n{sets}            \
         format(lang, {id:?}, &args)\n        }}\n    }}\n"
    )
}

/// A Fluent variable (`shopName`, `first_name`) as a Rust argument name.
fn snake(var: &str) -> String {
    let mut out = String::new();
    for c in var.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(if c == '-' { '_' } else { c });
        }
    }
    out
}
