//! Reading one reference: the failure classes of issue 13 on references invented for them
//! (document codes, legal shapes, editors after a title, institutions, manuscripts).

use super::*;

fn read(text: &str) -> Reference {
    parse_reference(text, false).unwrap().reference
}

#[test]
fn a_document_number_with_a_slash_or_colon_does_not_cut_the_reference() {
    let r = read("Agency for Coastal Affairs, Framework for Shared Harbours, doc. 123/45 (Paris: Agency for Coastal Affairs, 2019), 12.");
    assert_eq!(r.title.as_deref(), Some("Framework for Shared Harbours"));
    assert_eq!(r.field("number"), Some("123/45"));
    assert_eq!(r.field("publisher-place"), Some("Paris"));
    assert_eq!(r.locator.as_deref(), Some("12"));
    let r = read("Water Board, Annual Figures, no. 2019:7 (Delft: Water Board, 2019).");
    assert_eq!(r.field("number"), Some("2019:7"));
}

#[test]
fn titles_with_inner_commas_and_question_marks_stay_whole() {
    let r = read("Maria Olsen, Two Rivers, One Plan? The Politics of Basin Sharing (Oslo: Fjord Press, 2016), 33.");
    assert_eq!(r.authors.len(), 1);
    assert_eq!(
        r.title.as_deref(),
        Some("Two Rivers, One Plan? The Politics of Basin Sharing")
    );
    let short = read("Olsen, Two Rivers, One Plan?, 40.");
    assert_eq!(short.title.as_deref(), Some("Two Rivers, One Plan?"));
    assert_eq!(short.locator.as_deref(), Some("40"));
    // A span of years ends a title; it is no pinpoint.
    let war = read("Ito, Europe at War, 1914–1918.");
    assert_eq!(war.title.as_deref(), Some("Europe at War, 1914–1918"));
}

#[test]
fn an_initial_and_a_capitalised_particle_in_short_forms() {
    let r = read("P. Smith, Reluctant Navy, 45.");
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.title.as_deref(), Some("Reluctant Navy"));
    let r = read("De la Cruz, “Preface,” 7.");
    assert_eq!(
        r.authors,
        vec![Name::Person {
            family: "De la Cruz".into(),
            given: None,
            particle: None,
            suffix: None
        }]
    );
}

#[test]
fn talks_blogs_and_last_modified_pages_keep_their_tails() {
    let r = read("Ana Ruiz, “Ports and Power” (speech, Forum on Maritime Order, Lisbon, June 1, 2019), https://example.org/ruiz.");
    assert_eq!(r.csl_type, "speech");
    assert_eq!(r.field("event-title"), Some("Forum on Maritime Order"));
    assert_eq!(r.field("URL"), Some("https://example.org/ruiz"));
    let r = read(
        "Tom Lee, “Why Ports Matter,” Harbour Notes (blog), May 3, 2018, https://example.org/lee.",
    );
    assert_eq!(r.csl_type, "post-weblog");
    assert_eq!(r.issued.unwrap().to_string(), "2018-05-03");
    let r = read("“Shipping Facts,” Port Authority of Valletta, last modified January 9, 2020, https://example.org/facts.");
    assert_eq!(
        r.field("container-title"),
        Some("Port Authority of Valletta")
    );
    assert_eq!(r.issued.unwrap().to_string(), "2020-01-09");
    let r = read("Ada Obi, “Deltas” (PhD diss., University of Lagos, 2010), 4.");
    assert_eq!(r.csl_type, "thesis");
    assert_eq!(r.field("publisher"), Some("University of Lagos"));
}

#[test]
fn a_series_and_its_number_after_the_title() {
    let r = read("Ocean Institute (OI), Maritime Security in the Gulf, Harbour Paper no. 17 (Paris: OI, 2021), 14–16.");
    assert_eq!(r.title.as_deref(), Some("Maritime Security in the Gulf"));
    assert_eq!(r.field("collection-title"), Some("Harbour Paper"));
    assert_eq!(r.field("collection-number"), Some("17"));
    assert_eq!(r.locator.as_deref(), Some("14–16"));
    let r =
        read("Ada Lee, Cash and Care, Sea Bank Policy Research Report (Lagos: Sea Bank, 2009), 3.");
    assert_eq!(r.title.as_deref(), Some("Cash and Care"));
}

#[test]
fn document_codes_end_a_plain_title_and_are_its_number() {
    let r = read(
        "Harbour Council, Shared Ports: A Review, HC(2020) 12 final (Valletta, May 3, 2020), 7.",
    );
    assert_eq!(r.title.as_deref(), Some("Shared Ports: A Review"));
    assert_eq!(r.field("number"), Some("HC(2020) 12 final"));
    assert_eq!(r.locator.as_deref(), Some("7"));
    let r = read(
        "Standards Body, Tide Gauges — Requirements, TG/SB 4001:2021 (Geneva: SB, 2021), sec. 2.",
    );
    assert_eq!(r.title.as_deref(), Some("Tide Gauges — Requirements"));
    assert_eq!(r.locator.as_deref(), Some("sec. 2"));
    // A series numbered with a slash; a genre in lower case before the facts.
    let r = read("Ana Lobo, Ports of Call, Sea Institute Occasional Paper 07/2016 (Lisbon: Sea Institute, 2016), 3.");
    assert_eq!(r.title.as_deref(), Some("Ports of Call"));
    let r = read("Port Office, Harbours in the New Era, white paper (Lima: Port Office, 2019), 4.");
    assert_eq!(r.title.as_deref(), Some("Harbours in the New Era"));
    assert_eq!(r.field("genre"), Some("White paper"));
}

#[test]
fn parentheses_and_years_inside_the_titles_of_documents() {
    let r = read("Directive (EC) 2004/38 of the Council on Free Movement, OJ L 158, April 30, 2004, 77–123, art. 7.");
    assert_eq!(
        r.title.as_deref(),
        Some("Directive (EC) 2004/38 of the Council on Free Movement")
    );
    assert_eq!(r.locator.as_deref(), Some("art. 7"));
    let r = read("Harbour Assembly, Resolution 118 (2009), HA/RES/118 (May 2, 2009), para. 3.");
    assert_eq!(r.title.as_deref(), Some("Resolution 118 (2009)"));
    assert_eq!(r.locator.as_deref(), Some("para. 3"));
    // A treaty printed in a treaty series: volume, series, page; the article is the locator.
    let r = read("Convention on Harbour Tolls, June 1, 1960, 412 U.N.T.S. 59, art. 12.");
    assert_eq!(r.title.as_deref(), Some("Convention on Harbour Tolls"));
    assert_eq!(r.field("container-title"), Some("U.N.T.S."));
    assert_eq!(r.field("volume"), Some("412"));
    assert_eq!(r.locator.as_deref(), Some("art. 12"));
}

#[test]
fn cases_directives_and_provisions() {
    // A case's name holds "v."; the application's number follows it.
    let r = read("Lobo and Others v. Portugal, App. No. 27765/09, Eur. Ct. H.R. (2012).");
    assert!(r.authors.is_empty());
    assert_eq!(r.title.as_deref(), Some("Lobo and Others v. Portugal"));
    assert_eq!(r.field("issue"), Some("27765/09"));
    // A title with a document's number is no institution; `29.6.2013` is a date.
    let r = read("Directive 2011/95/EU of the Council on Ports, OJ L 337, 20.12.2011, 9–26.");
    assert!(r.authors.is_empty());
    assert_eq!(
        r.title.as_deref(),
        Some("Directive 2011/95/EU of the Council on Ports")
    );
    assert_eq!(r.issued.unwrap().to_string(), "2011-12-20");
    let r = read(
        "Regulation (EU) No 604/2013 of the Council on Ports, OJ L 180, 29.6.2013, art. 3(2).",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Regulation (EU) No 604/2013 of the Council on Ports")
    );
    assert_eq!(r.locator.as_deref(), Some("art. 3(2)"));
    let r = read("Convention on Harbour Tolls, June 1, 1960, 412 U.N.T.S. 59, art. 1A(2).");
    assert_eq!(r.locator.as_deref(), Some("art. 1A(2)"));
}

#[test]
fn editors_after_a_title_with_inner_commas() {
    let r = read("Wen Lobo, Old Ports, New Trades, ed. Ana Ruiz and Tom Lee, trans. Eva Ito (Lima: Sol, 2011), 71.");
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.title.as_deref(), Some("Old Ports, New Trades"));
    assert_eq!(r.editors.len(), 2);
    assert_eq!(r.locator.as_deref(), Some("71"));
}

#[test]
fn two_institutions_whose_second_name_holds_and() {
    let r = read("Harbour Commission and Office of the Envoy for Ports and Coasts, Sea Lanes: An Outlook (Lima, 2019), 1.");
    assert_eq!(r.authors.len(), 2, "{:?}", r.authors);
    assert_eq!(r.title.as_deref(), Some("Sea Lanes: An Outlook"));
}

#[test]
fn a_manuscript_leaf() {
    let r = read("Eva Ito, “Field Book,” MS 12, fol. 3v, Port Archive, Lima.");
    assert_eq!(r.locator.as_deref(), Some("fol. 3v"));
}

#[test]
fn ibid_keeps_a_note_on_a_page() {
    assert_eq!(read("Ibid., 7n2.").locator.as_deref(), Some("7n2"));
    assert_eq!(read("Ibid., 12nn3–4.").locator.as_deref(), Some("12nn3–4"));
    let id = read("Id. at 4.");
    assert!(id.ibid);
    assert_eq!(read("Id., para. 7.").locator.as_deref(), Some("para. 7"));
}

#[test]
fn a_name_that_is_also_the_publisher_is_an_institution() {
    let r = read("Port Watch, Sailors Trapped in a Cycle of Abuse (London: Port Watch, 2020), 23.");
    assert_eq!(
        r.authors,
        vec![Name::Institution {
            literal: "Port Watch".into()
        }]
    );
}

#[test]
fn short_titles_of_documents_with_a_provision() {
    let r = read("Harbour Covenant, art. 13.");
    assert!(r.authors.is_empty());
    assert_eq!(r.title.as_deref(), Some("Harbour Covenant"));
    assert_eq!(r.locator.as_deref(), Some("art. 13"));
    assert!(r.short);
    assert_eq!(
        read("Ibid., paras. 16–18.").locator.as_deref(),
        Some("para. 16–18")
    );
    assert_eq!(
        read("Ibid., para. 9.11.").locator.as_deref(),
        Some("para. 9.11")
    );
}

#[test]
fn institutions_by_their_words_or_their_spelt_acronym() {
    let r = read("Sailors International, “Stranded at Sea,” May 5, 2021, https://example.org/s.");
    assert!(r.authors[0].is_institution());
    let r = read("UN High Commissioner for Sailors (UNHCS), Handbook on Port Status, HCS/1P/4/ENG/REV.4 (Geneva: UNHCS, 2019), para. 38.");
    assert!(r.authors[0].is_institution(), "{:?}", r.authors);
    assert_eq!(r.title.as_deref(), Some("Handbook on Port Status"));
    let r = read("Tide Keepers Society of Lima (TKSL), Tides (Lima: TKSL, 2001).");
    assert!(r.authors[0].is_institution());
}

#[test]
fn a_quoted_title_going_on_after_a_colon_and_a_court_report() {
    let r = read("Port Rights Watch, “Pushed Back, Pushed Around”: Italy’s Return of Boat Sailors (New York: PRW, 2009), 12.");
    assert_eq!(
        r.title.as_deref(),
        Some("‘Pushed Back, Pushed Around’: Italy’s Return of Boat Sailors")
    );
    assert_eq!(r.field("publisher"), Some("PRW"));
    assert_eq!(r.locator.as_deref(), Some("12"));
    let r = read("Lobo v. Peru, 161 Eur. Ct. H.R. (ser. A) (1989).");
    assert_eq!(r.title.as_deref(), Some("Lobo v. Peru"));
    assert_eq!(r.field("volume"), Some("161"));
}

#[test]
fn a_document_code_with_its_label() {
    let r = read("Harbour Assembly, Report of the Special Envoy on Ports, UN Doc. A/HRC/47/30 (May 12, 2021), para. 4.");
    assert_eq!(
        r.title.as_deref(),
        Some("Report of the Special Envoy on Ports")
    );
    assert_eq!(r.field("number"), Some("UN Doc. A/HRC/47/30"));
    assert_eq!(r.locator.as_deref(), Some("para. 4"));
}

#[test]
fn a_provisions_parenthesis_and_an_inner_quotation_stay_in_a_plain_title() {
    let r = read(
        "Lake Board, Notes on Rule 4B(1) of the Fishing Code (Northport: Lake Board, 2011), 9.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Notes on Rule 4B(1) of the Fishing Code")
    );
    let r = read("Lake Board, Rules on Fishing No. 3: “Night Nets” under the Fishing Code, LB/3 (May 2, 2012), para. 5.");
    assert_eq!(
        r.title.as_deref(),
        Some("Rules on Fishing No. 3: “Night Nets” under the Fishing Code")
    );
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.locator.as_deref(), Some("para. 5"));
}

#[test]
fn prose_after_a_plain_short_title_is_not_title() {
    assert_eq!(
        unquoted_title_end("Fishing Code, and, on the nets, Berg"),
        (12, 12)
    );
    assert_eq!(
        unquoted_title_end("Fishing Code, which the board read"),
        (12, 12)
    );
}

#[test]
fn spanish_and_portuguese_publication_facts() {
    let r = read("Rosa Iriarte, “Los hornos de Oruro,” en Historia de los valles, ed. por Pablo Sanz (Sucre: Editorial Sur, 1992), pp. 45–67.");
    assert!(r.within);
    assert_eq!(r.field("container-title"), Some("Historia de los valles"));
    assert_eq!(r.editors.len(), 1);
    assert_eq!(r.field("publisher"), Some("Editorial Sur"));
    assert_eq!(r.locator.as_deref(), Some("45–67"));
    let r = read("Marta Quiroga, comp., Voces del gremio (Córdoba: Ediciones Norte, 2005), p. 14.");
    assert!(r.authors.is_empty());
    assert_eq!(r.editors.len(), 1);
    assert_eq!(r.title.as_deref(), Some("Voces del gremio"));
    assert_eq!(r.locator.as_deref(), Some("14"));
    let r =
        read("Nuno Baptista, As salinas do norte, trad. Clara Mota (Porto: Edições Foz, 1981), 7.");
    assert_eq!(r.title.as_deref(), Some("As salinas do norte"));
    assert_eq!(r.field("publisher-place"), Some("Porto"));
    let r = read("Elena Paz, “Sindicatos del carbón” (tesis de doctorado, Universidad del Litoral, 2004), 88.");
    assert_eq!(r.csl_type, "thesis");
    assert_eq!(r.field("publisher"), Some("Universidad del Litoral"));
    assert_eq!(r.locator.as_deref(), Some("88"));
}

#[test]
fn an_archival_source_its_bundle_file_and_leaf() {
    let r = read("Archivo Regional de Piura (ARP), Fondo Hacienda, caja 3, exp. 17, fol. 2v.");
    assert_eq!(
        r.authors,
        vec![Name::Institution {
            literal: "Archivo Regional de Piura (ARP)".into()
        }]
    );
    assert_eq!(r.title.as_deref(), Some("Fondo Hacienda"));
    assert_eq!(r.field("number"), Some("caja 3, exp. 17"));
    assert_eq!(r.locator.as_deref(), Some("fol. 2v"));
}

#[test]
fn a_testimony_written_with_a_second_author_has_both() {
    let r = read("Joana Pires da Costa with Erik Solberg, Hear Us! The Life of a Fisherwoman of the Azores, trans. Mary Flint (Boston: Harbor Books, 1981), 12.");
    assert_eq!(r.authors.len(), 2, "{:?}", r.authors);
    assert_eq!(
        r.title.as_deref(),
        Some("Hear Us! The Life of a Fisherwoman of the Azores")
    );
}

#[test]
fn a_spanish_institution_signs_its_plain_title() {
    let r = read("Comisión Nacional para el Agua Potable, Informe sobre los acueductos rurales (Managua: CNAP, 1971), 8.");
    assert_eq!(
        r.authors,
        vec![Name::Institution {
            literal: "Comisión Nacional para el Agua Potable".into()
        }]
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Informe sobre los acueductos rurales")
    );
}

#[test]
fn the_years_a_title_covers_in_parentheses_before_the_facts() {
    let r = read(
        "Tomás Vidal, Los gremios del puerto (1880–1914) (Valparaíso: Ediciones Mar, 1999), 12.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Los gremios del puerto (1880–1914)")
    );
    assert_eq!(r.issued.map(|d| d.year), Some(1999));
    assert_eq!(r.field("publisher"), Some("Ediciones Mar"));
}

#[test]
fn a_law_by_its_number_then_the_gazette_that_printed_it() {
    let r = read("Decreto 4.512, Boletín Oficial de la Provincia, March 9, 1962, art. 7.");
    assert_eq!(r.title.as_deref(), Some("Decreto 4.512"));
    assert_eq!(
        r.field("container-title"),
        Some("Boletín Oficial de la Provincia")
    );
    assert_eq!(r.issued.map(|d| d.year), Some(1962));
    assert_eq!(r.locator.as_deref(), Some("art. 7"));
}

#[test]
fn an_edition_printed_title_first_with_its_editors() {
    let r = read("Liber de Rebus Navalibus, ed. Henrike Maas and Pietro Sola, 3 vols. (Bologna: Il Portico, 1998–2001), 2:41.");
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    assert_eq!(r.title.as_deref(), Some("Liber de Rebus Navalibus"));
    assert_eq!(r.editors.len(), 2, "{:?}", r.editors);
    // An author before the title still signs it.
    let r = read(
        "Tomaso Vanni, Il trattato delle misure, ed. Lise Berger (Florence: Olschki, 1960), 12.",
    );
    assert_eq!(r.authors.len(), 1, "{:?}", r.authors);
    assert_eq!(r.title.as_deref(), Some("Il trattato delle misure"));
}

#[test]
fn a_german_ordinal_stays_in_a_plain_title() {
    let r = read("Gisela Brandt, Die Zünfte im 14. Jahrhundert (Kassel: Nordlicht, 1977), 9.");
    assert_eq!(r.title.as_deref(), Some("Die Zünfte im 14. Jahrhundert"));
    let r = read("Landgericht Kassel, Beschluss vom 3. Juli 1989 (Kassel: Justizverlag, 1990).");
    assert_eq!(r.title.as_deref(), Some("Beschluss vom 3. Juli 1989"));
    // A full stop after a number that no lower-case word leads still ends the title.
    let r = read("Gisela Brandt, Die Zünfte Band 2. Kassel: Nordlicht, 1977.");
    assert_eq!(r.title.as_deref(), Some("Die Zünfte Band 2"));
}

#[test]
fn et_al_closes_a_list_of_names_before_a_title_with_commas() {
    let r = read("Lund et al., One Sea, One Law, 4.");
    assert_eq!(r.authors.len(), 1, "{:?}", r.authors);
    assert!(r.et_al);
    assert_eq!(r.title.as_deref(), Some("One Sea, One Law"));
    assert_eq!(r.locator.as_deref(), Some("4"));
}

#[test]
fn a_parenthesis_of_the_title_before_the_facts() {
    let r = read("Ines Moll, Saggi sulla pesca lagunare (Studi dell’Archivio di Chioggia) (Padua: Antenore, 1971), 8.");
    assert_eq!(
        r.title.as_deref(),
        Some("Saggi sulla pesca lagunare (Studi dell’Archivio di Chioggia)")
    );
    assert_eq!(r.field("publisher"), Some("Antenore"));
    let r = read("Pieter Vos, The Herring Fleets of Holland (Fifteenth–Seventeenth Centuries), 2 vols. (Leiden: Brill, 1980), 1:12.");
    assert_eq!(
        r.title.as_deref(),
        Some("The Herring Fleets of Holland (Fifteenth–Seventeenth Centuries)")
    );
    assert_eq!(r.field("publisher"), Some("Brill"));
}

#[test]
fn a_numbered_law_cut_off_after_its_comma_does_not_panic() {
    let _ = parse_reference("Decreto 4.512,", false);
    let _ = super::super::segment::split_note("08): 201–225, Ley 12,", false);
}

#[test]
fn an_abbreviated_genre_before_the_facts() {
    let r = read("Museo del Mare, Vele e reti: Pesca nell’Adriatico, XV–XVIII secolo, exh. cat. (Trieste: MdM, 2009), 12–15.");
    assert_eq!(
        r.title.as_deref(),
        Some("Vele e reti: Pesca nell’Adriatico, XV–XVIII secolo")
    );
    assert_eq!(r.field("genre"), Some("Exh. cat."));
    assert_eq!(r.locator.as_deref(), Some("12–15"));
}
