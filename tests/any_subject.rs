//! A dossier on another subject (tests/fixtures/any-subject: the EU's carbon border measure):
//! its own timeline kinds, works from one CSL-JSON export, government documents whose issuing
//! body has no author, three contributors, and the pictures drawn at build time.

mod common;

use std::path::{Path, PathBuf};

use common::*;

struct Site {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Site {
    fn page(&self, path: &str) -> String {
        read(self.root.join("output").join(path).join("index.html"))
    }
}

fn built() -> Site {
    let dir = fixture("any-subject");
    let root = dir.path().to_path_buf();
    let run = build(&root);
    assert!(
        run.status.success() && run.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    Site { _dir: dir, root }
}

const BASE: &str = "/carbon/";

/// The first `<tag …>…</tag>` whose opening tag holds `marker` (a class, as minified).
fn element<'a>(html: &'a str, tag: &str, marker: &str) -> &'a str {
    let mut from = 0;
    while let Some(i) = html[from..].find(&format!("<{tag}")) {
        let start = from + i;
        let open = &html[start..start + html[start..].find('>').unwrap()];
        if open.contains(marker) {
            let end = start + html[start..].find(&format!("</{tag}>")).unwrap();
            return &html[start..end];
        }
        from = start + 1;
    }
    panic!("no <{tag}> with {marker}")
}

#[test]
fn the_dossiers_own_event_kinds_are_labelled_in_the_order_of_config() {
    let site = built();
    let page = site.page("timeline");
    let legend = element(&page, "ul", "legend");
    let labels: Vec<&str> = ["Strategy", "Agreement", "Conference", "Operation"]
        .into_iter()
        .filter(|l| text(legend).contains(l))
        .collect();
    assert_eq!(labels.len(), 4, "legend: {}", text(legend));
    let at = |l: &str| text(legend).find(l).unwrap();
    // Listed kinds in their order (a listed kind without a label gets one from its name),
    // then the unlisted one.
    assert!(at("Strategy") < at("Agreement") && at("Agreement") < at("Conference"));
    assert!(at("Conference") < at("Operation"));
    assert!(text(legend).contains("Strategy (2)"), "{}", text(legend));
    // Each event carries its kind and the tone of its place in the legend.
    assert!(page.contains("data-kind=strategy") || page.contains("data-kind=\"strategy\""));
    assert!(page.contains("event-kind-operation tone-4"), "{page}");
    // The axis spans the events' years, none given in config.yaml.
    assert!(text(&page).contains("From 2019 to 2023"), "{}", text(&page));
}

#[test]
fn an_unlisted_kind_is_a_warning_of_check_not_an_error() {
    let site = built();
    let run = dossier(&["check", "--root", site.root.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{err}");
    assert!(
        err.contains("event kind `operation` is not listed in config.yaml")
            && err.contains("events.yaml:18")
            && err.contains("- { kind: operation, label: Operation }"),
        "{err}"
    );
    assert_eq!(err.matches("is not listed").count(), 1, "{err}");
}

fn author_slugs(root: &Path) -> Vec<String> {
    let mut slugs: Vec<String> = std::fs::read_dir(root.join("output/authors"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    slugs
}

#[test]
fn issuing_bodies_have_pages_listing_what_they_issued() {
    let site = built();
    assert_eq!(
        author_slugs(&site.root),
        [
            "european-commission",
            "european-parliament-and-council-of-the-european-union",
            "lena-okafor",
            "mei-lin",
            "ministry-of-commerce-and-industry-india",
            "tomas-nunez",
            "world-health-organization",
            "world-trade-organization",
        ],
        "`issuing-body: false` keeps Example Press off the authors; `Nunez, Tomas` is Tomás Núñez"
    );
    // Two authorless reports of the Commission, in a section of their own.
    let commission = site.page("authors/european-commission");
    let t = text(&commission);
    assert!(
        t.contains("Documents issued (2)") && !t.contains("Works cited"),
        "{t}"
    );
    for key in ["com2019green", "com2021fitfor55"] {
        assert!(hrefs(&commission).contains(&format!("{BASE}sources/{key}/")));
    }
    assert!(t.contains("note 1"), "where the documents are cited: {t}");
    // Author and publisher at once: one page, the work listed as written, not issued.
    let who = text(&site.page("authors/world-health-organization"));
    assert!(
        who.contains("Works cited (1)") && !who.contains("Documents issued"),
        "{who}"
    );
    // Named in `issuing-body`, and marked on a web page: both issue.
    let wto = text(&site.page("authors/world-trade-organization"));
    assert!(wto.contains("Documents issued (1)"), "{wto}");
    let source = text(&site.page("sources/wto2021trade"));
    assert!(
        source.contains("Issued by World Trade Organization"),
        "{source}"
    );
    let india = text(&site.page("authors/ministry-of-commerce-and-industry-india"));
    assert!(india.contains("Documents issued (1)"), "{india}");
    // The index lists them with the people.
    let index = text(&site.page("authors"));
    assert!(
        index.contains("European Commission") && index.contains("Okafor, Lena"),
        "{index}"
    );
    // Notes print the body as the publisher, as Chicago does when it is not the author.
    let article = text(&site.page("articles/border"));
    assert!(
        article.contains(
            "The European Green Deal, COM(2019) 640 final (European Commission, 2019), 5"
        ),
        "{article}"
    );
}

#[test]
fn several_contributors_have_profiles_merged_with_their_cited_works() {
    let site = built();
    let okafor = site.page("authors/lena-okafor");
    let t = text(&okafor);
    assert!(t.contains("Institute for Trade and Climate"), "{t}");
    assert!(hrefs(&okafor).contains(&format!("{BASE}sources/okafor2022border/")));
    // She edited the volume of Lin's chapter: the role is shown.
    assert!(hrefs(&okafor).contains(&format!("{BASE}sources/lin2023markets/")));
    let nunez = site.page("authors/tomas-nunez");
    let t = text(&nunez);
    assert!(t.contains("Universidad de Ejemplo") && t.contains("Mercosur and the Environment"));
    let home = text(&site.page(""));
    assert!(
        home.contains("Lena Okafor") && home.contains("Mei Lin"),
        "{home}"
    );
}

#[test]
fn the_sources_page_draws_works_by_year_and_kind_with_a_table_of_the_same_figures() {
    let site = built();
    let page = site.page("sources");
    let svg = element(&page, "svg", "chart works-by-year");
    assert!(svg.contains("role=img") || svg.contains("role=\"img\""));
    assert!(
        svg.contains("<desc id=works-by-year-desc>10 works by year of publication, 2015 to 2023; the most in 2021 (3). By kind: reports and official documents 5, book chapters 1,"),
        "{svg}"
    );
    // One bar segment per (year, kind) that has works.
    assert_eq!(svg.matches("<rect").count(), 8, "{svg}");
    let table = element(&page, "table", "chart-table");
    let row = table
        .split("<tr>")
        .find(|r| r.contains(">2021<"))
        .expect("a row for 2021");
    // Year, then per kind (reports first, the most numerous), then all: three reports.
    assert_eq!(text(row), "20213000003", "{row}");
    assert!(text(&page).contains("The figures as a table"));
}

#[test]
fn each_author_page_draws_co_authors_and_co_cited_authors_as_linked_nodes() {
    let site = built();
    let page = site.page("authors/lena-okafor");
    let svg = element(&page, "svg", "chart network");
    let nodes = hrefs(svg);
    // Co-author of one work, editor of another: Núñez and Lin; cited in the same notes as the
    // WTO (note 2 of the border article).
    for slug in ["tomas-nunez", "mei-lin", "world-trade-organization"] {
        assert!(
            nodes.contains(&format!("{BASE}authors/{slug}/")),
            "{nodes:?}"
        );
    }
    assert!(
        svg.contains("aria-label=\"Tomás Núñez, co-author of 1 work\""),
        "{svg}"
    );
    assert!(svg.contains("cited with them in 1 note"), "{svg}");
    for node in &nodes {
        let rel = node.strip_prefix(BASE).unwrap();
        assert!(
            site.root
                .join("output")
                .join(rel)
                .join("index.html")
                .exists(),
            "{node} resolves"
        );
    }
}

#[test]
fn the_home_page_draws_the_dossiers_figures() {
    let site = built();
    let page = site.page("");
    let svg = element(&page, "svg", "chart bars");
    assert!(
        svg.contains("Cited works by kind: Reports and official documents 5,"),
        "{svg}"
    );
    assert!(
        svg.contains("Notes by number of works cited: 1 work 0, 2 works 6, 3 works 1.</desc>"),
        "{svg}"
    );
}
