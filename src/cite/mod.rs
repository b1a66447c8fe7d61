//! Pandoc citation syntax: `[see @a, 33–35; @b, chap. 1]`.
//!
//! [`extract`] finds the citation clusters in a Markdown text, outside code, and replaces
//! each with a placeholder that Markdown leaves alone; rendering puts the formatted
//! citation back in its place.

mod locator;
mod syntax;

pub use locator::{Locator, LocatorLabel};
pub use syntax::{
    extract, placeholder, Extracted, SyntaxError, PLACEHOLDER_END, PLACEHOLDER_START,
};

/// One cited work inside a cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteItem {
    pub key: String,
    /// Prose before the key (`see`).
    pub prefix: String,
    pub locator: Option<Locator>,
    /// Prose after the locator (`and passim`).
    pub suffix: String,
    /// Byte offset of the `@` in the text it was extracted from.
    pub offset: usize,
    /// Line and column of the `@` in its file, set by the loader (0 until then).
    pub line: usize,
    pub column: usize,
}

/// A bracketed citation: one or more items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    pub items: Vec<CiteItem>,
    /// Nothing but whitespace follows it in its note: it takes the style's closing punctuation.
    pub ends_note: bool,
}
