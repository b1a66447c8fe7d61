//! Reading names: lists, et al., family-first orders (capitals, Korean, Pinyin), particles,
//! institutions.

use super::*;

fn person(family: &str, given: Option<&str>) -> Name {
    Name::Person {
        family: family.into(),
        given: given.map(Into::into),
        particle: None,
        suffix: None,
    }
}

fn names(text: &str) -> Vec<Name> {
    parse_name_list(text, true).unwrap().names
}

#[test]
fn lists_with_and_commas_and_et_al() {
    assert_eq!(
        names("Stephen G. Brooks and William C. Wohlforth"),
        vec![
            person("Brooks", Some("Stephen G.")),
            person("Wohlforth", Some("William C."))
        ]
    );
    assert_eq!(names("Barry Buzan, Ole Wæver, and Jaap De Wilde").len(), 3);
    assert_eq!(
        names("Barry Buzan, Ole Wæver, and Jaap De Wilde")[2],
        person("De Wilde", Some("Jaap"))
    );
    let l = parse_name_list("Eric Kim et al.", false).unwrap();
    assert!(l.et_al);
    assert_eq!(l.names, vec![person("Kim", Some("Eric"))]);
    let l = parse_name_list("Jason Blessing and Rakel Tiderman, eds.", false).unwrap();
    assert!(l.editors);
}

#[test]
fn inverted_particles_and_family_first() {
    assert_eq!(
        names("Kliman, Daniel M."),
        vec![person("Kliman", Some("Daniel M."))]
    );
    assert_eq!(
        names("Garlick, Jeremy."),
        vec![person("Garlick", Some("Jeremy"))]
    );
    assert_eq!(
        names("Anna van der Berg"),
        vec![person("van der Berg", Some("Anna"))]
    );
    assert_eq!(
        names("Philippe Le Corre"),
        vec![person("Le Corre", Some("Philippe"))]
    );
    assert_eq!(names("Lee Haye-ah"), vec![person("Lee", Some("Haye-ah"))]);
    assert_eq!(
        names("Soo-hyang Choi"),
        vec![person("Choi", Some("Soo-hyang"))]
    );
    assert_eq!(
        names("TANAKA Hiroshi"),
        vec![person("Tanaka", Some("Hiroshi"))]
    );
    assert_eq!(
        names("H. D. P. Envall"),
        vec![person("Envall", Some("H. D. P."))]
    );
    assert_eq!(
        names("Aronsson and Swaney"),
        vec![person("Aronsson", None), person("Swaney", None)]
    );
}

#[test]
fn institutions() {
    for text in [
        "NATO",
        "Ministry of Foreign Affairs of Japan",
        "Yonhap News Agency",
        "AAP",
        "Ministry of Foreign Affairs of the Republic of Korea",
        "International Institute for Strategic Studies",
    ] {
        assert!(names(text)[0].is_institution(), "{text}");
    }
    assert_eq!(
        names("Official Website of the New Zealand Government"),
        vec![Name::Institution {
            literal: "New Zealand Government".into()
        }]
    );
}

#[test]
fn prose_is_not_a_name_list() {
    for text in [
        "For some of the most prominent voices",
        "see for instance",
        "Strategic partnerships in Asia",
        "The end",
    ] {
        assert!(parse_name_list(text, true).is_none(), "{text}");
    }
    assert!(parse_name_list("Nadkarni", false).is_none());
}

#[test]
fn pinyin_names_in_their_own_order() {
    assert_eq!(names("Li Keqiang"), vec![person("Li", Some("Keqiang"))]);
    assert_eq!(names("Jianwei Xu"), vec![person("Xu", Some("Jianwei"))]);
    assert_eq!(
        names("Chen Chunming, He Wu, and Chang Suying")[1],
        person("He", Some("Wu"))
    );
    assert_eq!(
        names("Zhongping Feng and Jing Huang")[1],
        person("Huang", Some("Jing"))
    );
}

#[test]
fn an_office_in_parentheses_after_a_name_is_no_name() {
    let l = parse_name_list("Tomas Lind (Special Adviser on Lakes)", false).unwrap();
    assert_eq!(l.names, vec![person("Lind", Some("Tomas"))]);
    assert!(
        l.unsure.iter().any(|u| u.contains("office")),
        "{:?}",
        l.unsure
    );
}

#[test]
fn a_numbered_document_is_no_institution() {
    assert!(parse_institution("Lake Authority of Ruritania").is_some());
    assert!(parse_institution("Rules on Lake Fishing No. 3").is_none());
    // A place after a comma stays part of the institution's name.
    assert!(parse_institution("University of Ruritania, Northport").is_some());
}

#[test]
fn particles_inside_a_name_open_its_family_name() {
    let p = |text: &str| parse_person(text).unwrap().0;
    assert_eq!(
        p("Inés de la Vega Rojas"),
        person("de la Vega Rojas", Some("Inés"))
    );
    assert_eq!(p("Tomás Arce y Luna"), person("Arce y Luna", Some("Tomás")));
    assert_eq!(p("Paulo dos Reis"), person("dos Reis", Some("Paulo")));
    assert_eq!(p("Rui da Costa"), person("da Costa", Some("Rui")));
    // Printed alone, a lower-case particle opens the family name.
    assert_eq!(p("de la Vega Rojas"), person("de la Vega Rojas", None));
}

#[test]
fn a_co_author_with_whom_a_book_was_written() {
    assert_eq!(
        names("Teodora Quintal Mendes with Hanna Lindgren"),
        vec![
            person("Mendes", Some("Teodora Quintal")),
            person("Lindgren", Some("Hanna"))
        ]
    );
    // "with" inside a title joins single words, not names.
    assert!(parse_name_list("Living with Rivers", false).is_none());
}

#[test]
fn spanish_and_portuguese_institutions_are_no_persons() {
    for text in [
        "Confederación de Pescadores del Sur",
        "Corporación Eléctrica de Nicaragua",
        "Comissão Pastoral da Terra",
        "Federación Sindical de Trabajadores Portuarios de Colombia",
        "Comisión Nacional para el Agua Potable",
    ] {
        assert!(names(text)[0].is_institution(), "{text}: {:?}", names(text));
    }
}

#[test]
fn elided_particles_with_an_apostrophe() {
    // History of chemistry: the Dutch `’t` printed as a word of its own.
    assert_eq!(
        names("Jacobus van ’t Hoff and Anna Berg"),
        vec![
            person("van ’t Hoff", Some("Jacobus")),
            person("Berg", Some("Anna"))
        ]
    );
    // Musicology and Italian literature: `d’`, `dell’` joined to the family name.
    assert_eq!(
        names("Vincent d’Indy"),
        vec![person("d’Indy", Some("Vincent"))]
    );
    assert_eq!(
        names("Lucia dell’Acqua and Marco Rossi")[0],
        person("dell’Acqua", Some("Lucia"))
    );
    // Printed alone in a short form.
    assert_eq!(names("van ’t Hoff")[0], person("van ’t Hoff", None));
}

#[test]
fn german_compound_nouns_of_bodies_are_institutions() {
    let inst = |t: &str| {
        matches!(
            parse_institution(t),
            Some(crate::model::Name::Institution { .. })
        )
    };
    assert!(inst("Sächsische Landeszentralbank"));
    assert!(inst("Oberlandesgericht"));
    assert!(inst("Bayerisches Hauptstaatsarchiv"));
    assert!(names("Hessisches Landgericht")
        .iter()
        .all(|n| n.is_institution()));
    // Family names that end like such nouns stay persons.
    assert!(parse_institution("John Fairbank").is_none());
    assert!(parse_institution("Fairbank").is_none());
    assert!(parse_institution("Eubank").is_none());
}

#[test]
fn and_between_adjectives_stays_inside_an_institutions_name() {
    let n = names("Commission for the Study of Agricultural and Customs Union");
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0].is_institution());
    // Two institutions are still two.
    let two = names("Lake Authority of Ruritania and Northport Harbour Board");
    assert_eq!(two.len(), 2, "{two:?}");
}

#[test]
fn a_document_headed_by_a_documents_noun_is_no_institution() {
    assert!(parse_institution("Revised Charter of the Lake Fisheries Union").is_none());
    assert!(
        parse_institution("Consolidated Version of the Statute of the Harbour Court").is_none()
    );
    // A body whose own name holds such a noun stays one.
    assert!(parse_institution("Baltic Treaty Organization").is_some());
    assert!(parse_institution("Secretariat of the Alpine Convention").is_some());
}

#[test]
fn bodies_named_in_sentence_case_and_mixed_case_acronyms() {
    assert!(parse_institution("Archivio centrale dello Stato").is_some());
    assert!(parse_institution("Bibliothèque municipale de Lyon").is_some());
    // A sentence-case title opened by such a noun is no body.
    assert!(parse_institution("Banca e credito nel Medioevo").is_none());
    // `DfE`, `CoE`: capitals with small letters inside, ending in a capital.
    assert!(parse_institution("DfE").is_some());
    assert!(parse_institution("McCain").is_none());
}
