//! Edited volumes known only through their chapters: "in Book, ed. A and B (…)" makes the
//! book a work a later short form may cite ("Jardine, Secord, and Spary, Cultures of Natural
//! History, 3–13"), and a chapter "in A, B, and C, Short Title, 287–304" is completed from it.

use super::matching::Identity;
use super::names::parse_name_list;
use super::reference::Reference;
use crate::model::Name;

/// The edited volume that holds `chapter`, as a reference of its own: its editors, title and
/// publication facts.
pub fn volume_of(chapter: &Reference) -> Option<Reference> {
    if chapter.csl_type != "chapter" || chapter.editors.is_empty() {
        return None;
    }
    let mut volume = Reference {
        csl_type: "book".into(),
        editors: chapter.editors.clone(),
        title: Some(chapter.field("container-title")?.to_string()),
        issued: chapter.issued,
        ..Reference::default()
    };
    for field in ["publisher", "publisher-place"] {
        if let Some(v) = chapter.field(field) {
            volume.fields.insert(field.into(), v.into());
        }
    }
    Some(volume)
}

/// `Jardine, Secord, and Spary, Cultures of Natural History`: a container printed as a short
/// form, as the ways to read it (the editors' names, the short title), the longest run of
/// names first: a title may hold commas too ("Ricci, Trade, Power and the Sea").
pub fn short_container(container: &str) -> Vec<(Vec<Name>, String)> {
    let mut readings: Vec<(Vec<Name>, String)> = container
        .match_indices(", ")
        .filter_map(|(i, _)| {
            let title = container[i + 2..].trim();
            if !title.starts_with(char::is_uppercase) {
                return None;
            }
            let names = parse_name_list(&container[..i], true)?.names;
            (!names.is_empty()).then(|| (names, title.to_string()))
        })
        .collect();
    readings.reverse();
    readings
}

/// A short form standing for a volume: names as the volume's creators, the short title.
pub fn short_form_identity(names: &[Name], title: &str) -> Identity {
    Identity::of_reference(&Reference {
        authors: names.to_vec(),
        title: Some(title.to_string()),
        short: true,
        ..Reference::default()
    })
}

/// Copies into `chapter` the volume it was printed in short: full title, editors, publisher.
pub fn complete_chapter(chapter: &mut Reference, volume: &Reference) {
    if let Some(title) = &volume.title {
        chapter
            .fields
            .insert("container-title".into(), title.clone());
    }
    chapter.editors = volume.creators().to_vec();
    for field in ["publisher", "publisher-place"] {
        if let (None, Some(v)) = (chapter.field(field), volume.field(field)) {
            chapter.fields.insert(field.into(), v.to_string());
        }
    }
    if chapter.issued.is_none() {
        chapter.issued = volume.issued;
    }
}

#[cfg(test)]
mod tests {
    use super::super::reference::parse_reference;
    use super::*;

    #[test]
    fn a_chapter_gives_its_volume_and_a_short_container_its_names() {
        let chapter = parse_reference("Emma C. Spary, “Economies,” in Cultures of Natural History, ed. Nicholas Jardine and James A. Secord (Cambridge: Cambridge University Press, 1996), 178–196.", false).unwrap().reference;
        let volume = volume_of(&chapter).unwrap();
        assert_eq!(volume.title.as_deref(), Some("Cultures of Natural History"));
        assert_eq!(volume.editors.len(), 2);
        let (names, title) =
            short_container("Jardine, Secord, and Spary, Cultures of Natural History")
                .into_iter()
                .next()
                .unwrap();
        assert_eq!(
            (names.len(), title.as_str()),
            (3, "Cultures of Natural History")
        );
        let id = short_form_identity(&names[..2], &title);
        assert!(id.shortens(&Identity::of_reference(&volume)));
    }
}
