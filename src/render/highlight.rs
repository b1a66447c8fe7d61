//! Code highlighting with syntect, as CSS classes; the syntax set loads on first use so
//! that a dossier without code pays nothing for it.

use std::sync::OnceLock;

use syntect::highlighting::ThemeSet;
use syntect::html::{css_for_theme_with_class_style, ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use crate::text::escape_html;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

#[derive(Default)]
pub struct Highlighter {
    syntaxes: OnceLock<SyntaxSet>,
}

impl Highlighter {
    /// A `<pre><code>` block, highlighted when the language is known.
    pub fn block(&self, code: &str, language: &str) -> String {
        let language = language.split([' ', ',']).next().unwrap_or("").trim();
        let class = if language.is_empty() {
            String::new()
        } else {
            format!(" class=\"language-{}\"", escape_html(language))
        };
        if language.is_empty() {
            return format!("<pre><code>{}</code></pre>", escape_html(code));
        }
        let syntaxes = self.syntaxes.get_or_init(SyntaxSet::load_defaults_newlines);
        let Some(syntax) = syntaxes.find_syntax_by_token(language) else {
            return format!("<pre><code{class}>{}</code></pre>", escape_html(code));
        };
        let mut generator =
            ClassedHTMLGenerator::new_with_class_style(syntax, syntaxes, CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            if generator
                .parse_html_for_line_which_includes_newline(line)
                .is_err()
            {
                return format!("<pre><code{class}>{}</code></pre>", escape_html(code));
            }
        }
        format!(
            "<pre class=\"hl\"><code{class}>{}</code></pre>",
            generator.finalize()
        )
    }
}

/// The stylesheet for highlighted code: a light theme, and a dark one for dark mode.
pub fn stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    let light = css_for_theme_with_class_style(&themes.themes["InspiredGitHub"], CLASS_STYLE)
        .unwrap_or_default();
    let dark = css_for_theme_with_class_style(&themes.themes["base16-ocean.dark"], CLASS_STYLE)
        .unwrap_or_default();
    format!("{light}\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}\n")
}
