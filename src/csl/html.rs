//! hayagriva's formatted output to HTML of our own: escaped text, `<i>`/`<b>` instead of
//! inline styles (pages need no `style` attributes), and links left out because the
//! whole citation links to the work's page.

use hayagriva::citationberg::{FontStyle, FontVariant, FontWeight, VerticalAlign};
use hayagriva::{ElemChild, ElemChildren, Formatting};

use crate::text::escape_html;

pub fn to_html(children: &ElemChildren) -> String {
    let mut out = String::new();
    write_children(children, &mut out);
    out
}

fn write_children(children: &ElemChildren, out: &mut String) {
    for child in &children.0 {
        match child {
            ElemChild::Text(t) => write_formatted(&t.text, &t.formatting, out),
            ElemChild::Link { text, .. } => write_formatted(&text.text, &text.formatting, out),
            ElemChild::Markup(m) => out.push_str(&escape_html(m)),
            ElemChild::Elem(e) => write_children(&e.children, out),
            ElemChild::Transparent { .. } => {}
        }
    }
}

fn write_formatted(text: &str, f: &Formatting, out: &mut String) {
    let mut close = Vec::new();
    let mut open = |tag: &'static str, out: &mut String| {
        out.push_str(tag);
        close.push(tag);
    };
    if f.font_style == FontStyle::Italic {
        open("<i>", out);
    }
    if f.font_weight == FontWeight::Bold {
        open("<b>", out);
    }
    if f.font_variant == FontVariant::SmallCaps {
        open("<span class=\"sc\">", out);
    }
    match f.vertical_align {
        VerticalAlign::Sup => open("<sup>", out),
        VerticalAlign::Sub => open("<sub>", out),
        _ => {}
    }
    out.push_str(&escape_html(text));
    for tag in close.iter().rev() {
        out.push_str(match *tag {
            "<i>" => "</i>",
            "<b>" => "</b>",
            "<sup>" => "</sup>",
            "<sub>" => "</sub>",
            _ => "</span>",
        });
    }
}
