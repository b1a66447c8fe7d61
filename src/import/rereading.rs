//! Second readings of a reference in the light of what was cited before it: a "year" that is
//! the page of a short form, names printed family first, a page run into a short title, the
//! details a repeated reference adds.

use super::reference::Reference;

/// Reads again the people at positions `which` among the names a short form cites (the
/// authors, or the editors of a work without authors): `turn(family, given)`.
fn reread(r: &mut Reference, which: &[usize], turn: impl Fn(&mut String, &mut Option<String>)) {
    let names = if r.authors.is_empty() {
        &mut r.editors
    } else {
        &mut r.authors
    };
    reread_list(names, which, turn);
}

fn reread_list(
    names: &mut [crate::model::Name],
    which: &[usize],
    turn: impl Fn(&mut String, &mut Option<String>),
) {
    for (i, name) in names.iter_mut().enumerate() {
        if let crate::model::Name::Person { family, given, .. } = name {
            if which.contains(&i) && given.is_some() {
                turn(family, given);
            }
        }
    }
}

/// "Trần Thị Mai" read as given names "Trần Thị", family "Mai", turned family first.
pub fn family_first(r: &mut Reference, which: &[usize]) {
    reread(r, which, |family, given| {
        let g = given.clone().unwrap_or_default();
        let mut words: Vec<&str> = g.split_whitespace().collect();
        if words.is_empty() {
            return;
        }
        let first = words.remove(0).to_string();
        words.push(family.as_str());
        *given = Some(words.join(" "));
        *family = first;
    });
}

/// "Ana Ruiz Soto" read as given names "Ana Ruiz", family "Soto", whose short form prints
/// "Ruiz Soto": the last given name joins the family name.
pub fn compound_family(r: &mut Reference, which: &[usize]) {
    reread(r, which, join_last_given);
}

/// The same for the editors of a chapter, whose volume a short form cites ("Fernández de la
/// Vega and Hartwell, Volume" for "ed. Ricardo Fernández de la Vega and …").
pub fn compound_editors(r: &mut Reference, which: &[usize]) {
    reread_list(&mut r.editors, which, join_last_given);
}

fn join_last_given(family: &mut String, given: &mut Option<String>) {
    if let Some((rest, last)) = given.clone().as_deref().and_then(|g| g.rsplit_once(' ')) {
        *family = format!("{last} {family}");
        *given = Some(rest.to_string());
    }
}

/// "Rosa María Achá Velasco" read as given "Rosa", family "María Achá Velasco", whose short
/// form prints "Achá Velasco" (`which`: positions and the folded family name printed): the
/// words of the family name before it join the given names.
pub fn family_tail(r: &mut Reference, which: &[(usize, String)]) {
    let names = if r.authors.is_empty() {
        &mut r.editors
    } else {
        &mut r.authors
    };
    for (i, tail) in which {
        if let Some(crate::model::Name::Person { family, given, .. }) = names.get_mut(*i) {
            let words: Vec<&str> = family.split_whitespace().collect();
            let Some(k) =
                (1..words.len()).find(|&k| super::scan::alnum_fold(&words[k..].join(" ")) == *tail)
            else {
                continue;
            };
            let moved = words[..k].join(" ");
            *given = Some(match given.as_deref() {
                Some(g) => format!("{g} {moved}"),
                None => moved,
            });
            *family = words[k..].join(" ");
        }
    }
}

/// `Baird, McIntosh, and Özler, “Cash or Condition?,” 1735`: a number that reads as a year
/// after a title with nothing else is the page of a short form, when a work cited before
/// matches that short form.
pub fn year_as_page(r: &mut Reference, matches: impl Fn(&Reference) -> bool) {
    let only_a_year = !r.short
        && r.fields.is_empty()
        && r.locator.is_none()
        && r.issued.is_some_and(|d| d.month.is_none());
    if !only_a_year {
        return;
    }
    let mut short = r.clone();
    short.short = true;
    short.locator = short.issued.take().map(|d| d.year.to_string());
    short.unsure.clear();
    if matches(&short) {
        *r = short;
    }
}

/// "Strategic partnerships in Asia 48" → ("Strategic partnerships in Asia", "48").
pub fn trailing_number(title: &str) -> Option<(String, String)> {
    let (head, last) = title.rsplit_once(' ')?;
    let ok = !last.is_empty()
        && last
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-'));
    ok.then(|| {
        (
            head.trim_end_matches([',', '.']).to_string(),
            last.to_string(),
        )
    })
}

/// Copies into `first` what only the repeat gives; lists the fields in which they differ.
pub fn fill_missing(first: &mut Reference, repeat: &Reference) -> Vec<String> {
    let mut differences = Vec::new();
    if first.authors.is_empty() && !repeat.authors.is_empty() {
        first.authors = repeat.authors.clone();
    }
    if first.issued.is_none()
        || first
            .issued
            .is_some_and(|d| d.day.is_none() && repeat.issued.is_some_and(|r| r.year == d.year))
    {
        first.issued = repeat.issued.or(first.issued);
    }
    for (field, value) in &repeat.fields {
        match first.fields.get(field) {
            None => {
                first.fields.insert(field.clone(), value.clone());
            }
            Some(v) if super::scan::alnum_fold(v) != super::scan::alnum_fold(value) => {
                differences.push(format!(
                    "the repeat gives {field} “{value}”, the first “{v}” (kept the first)"
                ));
            }
            Some(_) => {}
        }
    }
    differences
}
