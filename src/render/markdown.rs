//! Markdown to HTML: CommonMark with tables, footnote references, smart punctuation,
//! heading anchors and highlighted code; citation placeholders filled in afterwards.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::highlight::Highlighter;
use crate::cite::{PLACEHOLDER_END, PLACEHOLDER_START};
use crate::text::{escape_html, is_safe_url, slugify};

pub struct Markdown<'a> {
    pub highlighter: &'a Highlighter,
    /// Prefix of root-relative links (`/dossier/`).
    pub base_path: &'a str,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub has_code: bool,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

impl Markdown<'_> {
    /// Renders `text`; `clusters[i]` replaces placeholder `i`; `note_numbers` maps footnote
    /// labels to note numbers.
    pub fn render(
        &self,
        text: &str,
        clusters: &[String],
        note_numbers: &HashMap<String, u32>,
    ) -> Rendered {
        let mut events: Vec<Event> = Vec::new();
        let mut has_code = false;
        let mut ids = HashSet::new();
        let mut parser = Parser::new_ext(text, options());
        while let Some(event) = parser.next() {
            match event {
                Event::Start(Tag::FootnoteDefinition(_)) => {
                    for e in parser.by_ref() {
                        if matches!(e, Event::End(TagEnd::FootnoteDefinition)) {
                            break;
                        }
                    }
                }
                Event::FootnoteReference(label) => {
                    let html = match note_numbers.get(label.as_ref()) {
                        Some(n) => format!("<sup class=\"noteref\"><a href=\"#note-{n}\" id=\"noteref-{n}\" aria-label=\"Note {n}\">{n}</a></sup>"),
                        None => escape_html(&format!("[^{label}]")),
                    };
                    events.push(Event::InlineHtml(html.into()));
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    let language = match kind {
                        CodeBlockKind::Fenced(l) => l.to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    let mut code = String::new();
                    for e in parser.by_ref() {
                        match e {
                            Event::Text(t) => code.push_str(&t),
                            Event::End(TagEnd::CodeBlock) => break,
                            _ => {}
                        }
                    }
                    has_code = true;
                    events.push(Event::Html(self.highlighter.block(&code, &language).into()));
                }
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) => {
                    let mut inner = Vec::new();
                    let mut plain = String::new();
                    for e in parser.by_ref() {
                        match &e {
                            Event::End(TagEnd::Heading(_)) => break,
                            Event::Text(t) | Event::Code(t) => plain.push_str(t),
                            _ => {}
                        }
                        inner.push(e);
                    }
                    let wanted = id.map(|i| i.to_string()).unwrap_or_else(|| slugify(&plain));
                    let id = unique_id(
                        if wanted.is_empty() {
                            "section".into()
                        } else {
                            wanted
                        },
                        &mut ids,
                    );
                    let _ = (classes, attrs);
                    let n = heading_number(level);
                    events.push(Event::Html(
                        format!("<h{n} id=\"{}\">", escape_html(&id)).into(),
                    ));
                    events.extend(inner.into_iter().map(|e| self.rewrite(e)));
                    events.push(Event::Html(
                        format!("<a class=\"anchor\" href=\"#{}\" aria-label=\"Link to this section\">#</a></h{n}>", escape_html(&id)).into(),
                    ));
                }
                other => events.push(self.rewrite(other)),
            }
        }
        let mut html = String::with_capacity(text.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        Rendered {
            html: fill_placeholders(&html, clusters),
            has_code,
        }
    }

    /// Root-relative links get the base path; unsafe schemes lose their link.
    fn rewrite<'e>(&self, event: Event<'e>) -> Event<'e> {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url: CowStr = if !is_safe_url(&dest_url) {
                    "#".into()
                } else if dest_url.starts_with('/') && !dest_url.starts_with("//") {
                    format!("{}{}", self.base_path, &dest_url[1..]).into()
                } else {
                    dest_url
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url: CowStr = if dest_url.starts_with('/') && !dest_url.starts_with("//") {
                    format!("{}{}", self.base_path, &dest_url[1..]).into()
                } else {
                    dest_url
                };
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            other => other,
        }
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn unique_id(wanted: String, ids: &mut HashSet<String>) -> String {
    let mut id = wanted.clone();
    let mut n = 1;
    while !ids.insert(id.clone()) {
        id = format!("{wanted}-{n}");
        n += 1;
    }
    id
}

/// Replaces each `\u{E000}N\u{E001}` with `clusters[N]`.
pub fn fill_placeholders(html: &str, clusters: &[String]) -> String {
    if !html.contains(PLACEHOLDER_START) {
        return html.to_string();
    }
    let mut out =
        String::with_capacity(html.len() + clusters.iter().map(String::len).sum::<usize>());
    let mut rest = html;
    while let Some(start) = rest.find(PLACEHOLDER_START) {
        out.push_str(&rest[..start]);
        let after = &rest[start + PLACEHOLDER_START.len_utf8()..];
        match after.find(PLACEHOLDER_END) {
            Some(end) => {
                if let Some(c) = after[..end]
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| clusters.get(i))
                {
                    out.push_str(c);
                }
                rest = &after[end + PLACEHOLDER_END.len_utf8()..];
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text without tags, for descriptions and the search index: what is between tags, with the
/// five entities that dossier's HTML escaping writes decoded (once: `&amp;lt;` is `&lt;`).
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let text_end = rest.find('<').unwrap_or(rest.len());
        push_decoded(&mut out, &rest[..text_end]);
        match rest[text_end..].find('>') {
            Some(close) => rest = &rest[text_end + close + 1..],
            None => break,
        }
    }
    out
}

/// `text` (between tags) without stray `>`, its entities decoded.
fn push_decoded(out: &mut String, text: &str) {
    const ENTITIES: [(&str, char); 5] = [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#39;", '\''),
    ];
    let mut rest = text;
    while let Some(i) = rest.find(['&', '>']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('>') {
            rest = &rest[1..];
            continue;
        }
        match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((entity, c)) => {
                out.push(*c);
                rest = &rest[entity.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_tags_and_decodes_entities_once() {
        assert_eq!(
            plain_text("<p>Smith &amp; Jones, <i>“War”</i> &lt;draft&gt;</p>"),
            "Smith & Jones, “War” <draft>"
        );
        assert_eq!(plain_text("&amp;lt; is written &lt;"), "&lt; is written <");
        assert_eq!(
            plain_text("it&#39;s &quot;so&quot; &copy; a&b"),
            "it's \"so\" &copy; a&b"
        );
        assert_eq!(plain_text("a > b <unclosed"), "a  b ");
        assert_eq!(plain_text(""), "");
    }

    fn md(text: &str) -> String {
        let h = Highlighter::default();
        let m = Markdown {
            highlighter: &h,
            base_path: "/d/",
        };
        let mut numbers = HashMap::new();
        numbers.insert("1".to_string(), 1);
        m.render(text, &["<a>C</a>".to_string()], &numbers).html
    }

    #[test]
    fn headings_get_anchors_and_links_the_base_path() {
        let html = md("## Disclosure statement\n\nSee [x](/sources/a/).");
        assert!(html.contains("<h2 id=\"disclosure-statement\">"));
        assert!(html.contains("href=\"/d/sources/a/\""));
    }

    #[test]
    fn placeholders_and_note_references() {
        let html = md(&format!(
            "Text{}[^1]\n\n[^1]: .\n",
            crate::cite::placeholder(0)
        ));
        assert!(html.contains("Text<a>C</a>"));
        assert!(html.contains("href=\"#note-1\""));
        assert!(!html.contains("footnote-definition"));
    }

    #[test]
    fn unsafe_links_are_neutralised() {
        assert!(!md("[x](javascript:alert(1))").contains("javascript:"));
    }
}
