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
    assert_eq!(
        r.works.len(),
        2,
        "{:?}",
        r.works
            .iter()
            .map(|w| &w.reference.title)
            .collect::<Vec<_>>()
    );
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
    assert_eq!(
        r.works.len(),
        1,
        "{:?}",
        r.works
            .iter()
            .map(|w| &w.reference.title)
            .collect::<Vec<_>>()
    );
    assert_eq!(cited(&r)[1].len(), 1);
    assert_eq!(cited(&r)[1][0].1.as_deref(), Some("30"));
}

#[test]
fn a_document_cited_by_its_archives_short_name_and_its_shelfmark() {
    let r = run(&[
        "“Zollbuch der Stadt,” Stadtarchiv Lindau (hereafter StAL), Urkunden 412, fol. 9v.",
        "StAL, Urkunden 412, fol. 12r.",
    ]);
    assert_eq!(
        r.works.len(),
        1,
        "{:?}",
        r.works
            .iter()
            .map(|w| &w.reference.title)
            .collect::<Vec<_>>()
    );
    assert_eq!(cited(&r)[1].len(), 1);
    assert_eq!(cited(&r)[1][0].1.as_deref(), Some("fol. 12r"));
}
