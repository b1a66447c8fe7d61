//! Pictures drawn at build time as inline SVG: no JavaScript, a text alternative beside each
//! (a title and description, and the same figures as HTML in the template), colours from the
//! theme's CSS variables so that dark mode and print follow the page.
//!
//! Each picture is drawn in a narrow coordinate space (360 units wide) so that at a phone's
//! 390 px its text is at about its nominal size; the theme caps its width on wide screens.

pub mod bars;
pub mod network;
pub mod years;

use std::fmt::Write;

use serde::Serialize;

use crate::text::escape_html;

/// The width of every picture's coordinate space.
pub const WIDTH: f64 = 360.0;

/// A kind of work or event as a legend shows it: its label, tone (1–8) and count.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Swatch {
    pub label: String,
    pub tone: usize,
    pub count: usize,
}

/// The tone of the kind at `index` in a legend: the theme has eight, then they repeat.
pub fn tone(index: usize) -> usize {
    index % 8 + 1
}

/// Opens an `<svg>` that screen readers read as one image with a title and a description.
pub fn open_image(out: &mut String, id: &str, class: &str, height: f64, title: &str, desc: &str) {
    let _ = write!(
        out,
        "<svg class=\"chart {class}\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_html(title),
        escape_html(desc)
    );
}

/// `text` cut to `max` characters with an ellipsis, for labels in a fixed space.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// A coordinate printed with one decimal exactly as `{:.1}` prints the multiples of an eighth
/// that charts draw with (tenths rounded half to even), without the general float formatter:
/// every author page draws a graph of some forty numbers.
pub struct Tenths(pub f64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round_ties_even();
        if !tenths.is_finite() || tenths.abs() >= 1e15 || (tenths == 0.0 && self.0 < 0.0) {
            return write!(f, "{:.1}", self.0);
        }
        let t = tenths as i64;
        let sign = if t < 0 { "-" } else { "" };
        write!(
            f,
            "{sign}{}.{}",
            t.unsigned_abs() / 10,
            t.unsigned_abs() % 10
        )
    }
}

/// `1 work`, `2 works`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_print_as_the_float_formatter_does() {
        // Multiples of an eighth (what rows, halves and weights of 0.75 give), either sign,
        // and a few values with no exact binary form.
        let values = (-40_000..40_000).map(|i| i as f64 / 8.0).chain([
            0.1,
            0.3,
            2.675,
            1e14 + 0.5,
            1e16,
            -0.04,
            f64::NAN,
            f64::INFINITY,
        ]);
        for v in values {
            assert_eq!(Tenths(v).to_string(), format!("{v:.1}"), "{v}");
        }
    }

    #[test]
    fn labels_are_clipped_by_characters_not_bytes() {
        assert_eq!(clip("Ministère des Armées", 30), "Ministère des Armées");
        assert_eq!(clip("Ministère des Armées", 10), "Ministère…");
        assert_eq!(count(1, "work", "works"), "1 work");
        assert_eq!(tone(8), 1);
    }
}
