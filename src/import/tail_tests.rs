//! Reading what follows a title: journals, chapters, news, series, pinpoints.

use super::*;

#[test]
fn journal_volume_issue_pages() {
    let t = parse_tail(" Current history 108, no. 721 (2009): 347–352, to the more recent");
    assert_eq!(t.container.as_deref(), Some("Current history"));
    assert_eq!(
        (t.volume.as_deref(), t.issue.as_deref()),
        (Some("108"), Some("721"))
    );
    assert_eq!(t.pages.as_deref(), Some("347–352"));
    assert_eq!(t.issued.unwrap().year, 2009);
    assert_eq!(
        &" Current history 108, no. 721 (2009): 347–352, to the more recent"[t.end..],
        ", to the more recent"
    );
}

#[test]
fn chapter_with_publisher_and_pages() {
    let text = " in The New World Order: Contrasting Theories. (London: Palgrave Macmillan UK, 2000). 134–166, Adrian";
    let t = parse_tail(text);
    assert!(t.within);
    assert_eq!(
        t.container.as_deref(),
        Some("The New World Order: Contrasting Theories")
    );
    assert_eq!(
        (t.place.as_deref(), t.publisher.as_deref()),
        (Some("London"), Some("Palgrave Macmillan UK"))
    );
    assert_eq!(t.pages.as_deref(), Some("134–166"));
    assert_eq!(&text[t.end..], ", Adrian");
}

#[test]
fn news_date_url_and_genre() {
    let t = parse_tail(", press release, June 30, 2022, https://www.beehive.govt.nz/speech/x;");
    assert_eq!(t.genre.as_deref(), Some("Press release"));
    assert_eq!(t.issued.unwrap().to_string(), "2022-06-30");
    assert_eq!(
        t.url.as_deref(),
        Some("https://www.beehive.govt.nz/speech/x")
    );
    let t = parse_tail(" Foreign Policy September 22, 2023. Voices in favor");
    assert_eq!(t.container.as_deref(), Some("Foreign Policy"));
    assert_eq!(t.issued.unwrap().to_string(), "2023-09-22");
}

#[test]
fn series_numbers_dates_in_parentheses_and_pinpoints() {
    let t = parse_tail(" No. 2014: 01. (DIIS Report, 2014)");
    assert_eq!(t.issue.as_deref(), Some("2014:01"));
    assert_eq!(t.publisher.as_deref(), Some("DIIS Report"));
    let t = parse_tail(" (Brussels: NATO, November 25, 2020), https://x.int/a.pdf");
    assert_eq!(t.issued.unwrap().to_string(), "2020-11-25");
    assert_eq!(t.place.as_deref(), Some("Brussels"));
    let t = parse_tail(" Asian Politics & Policy 8, no. 1 (2016): 88.");
    assert_eq!(t.locator.as_deref(), Some("88"));
    let t = parse_tail(" (Oxford: Clarendon, 1999), 48.");
    assert_eq!(t.locator.as_deref(), Some("48"));
    let t = parse_tail(" Contested Multilateralism 2.0 and Asian Security Dynamics (2020): 47–61");
    assert_eq!(
        t.container.as_deref(),
        Some("Contested Multilateralism 2.0 and Asian Security Dynamics")
    );
    let t = parse_tail(" https://doi.org/10.1080/123.4");
    assert_eq!(t.doi.as_deref(), Some("10.1080/123.4"));
}

#[test]
fn an_archives_bundle_and_file_are_its_number_and_a_full_stop_ends_a_locator() {
    let t = parse_tail(", leg. 7, exp. 21, fol. 9r.");
    assert_eq!(t.number.as_deref(), Some("leg. 7, exp. 21"));
    assert_eq!(t.locator.as_deref(), Some("fol. 9r"));
    let text = ", art. 6. The board later read it, art. 8, otherwise.";
    let t = parse_tail(text);
    assert_eq!(t.locator.as_deref(), Some("art. 6"));
    assert_eq!(
        &text[t.end..],
        ". The board later read it, art. 8, otherwise."
    );
}

#[test]
fn a_newspapers_city_in_parentheses_then_its_date_and_page() {
    let text = " La Voz del Puerto (Valparaíso), March 3, 1951, 4; then";
    let t = parse_tail(text);
    assert_eq!(t.container.as_deref(), Some("La Voz del Puerto"));
    assert_eq!(t.place.as_deref(), Some("Valparaíso"));
    assert_eq!(t.issued.map(|d| (d.year, d.month)), Some((1951, Some(3))));
    assert_eq!(t.locator.as_deref(), Some("4"));
    assert_eq!(&text[t.end..], "; then");
    // A city without a page after the date: no locator.
    let t = parse_tail(" Diario do Sul (Porto Alegre), May 2, 1960.");
    assert_eq!(t.place.as_deref(), Some("Porto Alegre"));
    assert_eq!(t.locator, None);
}

#[test]
fn an_archive_its_series_and_volume_after_a_documents_date() {
    let text = ", April 9, 1921, Arquivo Público do Estado, Recife (hereafter APE), Fundo Polícia Civil, vol. 33, fol. 7v. The report";
    let t = parse_tail(text);
    assert_eq!(t.issued.map(|d| d.year), Some(1921));
    assert_eq!(
        t.archive.as_deref(),
        Some("Arquivo Público do Estado, Recife (APE), Fundo Polícia Civil, vol. 33")
    );
    assert_eq!(t.locator.as_deref(), Some("fol. 7v"));
    assert_eq!(
        t.short_title, None,
        "“hereafter” names the archive, not the work"
    );
    assert_eq!(&text[t.end..], ". The report");
}

#[test]
fn a_span_of_years_ends_the_title_of_a_volume() {
    let text = " in Harbour Towns of the South, 1850–1930, ed. Ana Vidal and Rui Costa (Lisbon: Tinta, 2011), 45.";
    let t = parse_tail(text);
    assert!(t.within);
    assert_eq!(
        t.container.as_deref(),
        Some("Harbour Towns of the South, 1850–1930")
    );
    assert_eq!(t.container_editors.len(), 2);
    assert_eq!(t.issued.map(|d| d.year), Some(2011));
}

#[test]
fn an_interview_by_a_journalist_in_a_paper() {
    let t = parse_tail(", interview by Ada Lind, Daily Courier, May 2, 2001, 4.");
    assert_eq!(t.genre.as_deref(), Some("Interview"));
    assert_eq!(t.container.as_deref(), Some("Daily Courier"));
    assert_eq!(t.locator.as_deref(), Some("4"));
}

#[test]
fn a_document_described_in_lower_case_before_its_date_and_its_archive() {
    let t = parse_tail(", memorandum for the harbour master, June 19, 1921, Archives municipales, Brest (hereafter AMB), 3 Q 12, fol. 4.");
    assert_eq!(
        t.genre.as_deref(),
        Some("Memorandum for the harbour master")
    );
    assert!(t.issued.is_some());
    assert_eq!(
        t.archive.as_deref(),
        Some("Archives municipales, Brest (AMB), 3 Q 12")
    );
    assert_eq!(t.locator.as_deref(), Some("fol. 4"));
    // Without a date: an archive, its shelfmark and the folio.
    let t = parse_tail(", Stadtarchiv Lindau (hereafter StAL), Urkunden 412, fol. 9v.");
    assert_eq!(
        t.archive.as_deref(),
        Some("Stadtarchiv Lindau (StAL), Urkunden 412")
    );
    assert_eq!(t.locator.as_deref(), Some("fol. 9v"));
}

#[test]
fn a_series_after_the_editors_of_an_edition() {
    let t = parse_tail(
        ", ed. Anton Weiss, Fontes Rerum Alpinarum, 2nd ser., 7, pt. 1 (Vienna: Böhlau, 1911), 88.",
    );
    assert_eq!(t.container_editors.len(), 1);
    assert_eq!(
        t.series.as_deref(),
        Some("Fontes Rerum Alpinarum, 2nd ser., 7, pt. 1")
    );
    assert_eq!(t.publisher.as_deref(), Some("Böhlau"));
    assert_eq!(t.locator.as_deref(), Some("88"));
}
