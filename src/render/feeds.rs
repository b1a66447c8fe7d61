//! What crawlers and feed readers expect: `/sitemap.xml`, `/atom.xml`, `/robots.txt`.

use super::{OutputFile, Prepared};
use crate::text::escape_html;

pub(super) fn files(p: &Prepared, page_paths: &[String]) -> Vec<OutputFile> {
    let config = &p.dossier.config;
    let mut out = Vec::new();
    let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let mut pages: Vec<&str> = page_paths
        .iter()
        .filter(|path| path.ends_with("index.html"))
        .map(|path| path.trim_end_matches("index.html"))
        .collect();
    pages.sort();
    for page in pages {
        sitemap.push_str(&format!(
            "<url><loc>{}</loc></url>\n",
            escape_html(&config.absolute_url(page))
        ));
    }
    sitemap.push_str("</urlset>\n");
    out.push(OutputFile {
        path: "sitemap.xml".into(),
        bytes: sitemap.into_bytes().into(),
    });
    out.push(OutputFile {
        path: "robots.txt".into(),
        bytes: format!(
            "User-agent: *\nAllow: /\nSitemap: {}\n",
            config.absolute_url("sitemap.xml")
        )
        .into_bytes()
        .into(),
    });
    if config.feeds {
        out.push(OutputFile {
            path: "atom.xml".into(),
            bytes: atom(p).into_bytes().into(),
        });
    }
    out
}

fn atom(p: &Prepared) -> String {
    let config = &p.dossier.config;
    let dates: Vec<String> = p
        .dossier
        .articles
        .iter()
        .filter_map(|a| {
            a.article
                .meta
                .updated
                .as_ref()
                .or(a.article.meta.date.as_ref())
                .and_then(|d| d.parse().ok())
        })
        .map(|d| rfc3339(&d))
        .collect();
    let updated = dates
        .iter()
        .max()
        .cloned()
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<title>{}</title>\n<id>{}</id>\n<link rel=\"self\" href=\"{}\"/>\n<link href=\"{}\"/>\n<updated>{updated}</updated>\n",
        escape_html(&config.language),
        escape_html(&config.title),
        escape_html(&config.base_url),
        escape_html(&config.absolute_url("atom.xml")),
        escape_html(&config.base_url),
    );
    for (i, a) in p.dossier.articles.iter().enumerate() {
        let meta = &a.article.meta;
        let url = config.absolute_url(&format!("articles/{}/", a.article.slug));
        let date = meta
            .updated
            .as_ref()
            .or(meta.date.as_ref())
            .and_then(|d| d.parse().ok())
            .map(|d| rfc3339(&d))
            .unwrap_or_else(|| updated.clone());
        xml.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link href=\"{}\"/>\n<updated>{date}</updated>\n",
            escape_html(&meta.title),
            escape_html(&url),
            escape_html(&url)
        ));
        for c in &a.contributors {
            xml.push_str(&format!(
                "<author><name>{}</name></author>\n",
                escape_html(&p.dossier.authors[*c].display)
            ));
        }
        if a.contributors.is_empty() {
            xml.push_str(&format!(
                "<author><name>{}</name></author>\n",
                escape_html(&config.title)
            ));
        }
        if !p.abstract_html[i].is_empty() {
            xml.push_str(&format!(
                "<summary type=\"html\">{}</summary>\n",
                escape_html(&p.abstract_html[i])
            ));
        }
        xml.push_str("</entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

fn rfc3339(d: &crate::model::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year,
        d.month.unwrap_or(1),
        d.day.unwrap_or(1)
    )
}
