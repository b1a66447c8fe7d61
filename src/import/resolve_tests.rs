//! Resolving notes: keys in order of first citation, Ibid. with nothing before, odd input,
//! and the failure classes of issue 13 on notes invented for them (each later citation must
//! reach the work cited in full before it; prose must stay prose).

use super::report::Kind;
use super::resolve::{resolve, Citation, Part, Resolved};
use super::segment::split_note;

/// Resolves notes given as text, numbered from 1.
fn run(notes: &[&str]) -> Resolved {
    let pieces = notes
        .iter()
        .enumerate()
        .map(|(i, n)| (i as u32 + 1, split_note(n, false)))
        .collect();
    resolve(pieces, &[])
}

#[test]
fn ibid_with_nothing_before_is_left_as_text() {
    let r = run(&["Ibid., 4."]);
    assert!(r.works.is_empty());
    assert_eq!(r.notes[0].parts, vec![Part::Prose("Ibid., 4.".into())]);
    assert_eq!(r.entries[0].kind, Kind::Unparsed);
}

#[test]
fn keys_follow_the_order_of_first_citation() {
    let r = run(&[
        "Rachel Carson, Silent Spring (Boston: Houghton Mifflin, 1962).",
        "Paul Sutter, “The Dust Bowl,” Environmental History 20, no. 1 (2015): 1–22; Carson, Silent Spring, 5.",
    ]);
    let keys: Vec<&str> = r.works.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, vec!["carson1962silent", "sutter2015dust"]);
    assert_eq!(
        r.notes[1].parts,
        vec![
            Part::Cluster(vec![
                Citation {
                    key: "sutter2015dust".into(),
                    locator: None
                },
                Citation {
                    key: "carson1962silent".into(),
                    locator: Some("5".into())
                },
            ]),
            // The closing full stop stays prose; the Markdown note leaves it to the style.
            Part::Prose(".".into()),
        ]
    );
}

/// Odd input (unbalanced quotes and brackets, stray digits, other scripts) never panics.
#[test]
fn no_input_panics() {
    const PARTS: [&str; 24] = [
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "(",
        ")",
        ";",
        ", ",
        ". ",
        "Ibid.",
        "eds.",
        "in ",
        "no. ",
        "2019",
        "33–35",
        "Smith",
        "Jane Doe",
        "NATO",
        "Ærø Ñandú",
        "*",
        "_",
        "https://x.org/a",
        "日本",
    ];
    let mut seed: u64 = 42;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..3000 {
        let len = next() % 14;
        let note: String = (0..len)
            .map(|_| PARTS[next() % PARTS.len()])
            .collect::<Vec<_>>()
            .join(if next() % 2 == 0 { " " } else { "" });
        for markdown in [false, true] {
            let pieces = split_note(&note, markdown);
            let _ = resolve(vec![(1, pieces.clone()), (2, pieces)], &[]);
        }
        let _ = super::notes::split_notes(&format!("1. {note}\n2 {note}"));
    }
}

/// The keys and locators each note cites.
fn cited(r: &Resolved) -> Vec<Vec<(String, Option<String>)>> {
    r.notes
        .iter()
        .map(|n| {
            n.parts
                .iter()
                .flat_map(|p| match p {
                    Part::Cluster(c) => c
                        .iter()
                        .map(|c| (c.key.clone(), c.locator.clone()))
                        .collect(),
                    Part::Prose(_) => Vec::new(),
                })
                .collect()
        })
        .collect()
}

fn key_of(r: &Resolved, title: &str) -> String {
    r.works
        .iter()
        .find(|w| w.reference.title.as_deref() == Some(title))
        .map(|w| w.key.clone())
        .unwrap_or_else(|| {
            panic!(
                "no work “{title}” in {:?}",
                r.works
                    .iter()
                    .map(|w| &w.reference.title)
                    .collect::<Vec<_>>()
            )
        })
}

/// The reference of the work of key `key`.
fn reference_of<'r>(r: &'r Resolved, key: &str) -> &'r super::reference::Reference {
    &r.works
        .iter()
        .find(|w| w.key == key)
        .unwrap_or_else(|| panic!("no work of key {key}"))
        .reference
}

fn cite(key: &str, locator: Option<&str>) -> (String, Option<String>) {
    (key.to_string(), locator.map(str::to_string))
}

#[test]
fn a_report_number_keeps_the_later_short_forms_resolved() {
    let r = run(&[
        "Agency for Coastal Affairs, Framework for Shared Harbours, doc. 123/45 (Paris: Agency for Coastal Affairs, 2019), 12.",
        "Agency for Coastal Affairs, Framework for Shared Harbours, 14.",
    ]);
    assert_eq!(r.works.len(), 1);
    let k = key_of(&r, "Framework for Shared Harbours");
    assert_eq!(cited(&r)[1], vec![cite(&k, Some("14"))]);
}

#[test]
fn short_forms_without_the_article_with_an_initial_or_a_capital_particle() {
    let r = run(&[
        "Peter Smith, The Reluctant Navy: Sea Power in Decline (London: Harbour Books, 2001); Emma Smith, The Reluctant Navy Revisited (Leeds: Dock Press, 2010).",
        "P. Smith, Reluctant Navy, 45; E. Smith, Reluctant Navy Revisited, 7.",
        "Luis De la Cruz, “Preface,” in Rivers of Asia, ed. Luis De la Cruz (Manila: Ateneo Press, 2015), 1–10.",
        "De la Cruz, “Preface,” 7.",
    ]);
    assert_eq!(
        r.works.len(),
        3,
        "{:?}",
        r.works.iter().map(|w| &w.key).collect::<Vec<_>>()
    );
    let peter = key_of(&r, "The Reluctant Navy: Sea Power in Decline");
    let emma = key_of(&r, "The Reluctant Navy Revisited");
    assert_eq!(
        cited(&r)[1],
        vec![cite(&peter, Some("45")), cite(&emma, Some("7"))]
    );
    assert_eq!(cited(&r)[3], vec![cite(&key_of(&r, "Preface"), Some("7"))]);
}

#[test]
fn short_forms_in_prose_and_the_edited_volume_of_a_chapter() {
    let r = run(&[
        "Kim Ostrow, Harbours of the North (Boston: Beacon Press, 2012), 3.",
        "Nadia Park, “Deltas,” in Rivers of Asia, ed. Luis De la Cruz (Manila: Ateneo Press, 2015), 20–40; see Cruz, Rivers of Asia.",
        "On harbours, compare Ostrow, Harbours of the North, 41–44, with the view in Paris.",
    ]);
    let volume = key_of(&r, "Rivers of Asia");
    assert_eq!(cited(&r)[1][1], cite(&volume, None));
    let ostrow = key_of(&r, "Harbours of the North");
    assert_eq!(cited(&r)[2], vec![cite(&ostrow, Some("41–44"))]);
    // "Paris" after "in" matched nothing: it stays prose.
    match r.notes[2].parts.last() {
        Some(Part::Prose(p)) => assert!(p.contains("in Paris"), "{p}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn ibid_with_a_note_locator_and_an_institution_by_its_acronym() {
    let r = run(&[
        "World Harbour Council (WHC), Annual Review of Port Security 2019 (Geneva: WHC, 2019), 5.",
        "Ibid., 7n2.",
        "WHC, Annual Review of Port Security, 9.",
    ]);
    assert_eq!(r.works.len(), 1);
    let k = &r.works[0].key;
    assert_eq!(cited(&r)[1], vec![cite(k, Some("7n2"))]);
    assert_eq!(cited(&r)[2], vec![cite(k, Some("9"))]);
}

#[test]
fn names_printed_family_first_are_turned_by_their_short_form() {
    let r = run(&[
        "Trần Thị Mai, “Delta Schools,” Mekong Review 4 (2019): 1–9.",
        "Trần, “Delta Schools,” 5.",
    ]);
    assert_eq!(r.works.len(), 1);
    match &r.works[0].reference.authors[0] {
        crate::model::Name::Person { family, given, .. } => {
            assert_eq!(
                (family.as_str(), given.as_deref()),
                ("Trần", Some("Thị Mai"))
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn only_the_names_a_short_form_cites_by_their_first_word_are_turned() {
    let r = run(&[
        "Li Wei and Sarah O’Neill, “Beyond the Belt,” Port Studies 5, no. 3 (2021): 60–78.",
        "Li and O’Neill, “Beyond the Belt,” 65.",
    ]);
    assert_eq!(r.works.len(), 1);
    let families: Vec<String> = r.works[0]
        .reference
        .authors
        .iter()
        .map(|n| match n {
            crate::model::Name::Person { family, .. } => family.clone(),
            crate::model::Name::Institution { literal } => literal.clone(),
        })
        .collect();
    assert_eq!(families, vec!["Li", "O’Neill"]);
}

#[test]
fn a_chapter_in_a_volume_printed_short_whose_title_has_commas() {
    let r = run(&[
        "Hans van der Meer and Sofia Ricci, eds., Trade, Power and the Sea: Europe and Asia (Amsterdam: Dock Press, 2018).",
        "Mei Ong, “Hedging,” in van der Meer and Ricci, Trade, Power and the Sea, 45–67.",
    ]);
    let chapter = &r
        .works
        .iter()
        .find(|w| w.reference.title.as_deref() == Some("Hedging"))
        .unwrap()
        .reference;
    assert_eq!(
        chapter.field("container-title"),
        Some("Trade, Power and the Sea: Europe and Asia")
    );
    assert_eq!(chapter.editors.len(), 2);
    assert_eq!(chapter.field("publisher"), Some("Dock Press"));
}

#[test]
fn short_forms_anywhere_in_prose_stand_only_for_works_cited_before() {
    let r = run(&[
        "Ana Lobo, “Ports,” in The Sea and Trade, ed. Eva Ito and Tom Lee (Lima: Sol, 2019), 4–9.",
        "Kim Ostrow, Harbours of the North (Boston: Beacon Press, 2012), 3.",
        "For more, read the other chapters of Ito and Lee, Sea and Trade; and, for a sharper view, Ostrow, Harbours, 40. Lima, Callao and Paita were the ports.",
    ]);
    let volume = key_of(&r, "The Sea and Trade");
    let ostrow = key_of(&r, "Harbours of the North");
    assert_eq!(
        cited(&r)[2],
        vec![cite(&volume, None), cite(&ostrow, Some("40"))]
    );
    // "Lima, Callao and Paita" matched nothing: it stays prose.
    let r2 = run(&[
        "Ana Lobo and Eva Ito, “The Politics of Ports,” Sea Review 4, no. 2 (2019): 1–20.",
        "The literature is large. Besides Lobo and Ito, “Politics of Ports,” 5, there is little.",
    ]);
    let lobo = key_of(&r2, "The Politics of Ports");
    assert_eq!(cited(&r2)[1], vec![cite(&lobo, Some("5"))]);
    match &r2.notes[1].parts[0] {
        Part::Prose(p) => assert!(p.ends_with("Besides "), "{p}"),
        other => panic!("{other:?}"),
    }
    match r.notes[2].parts.last() {
        Some(Part::Prose(p)) => assert!(p.contains("Lima, Callao and Paita"), "{p}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_institution_without_its_acronym_and_a_document_by_its_short_title() {
    let r = run(&[
        "Sea Refugee Office (SRO), Guidelines on Maritime Protection No. 9, SRO/GIP/12/09 (October 23, 2012), para. 14.",
        "Sea Refugee Office, Guidelines on Maritime Protection, para. 20.",
        "Harbour Covenant on Sailing Rights, December 16, 1966, 999 U.N.T.S. 171, art. 12(2); see also Harbour Covenant, art. 13.",
    ]);
    assert_eq!(r.works.len(), 2);
    let sro = key_of(&r, "Guidelines on Maritime Protection No. 9");
    assert_eq!(cited(&r)[1], vec![cite(&sro, Some("para. 20"))]);
    let covenant = key_of(&r, "Harbour Covenant on Sailing Rights");
    assert_eq!(
        cited(&r)[2],
        vec![
            cite(&covenant, Some("art. 12(2)")),
            cite(&covenant, Some("art. 13"))
        ]
    );
}

#[test]
fn a_case_by_its_first_party_and_a_book_by_its_edition() {
    let r = run(&[
        "Lobo and Others v. Portugal, App. No. 27765/09, Eur. Ct. H.R. (2012), para. 45.",
        "Lobo and Others, para. 79; see generally Eva Ito, The Law of Port Status, 2nd ed. (Cambridge: Cambridge University Press, 2014), 45.",
        "Ito, Law of Port Status, 2nd ed., 50.",
    ]);
    assert_eq!(r.works.len(), 2);
    let case = key_of(&r, "Lobo and Others v. Portugal");
    let ito = key_of(&r, "The Law of Port Status");
    assert_eq!(cited(&r)[0], vec![cite(&case, Some("para. 45"))]);
    assert_eq!(
        cited(&r)[1],
        vec![cite(&case, Some("para. 79")), cite(&ito, Some("45"))]
    );
    assert_eq!(cited(&r)[2], vec![cite(&ito, Some("50"))]);
}

#[path = "legal_tests.rs"]
mod legal;

#[test]
fn ibid_in_spanish_and_latin_id_at_and_op_cit() {
    let r = run(&[
        "Inés de la Vega Rojas, Puertos del sur (Valparaíso: Editorial Faro, 2003), 12.",
        "Ibíd., 45.",
        "Id. at 50.",
        "Tomás Arce, Redes de arrieros (Cusco: Ediciones Andes, 1994), 3; Ibidem, 7.",
        "de la Vega Rojas, op. cit., 33; Arce, ob. cit., p. 9.",
        "Inés Vega, “Sal,” Revista Austral 4, no. 2 (2011): 1–20; Vega, loc. cit.",
    ]);
    let puertos = key_of(&r, "Puertos del sur");
    let redes = key_of(&r, "Redes de arrieros");
    let sal = key_of(&r, "Sal");
    assert_eq!(r.works.len(), 3);
    assert_eq!(cited(&r)[1], vec![cite(&puertos, Some("45"))]);
    assert_eq!(cited(&r)[2], vec![cite(&puertos, Some("50"))]);
    assert_eq!(cited(&r)[3][1], cite(&redes, Some("7")));
    assert_eq!(
        cited(&r)[4],
        vec![cite(&puertos, Some("33")), cite(&redes, Some("9"))]
    );
    assert_eq!(cited(&r)[5], vec![cite(&sal, None), cite(&sal, None)]);
}

#[test]
fn op_cit_reads_a_family_name_of_two_words() {
    let r = run(&[
        "Julián Mora Prieto, Hornos de cal (Sucre: Editorial Sur, 1977), 2.",
        "Mora Prieto, op. cit., 40.",
    ]);
    assert_eq!(r.works.len(), 1);
    assert_eq!(cited(&r)[1], vec![cite(&r.works[0].key, Some("40"))]);
    assert!(matches!(
        &r.works[0].reference.authors[0],
        crate::model::Name::Person { family, .. } if family == "Mora Prieto"
    ));
}

#[test]
fn two_files_of_one_archives_series_are_two_works() {
    let r = run(&[
        "Archivo Regional de Piura (ARP), Fondo Hacienda, caja 3, exp. 17, fol. 2v.",
        "ARP, Fondo Hacienda, caja 3, exp. 18.",
        "ARP, Fondo Hacienda, caja 3, exp. 17, fol. 5.",
    ]);
    assert_eq!(r.works.len(), 2);
    assert_eq!(cited(&r)[2][0].0, cited(&r)[0][0].0);
    assert_ne!(cited(&r)[1][0].0, cited(&r)[0][0].0);
}

/// The family and given names of the `n`th creator (authors, else editors) of a work.
fn person_of(r: &Resolved, key: &str, n: usize) -> (String, Option<String>) {
    match &reference_of(r, key).creators()[n] {
        crate::model::Name::Person { family, given, .. } => (family.clone(), given.clone()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_testimony_written_with_a_co_author_is_cited_by_its_first_author() {
    let r = run(&[
        "Joana Pires de Carvalho with Erik Solberg, Hear Us! The Life of a Fisherwoman of the Azores (Boston: Harbor Books, 1981), 12.",
        "Pires de Carvalho, Hear Us!, 40.",
    ]);
    assert_eq!(r.works.len(), 1);
    let k = &r.works[0].key;
    assert_eq!(cited(&r)[1], vec![cite(k, Some("40"))]);
    assert_eq!(
        person_of(&r, k, 0),
        ("Pires de Carvalho".into(), Some("Joana".into()))
    );
}

#[test]
fn an_acronym_of_an_institutions_first_syllables() {
    let r = run(&[
        "Empresa Nacional de Petróleo, Memoria 1960 (Quito: ENAPET, 1961), 4.",
        "ENAPET, Memoria 1960, 9.",
    ]);
    assert_eq!(r.works.len(), 1);
    assert_eq!(cited(&r)[1], vec![cite(&r.works[0].key, Some("9"))]);
}

#[test]
fn a_short_form_printing_the_last_words_of_a_long_family_name() {
    let r = run(&[
        "Tomas Berg and Ana Lucía Prado Ortega, “Salt Works of the Coast,” Journal of Coastal History 3 (2001): 1–20.",
        "Berg and Prado Ortega, “Salt Works,” 5.",
    ]);
    assert_eq!(r.works.len(), 1);
    let k = &r.works[0].key;
    assert_eq!(cited(&r)[1], vec![cite(k, Some("5"))]);
    assert_eq!(
        person_of(&r, k, 1),
        ("Prado Ortega".into(), Some("Ana Lucía".into()))
    );
}

#[test]
fn an_edited_volume_cited_by_an_editors_family_name_of_several_words() {
    let r = run(&[
        "Iris Mota, “Ports and Guilds,” in Coasts of the South: Trade and Labour, ed. Julio Ramos de la Fuente and Ann Weld (Lima: Instituto de Estudios del Sur, 2009), 3.",
        "The other essays in Ramos de la Fuente and Weld, Coasts of the South, extend the argument.",
    ]);
    let volume = key_of(&r, "Coasts of the South: Trade and Labour");
    assert_eq!(cited(&r)[1], vec![cite(&volume, None)]);
    assert_eq!(person_of(&r, &volume, 0).0, "Ramos de la Fuente");
    let chapter = key_of(&r, "Ports and Guilds");
    let editors = &reference_of(&r, &chapter).editors;
    assert!(
        matches!(&editors[0], crate::model::Name::Person { family, .. } if family == "Ramos de la Fuente"),
        "{editors:?}"
    );
}

#[test]
fn an_institutions_report_by_the_short_title_its_note_defines() {
    let r = run(&[
        "Commission on Inland Fisheries, Report on the Lake Stocks of the Northern Provinces (Turku: Fisheries Office, 1977) (hereafter Lind Report), para. 4.",
        "Lind Report, paras. 9–11.",
    ]);
    assert_eq!(r.works.len(), 1);
    let k = key_of(&r, "Report on the Lake Stocks of the Northern Provinces");
    assert_eq!(cited(&r)[1], vec![cite(&k, Some("para. 9–11"))]);
}

#[test]
fn an_edition_cited_by_its_title_alone() {
    let r = run(&[
        "Liber de Rebus Navalibus, ed. Henrike Maas and Pietro Sola, 3 vols. (Bologna: Il Portico, 1998–2001), 2:41.",
        "Liber de Rebus Navalibus, 3:12.",
        "Briefe des Hauses Amsel, ed. Karl Wendt (Kiel: Nordverlag, 1930), no. 4; Briefe des Hauses Amsel, no. 9.",
    ]);
    assert_work_count(&r, 2);
    let liber = key_of(&r, "Liber de Rebus Navalibus");
    assert_eq!(cited(&r)[1], vec![cite(&liber, Some("3:12"))]);
    let briefe = key_of(&r, "Briefe des Hauses Amsel");
    assert_eq!(
        cited(&r)[2],
        vec![cite(&briefe, Some("no. 4")), cite(&briefe, Some("no. 9"))]
    );
}

#[test]
fn a_body_named_in_sentence_case_cited_by_its_mixed_case_acronym() {
    let r = run(&[
        "Bibliothèque municipale de Lyon, Livres d’heures: Un inventaire, exh. cat. (Lyon: BmL, 2004), 12.",
        "BmL, Livres d’heures, 30.",
    ]);
    assert_work_count(&r, 1);
    assert_eq!(cited(&r)[1].len(), 1);
    assert_eq!(cited(&r)[1][0].1.as_deref(), Some("30"));
}

#[test]
fn a_document_cited_by_its_archives_short_name_and_its_shelfmark() {
    let r = run(&[
        "“Zollbuch der Stadt,” Stadtarchiv Lindau (hereafter StAL), Urkunden 412, fol. 9v.",
        "StAL, Urkunden 412, fol. 12r.",
    ]);
    assert_work_count(&r, 1);
    assert_eq!(cited(&r)[1].len(), 1);
    assert_eq!(cited(&r)[1][0].1.as_deref(), Some("fol. 12r"));
}

/// `r` has `n` works; a failure lists their titles.
fn assert_work_count(r: &Resolved, n: usize) {
    let titles: Vec<_> = r.works.iter().map(|w| &w.reference.title).collect();
    assert_eq!(r.works.len(), n, "{titles:?}");
}

/// The references of the works, in order of first citation.
fn works_of(r: &Resolved) -> Vec<&super::reference::Reference> {
    r.works.iter().map(|w| &w.reference).collect()
}

fn institution(literal: &str) -> crate::model::Name {
    crate::model::Name::Institution {
        literal: literal.into(),
    }
}

#[test]
fn papers_of_a_parliament_end_the_title_and_are_no_pinpoint() {
    let r = run(&[
        "Report of the Committee on Fisheries Policy, Cmnd. 4471 (London: HMSO, 1970), para. 12.",
        "Ministry of Agriculture, Report of the Working Party on Hill Farms, Cm 8812 (London: HMSO, 1983), 14; Report of the Committee on Fisheries Policy, para. 30.",
        "Select Committee on Rivers, Oral Evidence: Upland Water, HC 1998–99, 412, Q 7; Charter of the Harbour Corporation, Cm 9001 (London: HMSO, 2002) (hereafter Harbour Charter), art. 4.",
        "Harbour Charter, art. 6.",
    ]);
    let fisheries = key_of(&r, "Report of the Committee on Fisheries Policy");
    let hill = key_of(&r, "Report of the Working Party on Hill Farms");
    assert_eq!(
        reference_of(&r, &fisheries).field("number"),
        Some("Cmnd. 4471")
    );
    assert_eq!(
        cited(&r)[1],
        vec![cite(&hill, Some("14")), cite(&fisheries, Some("para. 30"))]
    );
    let evidence = key_of(&r, "Oral Evidence: Upland Water");
    assert_eq!(
        reference_of(&r, &evidence).field("number"),
        Some("HC 1998–99, 412")
    );
    let charter = key_of(&r, "Charter of the Harbour Corporation");
    assert!(reference_of(&r, &charter).authors.is_empty());
    assert_eq!(cited(&r)[3], vec![cite(&charter, Some("art. 6"))]);
}

#[test]
fn letters_and_interviews_have_no_title_and_are_their_writers() {
    let r = run(&[
        "Ada Lindqvist to Olof Berg, 3 May 1921, Berg Papers, box 4, Royal Library, Stockholm.",
        "Olof Berg to Ada Lindqvist, 9 June 1921, Berg Papers, box 4.",
        "Tomas Ekholm, interview by the author, Uppsala, 4 June 2010. Ekholm worked at the mill.",
        "Ekholm, interview.",
    ]);
    let works = works_of(&r);
    assert_eq!(works.len(), 3, "{works:#?}");
    assert!(works.iter().all(|w| w.title.is_none()));
    let families: Vec<String> = works
        .iter()
        .map(|w| super::names::families(w.creators()).join(" "))
        .collect();
    assert_eq!(families, vec!["lindqvist", "berg", "ekholm"]);
    assert_eq!(works[0].csl_type, "personal_communication");
    assert_eq!(works[2].csl_type, "interview");
    assert_eq!(works[2].issued.map(|d| d.year), Some(2010));
    assert_eq!(cited(&r)[3], vec![cite(&r.works[2].key, None)]);
    assert!(r.notes[2]
        .parts
        .iter()
        .any(|p| matches!(p, Part::Prose(t) if t.contains("worked at the mill"))));
    // A document's name holding "to" before a date is no letter.
    let treaty = run(&["Convention Relating to the Shared Lakes, May 3, 1990, 12 L.T.S. 4."]);
    assert_eq!(
        treaty.works[0].reference.title.as_deref(),
        Some("Convention Relating to the Shared Lakes")
    );
}

#[test]
fn a_body_named_with_hereafter_and_signing_by_its_acronym() {
    let r = run(&[
        "Lake Fisheries Board (hereafter LFB), Final Report of the Board’s Survey of Northern Lakes, L.F. 112 (Geneva: Lake Fisheries Board, 1931), 4.",
        "LFB, Report of the Conference on Lake Trout, Held at Lucerne (Geneva: Lake Fisheries Board, 1934), 9.",
        "LFB, Final Report, 7.",
    ]);
    let works = works_of(&r);
    assert_eq!(works.len(), 2, "{works:#?}");
    assert_eq!(
        works[0].title.as_deref(),
        Some("Final Report of the Board’s Survey of Northern Lakes")
    );
    assert_eq!(works[0].authors, vec![institution("Lake Fisheries Board")]);
    assert_eq!(works[1].authors, vec![institution("Lake Fisheries Board")]);
    assert_eq!(cited(&r)[2], vec![cite(&r.works[0].key, Some("7"))]);
}

#[test]
fn states_and_colonies_as_authors_and_one_title_by_two_of_them() {
    let r = run(&[
        "Ruritania, Parliamentary Debates, 12th Parl., 2nd Sess., vol. 4 (March 2, 1950), 412 (A. Minister).",
        "Nyasa Protectorate, Annual Report on Fisheries for the Year 1930 (Zomba: Government Printer, 1931), 3; Lakeland Colony, Annual Report on Fisheries for the Year 1932 (Lakeport: Government Printer, 1933), 8.",
        "Nyasa Protectorate, Annual Report on Fisheries, 5; Lakeland Colony, Annual Report on Fisheries, 9.",
    ]);
    let works = works_of(&r);
    assert_eq!(works.len(), 3, "{works:#?}");
    assert_eq!(works[0].title.as_deref(), Some("Parliamentary Debates"));
    assert_eq!(works[0].authors, vec![institution("Ruritania")]);
    assert_eq!(works[1].authors, vec![institution("Nyasa Protectorate")]);
    assert_eq!(works[2].authors, vec![institution("Lakeland Colony")]);
    assert_eq!(
        cited(&r)[2],
        vec![
            cite(&r.works[1].key, Some("5")),
            cite(&r.works[2].key, Some("9"))
        ]
    );
}

#[test]
fn three_editors_before_a_series() {
    let r = run(&[
        "Ines Varga, “Looms and Ledgers,” in Textile Towns, ed. Maria Lenz, Pieter Van der Berg, and Anna Holm, Studies in Craft 12 (Leiden: Brill, 2015), 41–60, 45.",
    ]);
    let chapter = &r.works[0].reference;
    assert_eq!(chapter.editors.len(), 3, "{chapter:#?}");
    assert_eq!(chapter.locator.as_deref(), Some("45"));
}

#[test]
fn a_law_report_printed_series_first_and_its_short_forms() {
    let r = run(&[
        "Second Fisheries Case, BGHZ 41, 7 (1964), 12–13. The court held otherwise.",
        "BGHZ 41, 7, para. 4.",
    ]);
    assert_eq!(r.works.len(), 1, "{:#?}", works_of(&r));
    let k = key_of(&r, "Second Fisheries Case");
    assert_eq!(cited(&r)[0], vec![cite(&k, Some("12–13"))]);
    assert_eq!(cited(&r)[1], vec![cite(&k, Some("para. 4"))]);
}

#[test]
fn short_titles_defined_by_hereafter_with_a_bare_page_or_alone() {
    let r = run(&[
        "Commission on Rural Water, Clean Wells for All (Nairobi: Water Press, 1980) (hereafter Wells Report), 25.",
        "Treaty on the Shared Lakes, OJ C 12, May 3, 1990 (hereafter Lakes Treaty).",
        "Wells Report, para. 4; Lakes Treaty.",
    ]);
    let wells = key_of(&r, "Clean Wells for All");
    let lakes = key_of(&r, "Treaty on the Shared Lakes");
    assert_eq!(
        cited(&r)[2],
        vec![cite(&wells, Some("para. 4")), cite(&lakes, None)]
    );
}

#[test]
fn one_volume_of_a_work_in_several_and_a_note_on_a_page() {
    let r = run(&[
        "Ana Berg, The Age of Sail, vol. 2 of A History of Baltic Shipping (Oxford: Clarendon Press, 1971), 88; Jon Ray and Eva Holm, A Social History of Lighthouses, vol. 1, 1800–1850: Lamps and Keepers (London: Faber, 1990), 12–14.",
        "Ray and Holm, Social History of Lighthouses, 200 n. 3; Lena Moss, Harbour Lights (London: Faber, 1988), 214, n. 4.",
    ]);
    let sail = key_of(&r, "The Age of Sail");
    let lights = key_of(&r, "A Social History of Lighthouses");
    assert_eq!(reference_of(&r, &sail).field("volume"), Some("2"));
    assert_eq!(
        reference_of(&r, &sail).field("collection-title"),
        Some("A History of Baltic Shipping")
    );
    assert_eq!(
        cited(&r)[0],
        vec![cite(&sail, Some("88")), cite(&lights, Some("12–14"))]
    );
    let moss = key_of(&r, "Harbour Lights");
    assert_eq!(
        cited(&r)[1],
        vec![
            cite(&lights, Some("200 n. 3")),
            cite(&moss, Some("214, n. 4"))
        ]
    );
}

#[test]
fn bodies_with_commas_or_a_short_name_in_mixed_case_and_a_shorter_name() {
    let r = run(&[
        "Department for Farming, Fisheries and Forests (DFFF), A Future for Upland Farms, Cm 7001 (London: HMSO, 2009), 3; Office of Harbours (Ofharb), Quiet Waters: A Review (London: Ofharb, 2011), 9.",
        "DFFF, Future for Upland Farms, 5.",
        "Committee of Ministers of the Lake Council, Recommendation on Water Sharing, LC/Rec(2001)4 (Lucerne: Lake Council, 2001), para. 3.",
        "Committee of Ministers, Recommendation on Water Sharing, para. 7.",
    ]);
    let farms = key_of(&r, "A Future for Upland Farms");
    let waters = key_of(&r, "Quiet Waters: A Review");
    assert_eq!(
        reference_of(&r, &farms).authors,
        vec![institution(
            "Department for Farming, Fisheries and Forests (DFFF)"
        )]
    );
    assert_eq!(
        reference_of(&r, &waters).authors,
        vec![institution("Office of Harbours (Ofharb)")]
    );
    assert_eq!(cited(&r)[1], vec![cite(&farms, Some("5"))]);
    let rec = key_of(&r, "Recommendation on Water Sharing");
    assert_eq!(cited(&r)[3], vec![cite(&rec, Some("para. 7"))]);
}

#[test]
fn archival_documents_by_paper_number_and_by_shelfmark() {
    let r = run(&[
        "“The Cost of New Looms,” memorandum by the Treasurer, Board paper B.P.(61)12, May 1961, Mill Archives, M4/12/1.",
        "“Memorandum on Harbour Dues,” 3 May 1957, HD 12/44, HAR, fol. 3r.",
    ]);
    let looms = key_of(&r, "The Cost of New Looms");
    assert_eq!(reference_of(&r, &looms).issued.map(|d| d.year), Some(1961));
    let dues = key_of(&r, "Memorandum on Harbour Dues");
    assert_eq!(cited(&r)[1], vec![cite(&dues, Some("fol. 3r"))]);
}

#[test]
fn an_author_named_in_prose_before_a_quoted_short_title() {
    let r = run(&[
        "Lena Dahl, “Salt and Fire in Coastal Towns,” in Coastal Histories, ed. Ola Berg (Oslo: Fjord Press, 2001), 10–30, 12.",
        "As Dahl has argued in “Salt and Fire,” 20–22, the towns grew.",
    ]);
    let k = key_of(&r, "Salt and Fire in Coastal Towns");
    assert_eq!(cited(&r)[1], vec![cite(&k, Some("20–22"))]);
    assert!(r.notes[1]
        .parts
        .iter()
        .any(|p| matches!(p, Part::Prose(t) if t.contains("As Dahl has argued in"))));
}

#[test]
fn a_statute_with_its_popular_name_its_gazette_and_a_section_sign() {
    let r = run(&[
        "Federal Act on Inland Waters (Waters Act), LGBl. Nr. 112/1990, as amended, § 4(1). Later text follows.",
        "Waters Act, § 7; Tanaka Hiro, “Kaze” no bunkashi: Fune, minato, umi [A cultural history of “wind”: Ships, ports, sea] (Kyoto: Hōyū, 2001), 33.",
    ]);
    let k = key_of(&r, "Federal Act on Inland Waters (Waters Act)");
    assert_eq!(
        reference_of(&r, &k).field("number"),
        Some("LGBl. Nr. 112/1990")
    );
    assert_eq!(cited(&r)[0], vec![cite(&k, Some("sec. 4(1)"))]);
    let title = r.works[1].reference.title.clone().unwrap_or_default();
    assert!(
        title.ends_with("Kaze’ no bunkashi: Fune, minato, umi"),
        "{title}"
    );
    assert_eq!(cited(&r)[1][0], cite(&k, Some("sec. 7")));
    assert_eq!(cited(&r)[1][1].1.as_deref(), Some("33"));
}

#[test]
fn a_sentence_run_on_to_a_locator_is_no_short_title() {
    let r = run(&[
        "Lena Dahl, Salt Towns (Oslo: Fjord Press, 2001), 12.",
        "Hansen, “Salt,” 4. The “new audit” that Ola Berg introduced in 1990 was, as argued by Dahl, Salt Towns, chap. 4, less a reform than a ritual.",
    ]);
    let k = key_of(&r, "Salt Towns");
    assert!(
        cited(&r)[1].contains(&cite(&k, Some("chap. 4"))),
        "{:?}",
        cited(&r)
    );
}

#[test]
fn a_body_whose_name_lists_nouns_with_a_comma() {
    let r = run(&[
        "House of Assembly Farming, Fishing and Forests Committee, Oral Evidence: Upland Grazing, HC 2001–02, 55, Q 4.",
    ]);
    assert_eq!(
        r.works[0].reference.authors,
        vec![institution(
            "House of Assembly Farming, Fishing and Forests Committee"
        )]
    );
    assert_eq!(
        r.works[0].reference.title.as_deref(),
        Some("Oral Evidence: Upland Grazing")
    );
}
