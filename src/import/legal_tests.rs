//! Round 3 of issue 13 on invented legal notes: cases with initials and markers, documents
//! whose titles open with a labelled number, short titles a note defines, institutions in
//! prose and their shorter names, columns and sections, unsigned editorials, quotations.

use super::{cite, cited, key_of, reference_of, run};

#[test]
fn cases_with_initials_markers_and_a_neutral_citation_and_their_short_forms() {
    let r = run(&[
        "K.L. and M.N. v. Ruritania [GC], nos. 1234/19 and 1235/19 (March 3, 2021), paras. 40–42.",
        "On the “fair share” test, see again K.L. and M.N. v. Ruritania [GC], nos. 1234/19 and 1235/19 (March 3, 2021), para. 50.",
        "R (Smith and Others) v. Minister for Harbours [2019] UKSC 3, para. 8; Smith, para. 9.",
        "K.L. and M.N., para. 61; Case C-12/34, Harbour Board v. Freedonia, ECLI:EU:C:2019:1 (May 2, 2019), para. 7.",
    ]);
    let kl = key_of(&r, "K.L. and M.N. v. Ruritania");
    let smith = key_of(&r, "R (Smith and Others) v. Minister for Harbours");
    let board = key_of(&r, "Harbour Board v. Freedonia");
    assert_eq!(r.works.len(), 3);
    assert_eq!(cited(&r)[1], vec![cite(&kl, Some("para. 50"))]);
    assert_eq!(
        cited(&r)[2],
        vec![cite(&smith, Some("para. 8")), cite(&smith, Some("para. 9"))]
    );
    assert_eq!(
        cited(&r)[3],
        vec![cite(&kl, Some("para. 61")), cite(&board, Some("para. 7"))]
    );
    let case = reference_of(&r, &kl);
    assert_eq!(case.csl_type, "legal_case");
}

#[test]
fn labelled_numbers_in_titles_and_short_titles_defined_by_the_note() {
    let r = run(&[
        "Protocol No. 7 to the Convention on Rivers, Concerning Bridges, May 4, 1970, RTS No. 12, art. 3; Pact on the Status of Boatmen, July 1, 1960, 99 U.N.T.S. 10 (hereafter Boatmen Pact), art. 2.",
        "See Boatmen Pact, art. 5; Protocol No. 7, art. 4.",
    ]);
    let protocol = key_of(
        &r,
        "Protocol No. 7 to the Convention on Rivers, Concerning Bridges",
    );
    let pact = key_of(&r, "Pact on the Status of Boatmen");
    assert!(r.works.iter().all(|w| w.reference.authors.is_empty()));
    assert_eq!(
        cited(&r)[1],
        vec![cite(&pact, Some("art. 5")), cite(&protocol, Some("art. 4"))]
    );
}

#[test]
fn institutions_in_prose_by_their_whole_name_later_by_a_shorter_one_or_an_acronym() {
    let r = run(&[
        "Critics said so at once: Council of Ruritania Commissioner for Bridges, Crossing Points (Ruritown: Council of Ruritania, 2020), 5.",
        "Commissioner for Bridges, Crossing Points, 9; UN Committee against Flooding, General Comment No. 3 (2019) on Article 2 of the Pact, RIV/C/GC/3 (May 1, 2019), para. 4.",
        "Committee against Flooding, General Comment No. 3, para. 6; Office of the United Nations High Commissioner for Bridges, Principles on Crossings (Geneva: OHCB, 2014), 8.",
        "OUNHCB, Principles on Crossings, 9. See also OHCB, Principles on Crossings, 10.",
    ]);
    let crossing = key_of(&r, "Crossing Points");
    let comment = key_of(&r, "General Comment No. 3 (2019) on Article 2 of the Pact");
    let principles = key_of(&r, "Principles on Crossings");
    assert_eq!(
        r.works.len(),
        3,
        "{:?}",
        r.works.iter().map(|w| &w.key).collect::<Vec<_>>()
    );
    assert_eq!(cited(&r)[1][0], cite(&crossing, Some("9")));
    assert_eq!(cited(&r)[2][0], cite(&comment, Some("para. 6")));
    assert_eq!(
        cited(&r)[3],
        vec![cite(&principles, Some("9")), cite(&principles, Some("10"))]
    );
    let w = reference_of(&r, &crossing);
    assert_eq!(
        w.authors,
        vec![crate::model::Name::Institution {
            literal: "Council of Ruritania Commissioner for Bridges".into()
        }]
    );
}

#[test]
fn statutes_debates_editorials_and_quotations_in_prose() {
    let r = run(&[
        "Harbour Safety Act 2019, c. 12, s. 4(2). The minister called it the only way to “keep the quays open”: House of Lords, “Harbour Safety Bill,” Hansard, vol. 700, May 2, 2019, col. 33.",
        "“A Quay Too Far,” editorial, Daily Courier, June 3, 2019; House of Lords, “Harbour Safety Bill,” col. 35; Harbour Safety Act 2019, s. 6.",
    ]);
    let act = key_of(&r, "Harbour Safety Act 2019");
    let debate = key_of(&r, "Harbour Safety Bill");
    let editorial = key_of(&r, "A Quay Too Far");
    assert_eq!(
        r.works.len(),
        3,
        "{:?}",
        r.works.iter().map(|w| &w.key).collect::<Vec<_>>()
    );
    assert_eq!(
        cited(&r)[0],
        vec![
            cite(&act, Some("sec. 4(2)")),
            cite(&debate, Some("col. 33"))
        ]
    );
    assert_eq!(
        cited(&r)[1],
        vec![
            cite(&editorial, None),
            cite(&debate, Some("col. 35")),
            cite(&act, Some("sec. 6"))
        ]
    );
    let e = reference_of(&r, &editorial);
    assert!(e.authors.is_empty());
    assert_eq!(e.field("genre"), Some("Editorial"));
}
#[test]
fn offices_numbered_guidelines_and_short_forms_after_lead_ins_in_prose() {
    let r = run(&[
        "Ana Ruiz Soto (Special Envoy for Rivers), Report on Shared Basins, UN Doc. A/RIV/12/3 (May 1, 2020), para. 4.",
        "Ibid., para. 6; RBO, Guidelines on River Protection No. 2: “Upstream Dams” within the Context of Article 3(2) of the Basin Pact, RBO/GRP/02/01 (June 1, 2002), para. 7.",
        "On whether a “fair share” can be read into the pact at all, see RBO, Guidelines on River Protection No. 2, para. 9. On this point see also RBO, Guidelines on River Protection No. 2, para. 10, and, for the envoy, Ruiz Soto, Report on Shared Basins, para. 11.",
    ]);
    let report = key_of(&r, "Report on Shared Basins");
    let guidelines = key_of(
        &r,
        "Guidelines on River Protection No. 2: “Upstream Dams” within the Context of Article 3(2) of the Basin Pact",
    );
    assert_eq!(r.works.len(), 2);
    assert_eq!(cited(&r)[1][0], cite(&report, Some("para. 6")));
    assert_eq!(
        cited(&r)[2],
        vec![
            cite(&guidelines, Some("para. 9")),
            cite(&guidelines, Some("para. 10")),
            cite(&report, Some("para. 11"))
        ]
    );
    let w = reference_of(&r, &guidelines);
    assert_eq!(
        w.authors,
        vec![crate::model::Name::Institution {
            literal: "RBO".into()
        }]
    );
}

#[test]
fn a_family_name_of_two_words_read_from_its_short_form() {
    let r = run(&[
        "Lucía Vera Campos, Ríos compartidos (Quito: Editorial Andina, 2008), 14.",
        "Vera Campos, Ríos compartidos, 20; and, later, Vera Campos, Ríos compartidos, 31.",
    ]);
    assert_eq!(r.works.len(), 1);
    let w = &r.works[0];
    assert_eq!(
        w.reference.authors,
        vec![crate::model::Name::Person {
            family: "Vera Campos".into(),
            given: Some("Lucía".into()),
            particle: None,
            suffix: None
        }]
    );
    assert_eq!(
        cited(&r)[1],
        vec![cite(&w.key, Some("20")), cite(&w.key, Some("31"))]
    );
}

#[test]
fn an_unsigned_short_title_after_a_lead_in_needs_a_labelled_locator() {
    let r = run(&[
        "Convention on Lake Fishing, March 2, 1981, 77 RTS 5, art. 1.",
        "Whether a quota binds at all is doubtful, see Convention on Lake Fishing, art. 4.",
        "Nobody thought so, see Northport Harbour.",
    ]);
    let pact = key_of(&r, "Convention on Lake Fishing");
    assert_eq!(cited(&r)[1], vec![cite(&pact, Some("art. 4"))]);
    assert!(cited(&r)[2].is_empty());
}

#[test]
fn a_treaty_in_capitalised_words_before_its_date_is_a_title_not_a_name() {
    let r = run(&[
        "Lake Fishing Pact, March 2, 1981, 77 RTS 5, art. 1.",
        "Whether a quota binds at all is doubtful, see Lake Fishing Pact, art. 4.",
    ]);
    let pact = key_of(&r, "Lake Fishing Pact");
    assert!(r.works[0].reference.authors.is_empty());
    assert_eq!(cited(&r)[1], vec![cite(&pact, Some("art. 4"))]);
}

#[test]
fn a_treaty_cited_later_by_its_popular_name() {
    let r = run(&[
        "Convention Relating to the Status of Boatmen, July 1, 1960, 99 U.N.T.S. 10, art. 1.",
        "Boatmen Convention, art. 2; Archivo Municipal de Tumbes, Fondo Pesca, legajo 4, expediente 9.",
    ]);
    let convention = key_of(&r, "Convention Relating to the Status of Boatmen");
    assert_eq!(cited(&r)[1][0], cite(&convention, Some("art. 2")));
    let archive = &r
        .works
        .iter()
        .find(|w| w.key != convention)
        .unwrap()
        .reference;
    assert_eq!(archive.field("number"), Some("leg. 4, exp. 9"));
}
