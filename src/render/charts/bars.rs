//! Horizontal bars with a label and a count each, in groups under a heading: the home page's
//! figures of the dossier.

use std::fmt::Write;

use super::{clip, open_image, WIDTH};

/// One bar: its label, its value, its tone (1–8).
pub struct Bar {
    pub label: String,
    pub value: usize,
    pub tone: usize,
}

/// A group of bars under a heading, scaled to the group's largest value.
pub struct Group {
    pub heading: String,
    pub bars: Vec<Bar>,
}

const ROW: f64 = 20.0;
const HEADING: f64 = 24.0;
const LABEL: f64 = 150.0;

/// The groups as one image; `desc` is derived from the figures, so the picture and its text
/// alternative cannot disagree.
pub fn grouped_bars(id: &str, title: &str, groups: &[Group]) -> String {
    let rows: usize = groups.iter().map(|g| g.bars.len()).sum();
    let height = groups.len() as f64 * (HEADING + 6.0) + rows as f64 * ROW;
    let desc: Vec<String> = groups
        .iter()
        .map(|g| {
            let bars: Vec<String> = g
                .bars
                .iter()
                .map(|b| format!("{} {}", b.label, b.value))
                .collect();
            format!("{}: {}.", g.heading, bars.join(", "))
        })
        .collect();
    let mut svg = String::new();
    open_image(&mut svg, id, "bars", height, title, &desc.join(" "));
    let mut y = 0.0;
    for group in groups {
        y += HEADING;
        let _ = write!(
            svg,
            "<text class=\"heading\" x=\"0\" y=\"{:.1}\">{}</text>",
            y - 8.0,
            crate::text::escape_html(&group.heading)
        );
        let max = group.bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
        let room = WIDTH - LABEL - 36.0;
        for bar in &group.bars {
            let length =
                (bar.value as f64 / max as f64 * room).max(if bar.value > 0 { 2.0 } else { 0.0 });
            let _ = write!(
                svg,
                "<text class=\"label\" x=\"{:.1}\" y=\"{:.1}\">{}</text>\
                 <rect class=\"bar tone-{}\" x=\"{LABEL}\" y=\"{:.1}\" width=\"{length:.1}\" height=\"12\"/>\
                 <text class=\"value\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                LABEL - 6.0,
                y + 10.0,
                crate::text::escape_html(&clip(&bar.label, 25)),
                bar.tone,
                y,
                LABEL + length + 4.0,
                y + 10.0,
                bar.value
            );
            y += ROW;
        }
        y += 6.0;
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_description_reads_the_figures() {
        let svg = grouped_bars(
            "f",
            "Figures",
            &[Group {
                heading: "Works by kind".into(),
                bars: vec![
                    Bar {
                        label: "Books".into(),
                        value: 9,
                        tone: 1,
                    },
                    Bar {
                        label: "Reports".into(),
                        value: 0,
                        tone: 2,
                    },
                ],
            }],
        );
        assert!(
            svg.contains("<desc id=\"f-desc\">Works by kind: Books 9, Reports 0.</desc>"),
            "{svg}"
        );
        assert!(
            svg.contains("width=\"0.0\""),
            "an empty bar has no length: {svg}"
        );
    }
}
