//! A note split into prose and references: lists of references separated by semicolons,
//! references embedded in prose ("see for instance, A, “T,” J 1 (2000); B …, and C …"),
//! a bare page after a semicolon as the pinpoint of the reference before it.

use super::names::{is_any_particle, is_initial, is_name_word, parse_name_list};
use super::reference::{parse_reference, Parsed, Reference};
use super::scan::{closing_paren, next_italic, next_quoted, split_top_level, words};

/// A part of a note.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Prose(String),
    /// A reference and the text it was read from.
    Reference(Box<Reference>, String),
}

/// Words that lead into a reference and stay prose before it.
const LEAD_INS: [&str; 11] = [
    "See, among others, ",
    "See again ",
    "See, for example, ",
    "See, e.g., ",
    "See also ",
    "See ",
    "Cf. ",
    "Compare ",
    "For example, ",
    "For instance, ",
    "E.g., ",
];

/// Splits a note's text into prose and references.
pub fn split_note(text: &str, markdown: bool) -> Vec<Piece> {
    // A list's semicolon set inside a title's closing quote (`alliance?;”`) separates the list.
    let text = &text.replace(";”", "”;");
    let mut spans: Vec<(usize, usize, Reference)> = Vec::new();
    for (s, e) in list_items(text) {
        let segment = &text[s..e];
        if let Some(locator) = pinpoint_only(segment) {
            if let Some(last) = spans.last_mut() {
                if text[last.1..s].trim() == ";" && last.2.locator.is_none() {
                    last.2.locator = Some(locator.clone());
                    last.2.unsure.push(format!(
                        "`{locator}` after a semicolon read as a pinpoint page"
                    ));
                    last.1 = s + segment.trim_end().trim_end_matches('.').len();
                    continue;
                }
            }
        }
        find_in_segment(segment, s, markdown, &mut spans);
    }
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end, reference) in spans {
        if start > at {
            pieces.push(Piece::Prose(text[at..start].to_string()));
        }
        pieces.push(Piece::Reference(
            Box::new(reference),
            text[start..end].to_string(),
        ));
        at = end;
    }
    if at < text.len() {
        pieces.push(Piece::Prose(text[at..].to_string()));
    }
    pieces
}

/// The items of a list of references: cut at semicolons, except the `; or,` of an old
/// double title ("Zoonomia; or, The Laws of Organic Life").
fn list_items(text: &str) -> Vec<(usize, usize)> {
    let mut items: Vec<(usize, usize)> = Vec::new();
    for (s, e) in split_top_level(text, ';') {
        match items.last_mut() {
            Some(last) if text[s..].starts_with(" or, ") => last.1 = e,
            _ => items.push((s, e)),
        }
    }
    items
}

fn find_in_segment(
    segment: &str,
    offset: usize,
    markdown: bool,
    spans: &mut Vec<(usize, usize, Reference)>,
) {
    let body_start = segment.len() - segment.trim_start().len();
    let lead = lead_in_at(&segment[body_start..]).unwrap_or(0);
    let mut pos = body_start + lead;
    if let Some(mut p) = parse_reference(&segment[pos..], markdown) {
        // "On the manuscript see Institution, Title (…)": prose before a lead-in is no title.
        if let Some((lead_end, signed)) = signed_after_lead_in(&segment[pos..], &p, markdown) {
            pos += lead_end;
            p = signed;
        }
        // A plain title without names must make up the whole list item: otherwise it is prose.
        let r = &p.reference;
        let after = &segment[pos + p.end..];
        let whole = after.trim_matches(['.', ' ']).is_empty();
        // `Harbour Act 2019, c. 4, s. 2(1). The minister …`: a reference closed by a full stop
        // before a new sentence is whole too; a case's name with "v." is a reference alone.
        let sentence_after = after.starts_with(". ")
            && after[2..].trim_start().starts_with(char::is_uppercase)
            && (r.locator.is_some() || !r.short);
        let case = r.csl_type == "legal_case";
        if p.end > 0
            && (r.ibid
                || r.title_marked
                || !r.creators().is_empty()
                || whole
                || sentence_after
                || case)
        {
            spans.push((offset + pos, offset + pos + p.end, p.reference));
            pos += p.end;
        }
    }
    let first_here = spans.len();
    find_anchored(segment, offset, pos, markdown, spans);
    short_forms_in_prose(segment, offset, pos, markdown, spans, first_here);
    spans[first_here..].sort_by_key(|s| s.0);
}

/// References found by their quoted title or publication parenthesis, from `pos` on.
fn find_anchored(
    segment: &str,
    offset: usize,
    mut pos: usize,
    markdown: bool,
    spans: &mut Vec<(usize, usize, Reference)>,
) {
    while let Some((anchor, is_paren)) = next_anchor(segment, pos, markdown) {
        let found = if is_paren {
            reference_before_paren(segment, pos, anchor, markdown)
        } else {
            reference_at_quote(segment, pos, anchor, markdown)
        };
        match found {
            Some((start, end, reference)) => {
                spans.push((offset + start, offset + end, reference));
                pos = end;
            }
            None => pos = skip_anchor(segment, anchor, is_paren),
        }
    }
}

/// The length of a lead-in ("see", "cf.", "compare", "in") at the start of `text`, in any case.
fn lead_in_at(text: &str) -> Option<usize> {
    LEAD_INS
        .iter()
        .find(|l| {
            text.get(..l.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(l))
        })
        .map(|l| l.len())
}

/// An unsigned reference read from the start of `text` whose title holds a lead-in ("see"):
/// the signed reference after the lead-in, ending where it ended, and where it starts.
fn signed_after_lead_in(text: &str, unsigned: &Parsed, markdown: bool) -> Option<(usize, Parsed)> {
    let r = &unsigned.reference;
    if r.ibid || !r.creators().is_empty() {
        return None;
    }
    let signed_at = |at: usize| {
        let signed = parse_reference(&text[at..], markdown)?;
        (!signed.reference.creators().is_empty() && at + signed.end >= unsigned.end)
            .then_some((at, signed))
    };
    let after_lead_in = PROSE_LEAD_INS.iter().find_map(|l| {
        let at = text[..unsigned.end].find(l)? + l.len();
        signed_at(at).or_else(|| {
            // `… at all, see Harbour Pact, art. 2`: an unsigned short title with a labelled
            // locator after a lead-in, which must match a work cited before.
            let mut short = parse_reference(&text[at..], markdown)?;
            let labelled = short
                .reference
                .locator
                .as_deref()
                .is_some_and(|l| l.contains(char::is_alphabetic));
            (short.reference.short && labelled && at + short.end >= unsigned.end).then(|| {
                short.reference.in_prose = true;
                (at, short)
            })
        })
    });
    // `Critics said so: Harbour Council, Title (…)`: after a colon or a sentence's end, an
    // institution's name that signs the rest.
    after_lead_in.or_else(|| {
        if r.title_marked {
            return None;
        }
        let within = &text[..unsigned.end];
        let within = &within[..within.find(" (").unwrap_or(within.len())];
        // The words before the break read as prose: lower-case words that are not the
        // articles and prepositions of a title in headline case.
        let prose = |head: &str| {
            head.split_whitespace()
                .filter(|w| w.starts_with(char::is_lowercase))
                .filter(|w| !super::names::is_minor_word(w))
                .count()
                >= 2
        };
        let breaks = within
            .match_indices(": ")
            .chain(within.match_indices(". "))
            .map(|(i, _)| i + 2)
            .filter(|&at| prose(&within[..at]));
        let institution = breaks.into_iter().find_map(|at| {
            let signed = signed_at(at)?;
            signed
                .1
                .reference
                .creators()
                .iter()
                .any(crate::model::Name::is_institution)
                .then_some(signed)
        });
        // `The standard account is Ada Lind, Title (…)`: after a lower-case word of prose (not
        // a title's article or preposition), persons printed in full sign the rest.
        institution.or_else(|| {
            within
                .match_indices(' ')
                .map(|(i, _)| i)
                .filter(|&i| {
                    let last = within[..i].split_whitespace().last().unwrap_or("");
                    last.chars().all(char::is_lowercase)
                        && !super::names::is_minor_word(last)
                        && within[i + 1..].starts_with(char::is_uppercase)
                        && prose(&within[..i])
                })
                .find_map(|i| {
                    let signed = signed_at(i + 1)?;
                    let creators = signed.1.reference.creators();
                    creators
                        .iter()
                        .all(|n| matches!(n, crate::model::Name::Person { given: Some(_), .. }))
                        .then_some(signed)
                })
        })
    })
}

/// Words in prose after which a reference without quotation marks may start ("… see Cruz, Rivers of Asia.", "… in
/// Jardine, Secord, and Spary, Cultures of Natural History, 3–13").
const PROSE_LEAD_INS: [&str; 14] = [
    " see again ",
    " see, among others, ",
    " See, among others, ",
    " see, for example, ",
    " See, for example, ",
    " see, e.g., ",
    " See, e.g., ",
    " see also ",
    " see ",
    " cf. ",
    " compare ",
    " in ",
    " with ",
    " See ",
];

/// Short forms ("Family, Short Title, page") anywhere in the prose of a segment, at any
/// capitalised word ("… see the other contributions to Bacon and Nakamura, EU and Japan"; "…
/// and, for a sceptical reading, Small, Rupture, 140–45"), where no quoted title or
/// parenthesis found a reference. Prose has no list of words that lead into them: they stand
/// only if the resolver matches them to a work cited before (`in_prose`); otherwise they stay
/// prose.
fn short_forms_in_prose(
    segment: &str,
    offset: usize,
    from: usize,
    markdown: bool,
    spans: &mut Vec<(usize, usize, Reference)>,
    first_here: usize,
) {
    let mut pos = from;
    while pos < segment.len() {
        // The next word after a space that starts with a capital.
        let Some(start) = segment[pos..]
            .char_indices()
            .map(|(i, c)| (pos + i, c))
            .find(|&(i, c)| c.is_uppercase() && i > 0 && segment[..i].ends_with(' '))
            .map(|(i, _)| i)
        else {
            return;
        };
        let free = |end: usize| {
            spans[first_here..]
                .iter()
                .all(|s| s.1 <= offset + start || s.0 >= offset + end)
        };
        match parse_reference(&segment[start..], markdown)
            .map(|p| prose_cut_off(&segment[start..], p, markdown))
        {
            // A short form: names and a title, no publication data (full references are found
            // by their anchors), where no other reference was found.
            // (An unsigned one must point somewhere: `Harbour Covenant, art. 13`.)
            // A case's name with "v." in prose is a reference of its own.
            Some(p) if p.reference.csl_type == "legal_case" && free(start + p.end) => {
                spans.push((offset + start, offset + start + p.end, p.reference));
                pos = start + p.end;
            }
            Some(p)
                if p.reference.short
                    && !p.reference.ibid
                    && (!p.reference.creators().is_empty()
                        || (p
                            .reference
                            .locator
                            .as_deref()
                            .is_some_and(|l| l.contains(char::is_alphabetic))
                            && headline(p.reference.title.as_deref().unwrap_or(""))))
                    && free(start + p.end) =>
            {
                let mut r = p.reference;
                r.in_prose = true;
                spans.push((offset + start, offset + start + p.end, r));
                pos = start + p.end;
            }
            _ => pos = start + segment[start..].chars().next().map_or(1, char::len_utf8),
        }
    }
}

/// A short title, not a sentence of prose run on to a locator (`John Lind said so in 1990,
/// as Berg shows, Title, chap. 4`): in headline case (every word capitalised, or a number,
/// but a title's articles, prepositions and conjunctions), or short (a short title in
/// sentence case, `Ley de aguas`).
fn headline(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    !words.is_empty()
        && (words.len() <= 5
            || words.iter().all(|w| {
                w.starts_with(|c: char| !c.is_lowercase()) || super::names::is_minor_word(w)
            }))
}

/// `… to Ruiz and Weld, Coasts of the South, extend the argument`: a plain short title in
/// prose ends at a comma followed by a lower-case word that is neither an article nor a
/// preposition of a title, nor a reference's data: the sentence goes on there.
fn prose_cut_off(text: &str, p: Parsed, markdown: bool) -> Parsed {
    let r = &p.reference;
    if r.title_marked || !r.short || r.creators().is_empty() {
        return p;
    }
    let Some(title) = r.title.as_deref() else {
        return p;
    };
    let title_at = text[..p.end].find(title).unwrap_or(0);
    let cut = text[title_at..p.end]
        .match_indices(", ")
        .find_map(|(i, _)| {
            let word = text[title_at + i + 2..].split_whitespace().next()?;
            let prose = word.starts_with(char::is_lowercase)
                && !super::names::is_minor_word(word)
                && !super::plain_title::begins_data(&text[title_at + i + 2..]);
            prose.then_some(title_at + i)
        });
    cut.and_then(|c| parse_reference(&text[..c], markdown))
        .filter(|q| q.reference.short && !q.reference.creators().is_empty())
        .unwrap_or(p)
}

/// The next quoted title or publication parenthesis at or after `from`: (offset, is a parenthesis).
fn next_anchor(segment: &str, from: usize, markdown: bool) -> Option<(usize, bool)> {
    let quote = next_quoted(segment, from).map(|q| q.open);
    let italic = if markdown {
        next_italic(segment, from).map(|q| q.open)
    } else {
        None
    };
    let paren = segment[from..]
        .char_indices()
        .map(|(i, c)| (i + from, c))
        .find(|&(i, c)| c == '(' && is_publication_paren(segment, i))
        .map(|(i, _)| i);
    let quote = match (quote, italic) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    match (quote, paren) {
        (Some(q), Some(p)) if p < q => Some((p, true)),
        (Some(q), _) => Some((q, false)),
        (None, Some(p)) => Some((p, true)),
        (None, None) => None,
    }
}

fn skip_anchor(segment: &str, anchor: usize, is_paren: bool) -> usize {
    if is_paren {
        closing_paren(segment, anchor).unwrap_or(segment.len())
    } else {
        let q = next_quoted(segment, anchor).or_else(|| next_italic(segment, anchor));
        q.map_or(segment.len(), |q| q.end.max(anchor + 1))
    }
}

fn is_publication_paren(segment: &str, open: usize) -> bool {
    let Some(close) = closing_paren(segment, open) else {
        return false;
    };
    let tail = super::tail::parse_tail(&segment[open..close]);
    tail.end > 0 && (tail.publisher.is_some() || tail.place.is_some())
}

/// A reference whose quoted title opens at `anchor`, with the names just before it.
fn reference_at_quote(
    segment: &str,
    lo: usize,
    anchor: usize,
    markdown: bool,
) -> Option<(usize, usize, Reference)> {
    let names_start = names_ending_at(segment, lo, anchor, false);
    // `… it: Harbour Council of Ruritania, “Title,” …`: an institution's name, connectors and
    // all, signs the work; it is longer than the capitalised words a name would take.
    let names_start = match institution_ending_at(segment, lo, anchor) {
        Some(i) if names_start.is_none_or(|n| i < n) => Some(i),
        _ => names_start,
    };
    // "see, among others, Haushofer and Shapiro, “Short Title,” 12": family names alone in
    // prose make a short form that must match a work cited before.
    let family_start = names_start
        .is_none()
        .then(|| names_ending_at(segment, lo, anchor, true))
        .flatten();
    if let Some(start) = family_start {
        if let Some(p) = parse_reference(&segment[start..], markdown).filter(|p| p.reference.short)
        {
            if let Some(found) = family_names_after_prose(segment, start, &p, markdown) {
                return Some(found);
            }
            let mut r = p.reference;
            r.in_prose = true;
            return Some((start, start + p.end, r));
        }
    }
    if names_start.is_none() && family_start.is_none() {
        if let Some(found) = author_then_verb(segment, lo, anchor, markdown) {
            return Some(found);
        }
    }
    // A quotation in prose (`the only way to “stop the boats”`) opens in lower case; a title
    // does not.
    let opens_lower = segment[anchor..]
        .chars()
        .nth(1)
        .is_some_and(char::is_lowercase);
    if names_start.is_none() && opens_lower {
        return None;
    }
    let start = names_start.unwrap_or(anchor);
    let p = parse_reference(&segment[start..], markdown)?;
    if let Some(found) = family_names_after_prose(segment, start, &p, markdown) {
        return Some(found);
    }
    if let Some(found) = signed_by_the_sender(segment, lo, start, &p) {
        return Some(found);
    }
    let r = &p.reference;
    let data = r.issued.is_some()
        || [
            "URL",
            "DOI",
            "publisher",
            "volume",
            "issue",
            "page",
            "genre",
            "archive",
        ]
        .iter()
        .any(|f| r.fields.contains_key(*f));
    (names_start.is_some() || data).then(|| (start, start + p.end, p.reference))
}

/// `As Lind has argued in “Short Title,” 12`: a family name, a few lower-case words of prose
/// ending in "in", then a quoted short title: a short form, which must match a work cited
/// before (by those names and that title).
fn author_then_verb(
    segment: &str,
    lo: usize,
    anchor: usize,
    markdown: bool,
) -> Option<(usize, usize, Reference)> {
    let before = segment.get(lo..anchor)?.strip_suffix(" in ")?;
    let all = words(before);
    let n = all.len();
    // The family name: the last capitalised word, two to five lower-case words before "in".
    let k = (2..=6)
        .filter_map(|back| n.checked_sub(back))
        .find(|&k| before[all[k].0..all[k].1].starts_with(char::is_uppercase))?;
    let family = &before[all[k].0..all[k].1];
    let prose_between = all[k + 1..]
        .iter()
        .all(|&(a, b)| before[a..b].chars().all(char::is_lowercase));
    if !prose_between || !super::names::is_name_word(family) || k + 1 >= n {
        return None;
    }
    let printed = format!("{family}, {}", &segment[anchor..]);
    let p = parse_reference(&printed, markdown).filter(|p| p.reference.short)?;
    let taken = p.end.checked_sub(family.len() + 2)?;
    let mut r = p.reference;
    if r.creators().is_empty() || !r.title_marked {
        return None;
    }
    r.in_prose = true;
    // The prose stays; the citation stands for the title and its locator.
    Some((anchor, anchor + taken, r))
}

/// `British Embassy Lima to Foreign Office, “Dock Strike,” …`: a letter or despatch printed
/// "sender to recipient": the sender, before "to", signs it; the recipient is no author.
fn signed_by_the_sender(
    segment: &str,
    lo: usize,
    start: usize,
    p: &Parsed,
) -> Option<(usize, usize, Reference)> {
    let to = segment[lo..start].trim_end().strip_suffix(" to")?.len() + lo;
    if p.reference.creators().is_empty() {
        return None;
    }
    let sender_start = institution_ending_at(segment, lo, to)
        .or_else(|| names_ending_at(segment, lo, to, false))?;
    let sender = parse_name_list(&segment[sender_start..to], false)?;
    if sender.names.is_empty() {
        return None;
    }
    let mut r = p.reference.clone();
    r.unsure.push(format!(
        "“{}” read as the recipient, “{}” as the sender and author",
        segment[start..].split(',').next().unwrap_or("").trim(),
        segment[sender_start..to].trim()
    ));
    r.authors = sender.names;
    r.editors.clear();
    Some((sender_start, start + p.end, r))
}

/// "Besides Meunier and Nicolaïdis, “Short Title,” 105": a short form prints family names
/// alone, so when its later names are family names and the first has a word before it, that
/// word is prose (a sentence's capitalised first word), and the short form starts after it.
fn family_names_after_prose(
    segment: &str,
    start: usize,
    p: &Parsed,
    markdown: bool,
) -> Option<(usize, usize, Reference)> {
    let r = &p.reference;
    let family =
        |n: &crate::model::Name| matches!(n, crate::model::Name::Person { given: None, .. });
    let mixed = r.short
        && r.authors.len() >= 2
        && !family(&r.authors[0])
        && r.authors[1..].iter().all(family);
    if !mixed {
        return None;
    }
    let next = start + segment[start..].find(' ')? + 1;
    let q = parse_reference(&segment[next..], markdown)?;
    let mut r = q.reference;
    if !(r.short && r.authors.len() >= 2 && r.authors.iter().all(family)) {
        return None;
    }
    r.in_prose = true;
    Some((next, next + q.end, r))
}

/// A reference without quotation marks before a publication parenthesis: "Names, Title (…)".
fn reference_before_paren(
    segment: &str,
    lo: usize,
    paren: usize,
    markdown: bool,
) -> Option<(usize, usize, Reference)> {
    let region = &segment[lo..paren];
    let lead = region.len() - region.trim_start_matches([',', ';', '.', ' ']).len();
    let mut starts = vec![lo + lead];
    // "On the manuscript see Muséum …, Catalogue … (Paris: …)": after a lead-in in the prose.
    starts.extend(
        PROSE_LEAD_INS
            .iter()
            .filter_map(|l| region.find(l).map(|i| lo + i + l.len())),
    );
    let mut commas: Vec<usize> = region.match_indices(", ").map(|(i, _)| lo + i).collect();
    commas.reverse();
    starts.extend(
        commas
            .iter()
            .filter_map(|&c| institution_ending_at(segment, lo, c)),
    );
    starts.extend(
        commas
            .iter()
            .filter_map(|&c| names_ending_at(segment, lo, c + 1, false)),
    );
    for start in starts {
        let text = &segment[start..];
        let bare = text
            .strip_prefix("and ")
            .or_else(|| text.strip_prefix("& "))
            .unwrap_or(text);
        let text_start = start + (text.len() - bare.len());
        if let Some(p) = parse_reference(&segment[text_start..], markdown) {
            // `…, Author, Title in Headline Case, 1850–1930 (…)`: a title is never a bare span
            // of years; such a span ends the title of a reference that starts further back.
            let bare_years = p
                .reference
                .title
                .as_deref()
                .is_some_and(|t| !t.chars().any(char::is_alphabetic));
            if !p.reference.creators().is_empty() && text_start + p.end > paren && !bare_years {
                return Some((text_start, text_start + p.end, p.reference));
            }
        }
    }
    None
}

/// Where an institution's name starts that ends right before `end` (after its `,`): the
/// longest run of capitalised words and connectors ("Council of Europe Commissioner for
/// Human Rights") after the prose, that reads as an institution.
fn institution_ending_at(segment: &str, lo: usize, end: usize) -> Option<usize> {
    const CONNECTING: [&str; 20] = [
        "of", "for", "the", "and", "on", "against", "in", "de", "la", "del", "des", "du", "y", "e",
        "do", "da", "dos", "das", "für", "&",
    ];
    let before = segment[lo..end].trim_end();
    let body = before.strip_suffix(',').unwrap_or(before).trim_end();
    let all = words(body);
    let mut first = all.len();
    for (i, &(a, b)) in all.iter().enumerate().rev() {
        let w = &body[a..b];
        // A word closing the sentence or clause before is not part of the name.
        if i + 1 < all.len() && w.ends_with([':', '.', ';', ',']) && !is_initial(w) {
            break;
        }
        if !(w.starts_with(char::is_uppercase) || CONNECTING.contains(&w)) {
            break;
        }
        first = i;
    }
    (first..all.len())
        .filter(|&i| body[all[i].0..].starts_with(char::is_uppercase))
        .find(|&i| {
            let text = &body[all[i].0..];
            text.split_whitespace().count() >= 2 && super::names::parse_institution(text).is_some()
        })
        .map(|i| lo + all[i].0)
}

/// Where a list of names starts that ends right before `end` (after its `,` or `.`).
fn names_ending_at(segment: &str, lo: usize, end: usize, family_only: bool) -> Option<usize> {
    let before = segment[lo..end].trim_end();
    let body = before.strip_suffix(',').unwrap_or(before).trim_end();
    let body = match body.strip_suffix('.') {
        Some(b)
            if !body.ends_with("al.")
                && !body.split_whitespace().last().is_some_and(is_initial) =>
        {
            b
        }
        _ => body,
    };
    let all = words(body);
    let mut first = all.len();
    for (i, &(a, b)) in all.iter().enumerate().rev() {
        let w = body[a..b].trim_end_matches(',');
        let fits = is_name_word(w)
            || is_initial(w)
            || is_any_particle(w)
            || ["and", "&", "et", "al.", "with"].contains(&w)
            || w.chars().all(|c| c.is_uppercase()) && w.len() >= 2;
        if !fits {
            break;
        }
        first = i;
    }
    // Names inside a title ("… in the Dutch Golden Age,") follow an article or "of".
    let word_before = first.checked_sub(1).map(|i| &body[all[i].0..all[i].1]);
    if word_before.is_some_and(|w| ["the", "a", "an", "The"].contains(&w)) {
        return None;
    }
    (first..all.len())
        .filter(|&i| !["and", "&", "et", "al.", "with"].contains(&&body[all[i].0..all[i].1]))
        .filter(|&i| !inverted_after_prose(body, &all, i))
        .find(|&i| {
            parse_name_list(&body[all[i].0..], family_only).is_some_and(|l| !l.names.is_empty())
        })
        .map(|i| lo + all[i].0)
}

/// `and, for Bolivia, June Nash, Title`: a name printed family first ("Kliman, Daniel") opens
/// a reference; after a lower-case word of prose, a capitalised word and a comma before a
/// full name close that prose's phrase instead.
fn inverted_after_prose(body: &str, all: &[(usize, usize)], i: usize) -> bool {
    let word = &body[all[i].0..all[i].1];
    let prose_before = i
        .checked_sub(1)
        .map(|b| &body[all[b].0..all[b].1])
        .is_some_and(|w| w.starts_with(char::is_lowercase) && !["and", "&"].contains(&w));
    let next_piece = body[all[i].1..].split(',').next().unwrap_or("").trim();
    let full_name_next = next_piece.split_whitespace().count() >= 2
        && !next_piece.starts_with("and ")
        && !next_piece.starts_with("& ");
    word.ends_with(',') && prose_before && full_name_next
}

/// A segment that is only a page ("265."): the pinpoint of the reference before it.
fn pinpoint_only(segment: &str) -> Option<String> {
    let t = segment.trim().trim_end_matches('.');
    let t = t
        .strip_prefix("p. ")
        .or_else(|| t.strip_prefix("pp. "))
        .unwrap_or(t);
    (!t.is_empty()
        && t.len() <= 12
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-')))
    .then(|| t.to_string())
}

#[cfg(test)]
#[path = "segment_tests.rs"]
mod tests;
