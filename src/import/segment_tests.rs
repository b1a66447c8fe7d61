//! Splitting a note into prose and references: lists, references inside sentences, short
//! forms in prose, pinpoints after a semicolon.

use super::*;

fn refs(pieces: &[Piece]) -> Vec<String> {
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Reference(r, _) => r.title.clone(),
            Piece::Prose(_) => None,
        })
        .collect()
}

#[test]
fn a_list_separated_by_semicolons() {
    let p = split_note("Thomas S. Wilkins, “Russo – Chinese partnership?” Contemporary Security Policy 29, no. 2 (2008): 358–383; Kliman, Daniel M. Promising partnerships. (GMF Emerging Powers Policy Forum, 2014).", false);
    assert_eq!(
        refs(&p),
        vec!["Russo – Chinese partnership?", "Promising partnerships"]
    );
}

#[test]
fn references_embedded_in_prose() {
    let text = "Voices extend and include Charles A. Kupchan, “After Pax Americana.” in The New World Order. (London: Palgrave, 2000). 134–166, Adrian Hyde-Price, European security in the twenty-first century. (Routledge, 2007), and Barry R. Posen, “Emerging multipolarity: why should we care?” Current history 108, no. 721 (2009): 347–352, to the more recent.";
    let p = split_note(text, false);
    assert_eq!(
        refs(&p),
        vec![
            "After Pax Americana",
            "European security in the twenty-first century",
            "Emerging multipolarity: why should we care?"
        ]
    );
    assert_eq!(p[0], Piece::Prose("Voices extend and include ".into()));
    assert_eq!(
        p.last(),
        Some(&Piece::Prose(", to the more recent.".into()))
    );
}

#[test]
fn quotations_in_prose_are_not_titles() {
    let text = "concepts such as “memberness” in Stephanie C. Hofmann et al. “Porous boundaries.” European Journal of International Relations (2023).";
    let p = split_note(text, false);
    assert_eq!(refs(&p), vec!["Porous boundaries"]);
}

#[test]
fn a_page_after_a_semicolon_is_a_pinpoint() {
    let p = split_note("Prashanth Parameswaran, “Explaining US partnerships.” Contemporary Southeast Asia (2014); 265.", false);
    match &p[0] {
        Piece::Reference(r, _) => assert_eq!(r.locator.as_deref(), Some("265")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_phrase_of_prose_set_off_by_commas_is_no_family_name() {
    let p = split_note("Compare Hugo Brandt, Salt Roads (Leipzig: Nordverlag, 1991), 4; and, for Norway, Ingrid Dahl, The Fishing Villages of Lofoten (Bergen: Fjell Press, 1987), 10–14.", false);
    assert_eq!(
        refs(&p),
        vec!["Salt Roads", "The Fishing Villages of Lofoten"]
    );
    let dahl = p.iter().find_map(|p| match p {
        Piece::Reference(r, _) if r.title.as_deref() == Some("The Fishing Villages of Lofoten") => {
            Some(r.authors.clone())
        }
        _ => None,
    });
    assert_eq!(
        dahl,
        Some(vec![crate::model::Name::Person {
            family: "Dahl".into(),
            given: Some("Ingrid".into()),
            particle: None,
            suffix: None
        }])
    );
}

#[test]
fn a_plain_short_title_in_prose_ends_where_the_sentence_goes_on() {
    let p = split_note(
        "The other essays in Ruiz and Weld, Coasts of the South, extend the argument to the north.",
        false,
    );
    assert_eq!(refs(&p), vec!["Coasts of the South"]);
    assert_eq!(
        p.last(),
        Some(&Piece::Prose(", extend the argument to the north.".into()))
    );
}

#[test]
fn a_despatch_from_sender_to_recipient_is_the_senders() {
    for (text, sender) in [
        ("British Embassy Lima to Foreign Office, “Dock Strike at Callao,” despatch 88, May 3, 1962, FO 371/162, National Archives, Kew.", "British Embassy Lima"),
        ("Harold Finch to Mary Lowe, “The Harbour Board,” letter, June 2, 1931, Finch Papers, box 4.", "Harold Finch"),
    ] {
        let p = split_note(text, false);
        let Some(Piece::Reference(r, source)) = p.first() else {
            panic!("{p:?}")
        };
        assert!(source.starts_with(sender), "{source}");
        assert_eq!(r.authors.len(), 1, "{:?}", r.authors);
        assert_eq!(
            crate::import::names::families(&r.authors),
            crate::import::names::families(&parse_name_list(sender, false).unwrap().names)
        );
    }
}

#[test]
fn a_span_of_years_ending_a_books_title_after_prose() {
    let text = "and, on the guilds that the reform was meant to curb, Ada Lindqvist, Weaving Rules: Guilds and the Cloth Trade in Early Modern Sweden, 1620–1718 (Uppsala: Nordic Press, 2011), 44.";
    let p = split_note(text, false);
    let Some(Piece::Reference(r, _)) = p.iter().find(|p| matches!(p, Piece::Reference(..))) else {
        panic!("{p:?}")
    };
    assert_eq!(
        r.title.as_deref(),
        Some("Weaving Rules: Guilds and the Cloth Trade in Early Modern Sweden, 1620–1718")
    );
    assert_eq!(r.authors.len(), 1, "{:?}", r.authors);
    assert!(
        format!("{:?}", r.authors[0]).contains("Lindqvist"),
        "{:?}",
        r.authors
    );
}

#[test]
fn a_full_reference_after_lower_case_prose() {
    let text = "The best guides to the subject are Mira Holt, Salt and Empire: The Northern Trade (Leeds: Fen Press, 2004); and Otto Lang and Ivo Ruud, Salt Roads (Bern: Alpen, 1999), 3.";
    let p = split_note(text, false);
    assert_eq!(
        refs(&p),
        vec!["Salt and Empire: The Northern Trade", "Salt Roads"]
    );
    assert_eq!(
        p[0],
        Piece::Prose("The best guides to the subject are ".into())
    );
    // After a list item's own "and", the names up to the list's closing "and" are authors.
    let text = "Mira Holt, Salt (Leeds: Fen Press, 2004); and Ida Berg, Ole J. K. Dahl, and Ivo Ruud, Salt Roads (Bern: Alpen, 1999), 3.";
    let p = split_note(text, false);
    match &p[2] {
        Piece::Reference(r, _) => assert_eq!(r.authors.len(), 3, "{:?}", r.authors),
        other => panic!("{other:?}"),
    }
}
