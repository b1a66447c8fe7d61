//! The names before a plain title, as Chicago prints them: "A, B, and C, Title", "Family,
//! Given. Title", "Institution, Title", "Family, Short Title". A comma piece is a name only
//! on the way to the list's closing "and" (or in a long list), so a title's inner commas do
//! not make names ("Olsen, Two Rivers, One Plan? …").

use super::names::{is_initial, parse_institution, parse_name_list, NameList};
use super::scan::split_top_level;
use crate::model::Name;

/// What follows the names of a volume's editors (compilers, coordinators, organisers in
/// Spanish and Portuguese), longest first.
#[rustfmt::skip]
const EDITOR_MARKS: [&str; 17] = [
    "eds. ", "ed. ", "(eds.) ", "eds.", "ed.", "comps. ", "comp. ", "comps.", "comp.",
    "coords. ", "coord. ", "coords.", "coord.", "orgs. ", "org. ", "orgs.", "org.",
];

/// Leading comma-separated pieces that are names; where the title starts.
pub fn split_names_and_title(text: &str) -> (NameList, usize) {
    let pieces = split_top_level(text, ',');
    if let Some(found) = institution_across_commas(text, &pieces) {
        return found;
    }
    let mut names_end = 0;
    let mut title_start = 0;
    for (n, &(start, end)) in pieces.iter().enumerate() {
        let piece = &text[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        let bare = trimmed.trim_start_matches("and ").trim_start_matches("& ");
        if let Some(after) = EDITOR_MARKS.iter().find_map(|m| bare.strip_prefix(m)) {
            // `Title of an Edition, ed. Given Family and Given Family, …`: "ed." before full
            // names is "edited by", which follows a title: the pieces before it are that
            // title, not names ("Chronica Maior, ed. Henry Luard").
            if n > 0 && trimmed.len() == bare.len() && edited_by_full_names(after) {
                return (NameList::default(), 0);
            }
            names_end = start + lead + (bare.len() - after.len()).min(trimmed.len());
            title_start = start + lead + trimmed.len() - after.len();
            // `eds., Title`: the title is the next piece.
            if after.trim().is_empty() {
                if let Some(&(next, next_end)) = pieces.get(n + 1) {
                    let piece = &text[next..next_end];
                    title_start = next + (piece.len() - piece.trim_start().len());
                }
            }
            break;
        }
        // The name after "and" closes the list: what follows is the title.
        // (A list item's own leading "and", `…; and A, B, and C, Title`, closes nothing.)
        let closed = n > 1 && {
            let before = text[pieces[n - 1].0..pieces[n - 1].1].trim_start();
            before.starts_with("and ") || before.starts_with("& ")
        };
        // "et al." closes a list of names too: `Lund et al., One Sea, One Law, 4`.
        let after_et_al = n > 0
            && text[pieces[n - 1].0..pieces[n - 1].1]
                .trim_end()
                .ends_with("et al.");
        if (closed || after_et_al)
            && names_end > 0
            && !bare.starts_with("eds")
            && !bare.starts_with("ed.")
        {
            title_start = start + lead;
            break;
        }
        let first_piece = n == 0;
        let single = bare.split_whitespace().count() == 1;
        let joined_by_and = bare.len() != trimmed.len() || bare.contains(" and ");
        let institution = parse_institution(bare).is_some();
        // After a lone family name ("Carson, Silent Spring"), only "and" adds a name.
        // (Chicago's serial comma: "Baird, McIntosh, and Özler", but "Sen, Poverty and Famines".)
        let after_lone_family =
            n > 0 && text[pieces[0].0..pieces[0].1].split_whitespace().count() == 1;
        let joined_by_and = if after_lone_family {
            bare.len() != trimmed.len()
        } else {
            joined_by_and
        };
        let inverted = given_after_family(&pieces, n, text);
        // Chicago joins a list of names with "and" before the last one: a later comma piece
        // is a name only on the way to that "and" ("Olsen, Two Rivers, One Plan?" is a title).
        let in_list =
            first_piece || joined_by_and || inverted || n >= 2 || and_follows(&pieces, n, text);
        // "and" inside a later piece joins family names alone only in a short form's list
        // ("Baird, McIntosh, and Özler"); after a full name it is a title's ("Cash and Care").
        let leading_and = bare.len() != trimmed.len() || after_lone_family;
        // Family names alone, as short forms list them: "Van den Bold, Quisumbing, and Gillespie".
        let family_list = single && and_follows(&pieces, n, text);
        let is_name = (institution
            || parse_name_list(bare, first_piece || leading_and || family_list).is_some())
            && (!single || first_piece || joined_by_and || inverted || family_list)
            && (!after_lone_family || joined_by_and || family_list)
            && (institution || in_list)
            // After people, a piece like an institution is a title ("Report of the Group").
            && !(institution && n > 0 && !institutions_only(&text[..names_end]));
        // An institution signs alone: what follows it is the title.
        if n > 0
            && (institution_before(&pieces[..n], text) || institutions_only(&text[..names_end]))
        {
            title_start = start + lead;
            break;
        }
        if is_name {
            names_end = end;
            continue;
        }
        // `Names. Title`: a name, a full stop, the title.
        let lone_family_before =
            n == 1 && names_end > 0 && text[..names_end].split_whitespace().count() == 1;
        if let Some((name_len, title_at)) = name_then_full_stop(bare, lone_family_before) {
            let base = start + lead + (trimmed.len() - bare.len());
            names_end = base + name_len;
            title_start = base + title_at;
        } else {
            title_start = start + lead;
        }
        break;
    }
    if names_end == 0 {
        return (NameList::default(), 0);
    }
    match parse_name_list(&text[..names_end], true) {
        Some(list) if title_start > 0 => (list, title_start),
        _ => (NameList::default(), 0),
    }
}

/// `Department of Rivers, Lakes and Canals (DRLC), Title`: an institution's name with commas
/// inside, closed by the acronym its words spell, signs the work; the title follows.
fn institution_across_commas(text: &str, pieces: &[(usize, usize)]) -> Option<(NameList, usize)> {
    // `Ministry of Fisheries, Lakes and Rivers Board, Title`: two bodies are joined by "and";
    // an institution's piece after another's, with the "and" of its own list of nouns inside
    // ("Lakes and Rivers Board"), goes on the same name.
    if let [(a, _), (b, b_end), (next, next_end), ..] = pieces[..] {
        let second = text[b..b_end].trim();
        let joined = !second.starts_with("and ")
            && !second.starts_with("& ")
            && second.contains(" and ")
            && parse_institution(text[a..b_end].split(',').next().unwrap_or("")).is_some()
            && parse_institution(second).is_some()
            && second
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || w == "and" || w == "&");
        if joined {
            let piece = &text[next..next_end];
            let list = NameList {
                names: vec![Name::Institution {
                    literal: text[a..b_end].trim().to_string(),
                }],
                ..NameList::default()
            };
            return Some((list, next + (piece.len() - piece.trim_start().len())));
        }
    }
    for k in (1..pieces.len().min(5)).rev() {
        let head = text[..pieces[k].1].trim();
        let Some(open) = head.rfind(" (").filter(|_| head.ends_with(')')) else {
            continue;
        };
        let acronym = &head[open + 2..head.len() - 1];
        let name = &head[..open];
        if !name.contains(',')
            || !super::institutions::is_acronym(acronym)
            || !super::institutions::spells(acronym, name)
            || parse_institution(name).is_none()
        {
            continue;
        }
        let &(next, next_end) = pieces.get(k + 1)?;
        let piece = &text[next..next_end];
        let list = NameList {
            names: vec![Name::Institution {
                literal: head.to_string(),
            }],
            ..NameList::default()
        };
        return Some((list, next + (piece.len() - piece.trim_start().len())));
    }
    None
}

/// `Kliman, Daniel M.`: a one-word piece followed by given names.
fn given_after_family(pieces: &[(usize, usize)], n: usize, text: &str) -> bool {
    n == 1
        && pieces[0].1 - pieces[0].0 > 0
        && text[pieces[0].0..pieces[0].1].split_whitespace().count() == 1
        && parse_institution(&text[pieces[0].0..pieces[0].1]).is_none()
        && pieces.len() > 2
}

/// Whether the comma pieces after `n` reach an "and" (or "eds.", "et al.") through names
/// only, or are a name too: long lists of authors sometimes drop the "and".
fn and_follows(pieces: &[(usize, usize)], n: usize, text: &str) -> bool {
    for (i, &(a, b)) in pieces[n + 1..].iter().enumerate() {
        let piece = text[a..b].trim();
        if let Some(after) = ["eds.", "ed."].iter().find_map(|m| piece.strip_prefix(m)) {
            // `Title, ed. A and B`: "ed." before full names is "edited by", which follows a
            // title; the list of authors never reached its "and".
            let edited_by = parse_name_list(after.trim(), false)
                .is_some_and(|l| !l.names.iter().any(Name::is_institution));
            return !edited_by;
        }
        if piece.starts_with("et al") {
            return true;
        }
        if let Some(last) = piece.strip_prefix("and ").or(piece.strip_prefix("& ")) {
            // The last name, alone or before a full stop and the title ("and C. Title").
            return parse_name_list(last, true).is_some()
                || name_then_full_stop(last, false).is_some();
        }
        // A title that looks like an institution ("Report of the Study Group") ends the list.
        let person = parse_name_list(piece, false)
            .is_some_and(|l| !l.names.iter().any(Name::is_institution));
        if !person {
            return i > 0;
        }
    }
    false
}

/// `ed. Germaine Lunel and Otto Brandt`: names after "ed." that are all persons printed in
/// full (a given name and a family name each).
fn edited_by_full_names(after: &str) -> bool {
    // (`ed. Karl Wendt (Kiel: …)`: the names end at the publication facts.)
    let after = after.split(" (").next().unwrap_or(after).trim();
    !after.is_empty()
        && after.starts_with(char::is_uppercase)
        && parse_name_list(after, false).is_some_and(|l| {
            !l.names.is_empty()
                && l.names
                    .iter()
                    .all(|n| matches!(n, Name::Person { given: Some(_), .. }))
        })
}

/// Names read so far that are all institutions ("NIPORT and ICF").
fn institutions_only(names: &str) -> bool {
    parse_name_list(names, true)
        .is_some_and(|l| !l.names.is_empty() && l.names.iter().all(Name::is_institution))
}

fn institution_before(pieces: &[(usize, usize)], text: &str) -> bool {
    pieces
        .iter()
        .any(|&(a, b)| parse_institution(&text[a..b]).is_some())
}

/// `Daniel M. Promising partnerships` → the length of `Daniel M.` (a name before `. `) and
/// where the title starts. One word is a name only as the given name after a lone family name.
pub fn name_then_full_stop(piece: &str, lone_family_before: bool) -> Option<(usize, usize)> {
    for (i, _) in piece.match_indices(". ") {
        let head = &piece[..i + 1];
        let next_word = piece[i + 2..].split_whitespace().next().unwrap_or("");
        // `Protocol No. 4 to …`: a full stop before a number ends an abbreviation, not a name.
        if is_initial(next_word) || next_word.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let candidate = if head.split_whitespace().last().is_some_and(is_initial) {
            head
        } else {
            &piece[..i]
        };
        let words: Vec<&str> = candidate.split_whitespace().collect();
        let given_names = lone_family_before
            && words.len() <= 3
            && words
                .iter()
                .all(|w| super::names::is_name_word(w) || is_initial(w));
        if given_names
            || ((words.len() >= 2 || parse_institution(candidate).is_some())
                && parse_name_list(candidate, true).is_some())
        {
            return Some((candidate.len(), i + 2));
        }
    }
    None
}
