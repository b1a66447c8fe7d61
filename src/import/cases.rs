//! Court cases as legal notes print them: the parties joined by "v." make the title, whatever
//! the parties look like (initials, "and Others", a bracketed applicant: `R (X) v. Y`); a
//! docket before them (`Case C-12/34,`) and a court's marker after them (`[GC]`) are not part
//! of it; an issuing body printed before the parties is the author; a neutral citation
//! (`[2021] UKSC 7`) is the case's number. A later short form names the first party, or the
//! applicant inside `R (…)`.

use super::names::{parse_institution, parse_name_list};
use super::scan::split_top_level;
use crate::model::Name;

/// Where a case's name lies in `scope` (the text of a reference before any quoted title): the
/// issuing body printed before it, if any, and the name's start and end.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseName {
    pub author: Option<Name>,
    pub start: usize,
    pub end: usize,
}

/// `Party v. Party`, `Party vs. Party`, `R v Party`: the separator of the parties.
fn versus(piece: &str) -> Option<usize> {
    [" v. ", " vs. ", " v "]
        .iter()
        .filter_map(|s| {
            let i = piece.find(s)?;
            let after = &piece[i + s.len()..];
            let before = piece[..i].trim_end();
            let capitalised = |t: &str| t.starts_with(|c: char| c.is_uppercase());
            let before_ok = before.ends_with(|c: char| c.is_uppercase() || c == '.' || c == ')')
                || before.split_whitespace().last().is_some_and(&capitalised);
            (capitalised(after) && before_ok).then_some(i)
        })
        .min()
}

/// Whether `text` holds two parties joined by "v." before any publication parenthesis.
pub fn versus_in(text: &str) -> bool {
    let until = text.find(" (").unwrap_or(text.len());
    versus(&text[..until]).is_some()
}

/// A party as cases name them: capitalised words, initials, `(…)`, joined by a few lower-case
/// words (`Hirsi Jamaa and Others`, `A.B., C.D. and E.F.`, `R (X)`); prose is not.
fn party_like(text: &str) -> bool {
    const JOINING: [&str; 16] = [
        "and", "of", "the", "for", "on", "in", "de", "del", "la", "y", "e", "da", "do", "dos", "&",
        "ex",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 14
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words.iter().all(|w| {
            let w = w.trim_start_matches('(');
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || JOINING.contains(&w.trim_end_matches([',', ')']))
        })
}

/// A docket printed before the parties: `Case C-12/34`, `Joined Cases C-1/20 and C-2/20`,
/// `App. No. 123/45`, `Case No. 7`.
fn is_docket(piece: &str) -> bool {
    let t = piece.trim();
    let lower = t.to_lowercase();
    (lower.starts_with("case ") || lower.starts_with("joined cases ") || lower.starts_with("app"))
        && t.contains(|c: char| c.is_ascii_digit())
        && t.split_whitespace().count() <= 6
}

/// The case name in `scope`, when its first comma pieces lead to "v." through a docket, an
/// issuing body or the parties themselves.
pub fn case_name(scope: &str) -> Option<CaseName> {
    let pieces = split_top_level(scope, ',');
    let k = pieces
        .iter()
        .take(6)
        .position(|&(a, b)| versus(&scope[a..b]).is_some())?;
    let (k_start, k_end) = pieces[k];
    let mut first = 0;
    let mut author = None;
    if k > 0 {
        let head = scope[pieces[0].0..pieces[0].1].trim();
        if is_docket(head) {
            first = 1;
        } else if let Some(institution) = parse_institution(head) {
            author = Some(institution);
            first = 1;
        } else if parse_name_list(head, false).is_some_and(|l| {
            l.names
                .iter()
                .all(|n| matches!(n, Name::Person { given: Some(_), .. }))
        }) {
            // A person writing about a case ("Ann Roe, Smith v. Jones and After"): not a case.
            return None;
        }
        if first == 1 && k > 1 && is_docket(scope[pieces[1].0..pieces[1].1].trim()) {
            first = 2;
        }
    }
    let piece = &scope[pieces[first].0..pieces[first].1];
    let start = pieces[first].0 + (piece.len() - piece.trim_start().len());
    let v_at = k_start + versus(&scope[k_start..k_end])?;
    if !party_like(&scope[start..v_at]) {
        return None;
    }
    // The parties end before a bracketed marker (`[GC]`, `[2021] UKSC 7`) or a parenthesis of
    // facts after the second party.
    let last = &scope[k_start..k_end];
    let v = versus(last)?;
    let cut = last[v..]
        .find(" [")
        .or_else(|| last[v..].find(" ("))
        .map_or(last.len(), |i| v + i);
    let end = k_start + last[..cut].trim_end().len();
    (end > start).then_some(CaseName { author, start, end })
}

/// The length of a court's marker or a neutral citation right after a case's name (`[GC]`,
/// ` [2023] UKSC 42`), and the neutral citation, if it is one.
pub fn marker_after(text: &str) -> Option<(usize, Option<String>)> {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    let close = t.strip_prefix('[')?.find(']')? + 1;
    let inner = &t[1..close];
    if inner.chars().all(|c| c.is_ascii_digit()) && inner.len() == 4 {
        // `[2023] UKSC 42`, `[2019] EWCA Civ 12`: year, court, number.
        let rest = &t[close + 1..];
        let end = rest.find([',', ';', '(']).unwrap_or(rest.len());
        let words: Vec<&str> = rest[..end].split_whitespace().collect();
        let numbered = words.len() >= 2
            && words.len() <= 4
            && words
                .last()
                .is_some_and(|w| w.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()));
        if numbered {
            let citation = format!("[{inner}] {}", words.join(" ").trim_end_matches('.'));
            let len = close + 1 + rest[..end].trim_end().trim_end_matches('.').len();
            return Some((lead + len, Some(citation)));
        }
        return None;
    }
    // `[GC]`, `[Ch]`: a bench's marker in letters.
    (inner.len() <= 6 && inner.chars().all(|c| c.is_ascii_alphabetic()))
        .then_some((lead + close + 1, None))
}

/// The words a short form may use for a case: the first party (`Hirsi Jamaa and Others` →
/// `Hirsi Jamaa`), or the applicant inside `R (…)`, without "on the application of".
pub fn short_names(title: &str) -> Vec<String> {
    let Some(v) = versus(title) else {
        return Vec::new();
    };
    let first = title[..v].trim();
    let mut out = Vec::new();
    if let Some(inner) = first
        .split_once(" (")
        .and_then(|(_, rest)| rest.strip_suffix(')'))
    {
        let inner = inner
            .strip_prefix("on the application of ")
            .unwrap_or(inner);
        out.push(inner.to_string());
    }
    out.push(first.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(scope: &str) -> Option<&str> {
        case_name(scope).map(|c| &scope[c.start..c.end])
    }

    #[test]
    fn parties_with_initials_brackets_dockets_and_an_issuing_body() {
        assert_eq!(
            title("K.L. and M.N. v. Ruritania [GC], no. 1234/19, para. 4"),
            Some("K.L. and M.N. v. Ruritania")
        );
        assert_eq!(
            title("Case C-123/45, Harbour Board v. Freedonia, ECLI:EU:C:2019:1"),
            Some("Harbour Board v. Freedonia")
        );
        let c = case_name(
            "Committee on Rivers, P.Q., R.S. and T.U. v. Elbonia, Communication No. 12/2020",
        )
        .unwrap();
        assert_eq!(
            c.author,
            Some(Name::Institution {
                literal: "Committee on Rivers".into()
            })
        );
        assert_eq!(
            title("R (Smith and Others) v. Minister for Harbours [2019] UKSC 3, para. 8"),
            Some("R (Smith and Others) v. Minister for Harbours")
        );
        assert_eq!(
            title("Ann Roe, Smith v. Jones and After (Oxford: Clarendon, 2001)"),
            None
        );
        assert_eq!(
            title("Ann Roe, The Law of Rivers (Oxford: Clarendon, 2001)"),
            None
        );
        // Prose before the parties is no party.
        assert_eq!(
            title("On the “fair share” test, see again K.L. v. Ruritania [GC]"),
            None
        );
    }

    #[test]
    fn markers_and_neutral_citations_after_the_parties() {
        assert_eq!(marker_after(" [GC], no. 1"), Some((5, None)));
        assert_eq!(
            marker_after(" [2019] UKSC 3, para. 8"),
            Some((14, Some("[2019] UKSC 3".into())))
        );
        assert_eq!(marker_after(" [sic]"), Some((6, None)));
        assert_eq!(marker_after(" (2019)"), None);
    }

    #[test]
    fn short_names_of_a_case() {
        assert_eq!(
            short_names("R (Smith and Others) v. Minister for Harbours"),
            vec!["Smith and Others", "R (Smith and Others)"]
        );
        assert_eq!(
            short_names("K.L. and M.N. v. Ruritania"),
            vec!["K.L. and M.N."]
        );
        assert!(short_names("The Law of Rivers").is_empty());
    }
}
