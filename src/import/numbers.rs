//! Numbers as notes print them: pages and ranges (`333–350`, `i–iii`), a volume and a page
//! (`1:23`), a page and a note (`7n2`), labelled numbers (`no. 4`, `doc. 123/45`, `vol. 2`,
//! `chap. 3`, `art. 4`, `fol. 14v`, `accessed …`, `last modified …`), and the locator after "Ibid.".

use super::dates::date_at;

/// `no. 2`, `No. 2014: 01`, `no 2`, `no.5`, `vol. 3`, `pp. 33–35`, `p. 4`, `chap. 3`, `sec. 2`,
/// `accessed May 3, 2021`: (label, value, length).
/// A locator after "Ibid.": `, 48`, `, 7n2`, `, 1:23`, `, chap. 3`, `, pp. 4–5`; the locator as
/// the note writes it and the bytes it takes.
pub fn locator_at(text: &str) -> Option<(String, usize)> {
    let (j, _) = skip_separators(text, 0);
    let rest = &text[j..];
    if let Some((label, value, len)) = labelled(rest) {
        let written = match label {
            "p." | "pp." => value,
            "accessed" | "modified" => return None,
            _ => format!("{label} {value}"),
        };
        return Some((written, j + len));
    }
    number_at(rest).map(|(value, len)| (value, j + len))
}

/// Whether `text` starts with a labelled number or date (`no. 4`, `doc. 12/3`, `accessed …`).
pub fn is_labelled(text: &str) -> bool {
    labelled(text).is_some()
}

pub fn labelled(text: &str) -> Option<(&'static str, String, usize)> {
    const LABELS: [(&str, &str); 49] = [
        // An application's number, as courts cite cases (`App. No. 27765/09`).
        ("app. no. ", "no."),
        ("no. ", "no."),
        ("doc. ", "no."),
        ("document ", "no."),
        ("last modified ", "modified"),
        ("no.", "no."),
        ("no ", "no."),
        ("nos. ", "no."),
        ("vol. ", "vol."),
        ("pp. ", "pp."),
        ("p. ", "p."),
        ("chap. ", "chap."),
        ("ch. ", "chap."),
        ("sec. ", "sec."),
        ("para. ", "para."),
        ("paras. ", "para."),
        ("secs. ", "sec."),
        ("art. ", "art."),
        ("arts. ", "art."),
        ("fol. ", "fol."),
        ("fols. ", "fol."),
        ("n. ", "n."),
        ("accessed ", "accessed"),
        ("last accessed ", "accessed"),
        // A column of a parliament's record (`col. 576`), a statute's section and chapter.
        ("col. ", "col."),
        ("cols. ", "col."),
        ("s. ", "sec."),
        ("§§ ", "sec."),
        ("§ ", "sec."),
        ("ss. ", "sec."),
        ("c. ", "c."),
        // Spanish and Portuguese labels: pages, chapter, volume (tomo), number, leaves.
        ("pág. ", "p."),
        ("págs. ", "pp."),
        ("cap. ", "chap."),
        ("t. ", "vol."),
        ("tomo ", "vol."),
        ("núm. ", "no."),
        ("n.º ", "no."),
        ("nº ", "no."),
        ("f. ", "fol."),
        ("fs. ", "fol."),
        ("ff. ", "fol."),
        ("fojas ", "fol."),
        ("fj. ", "fol."),
        // An archive's bundle and file (`leg. 12`, `exp. 3`, `caja 4`).
        ("leg. ", "leg."),
        ("legajo ", "leg."),
        ("exp. ", "exp."),
        ("expediente ", "exp."),
        ("caja ", "caja"),
    ];
    let (written, label) = LABELS.iter().find(|(w, _)| starts_with_ci(text, w))?;
    let after = &text[written.len()..];
    // `c. 37` is a statute's chapter; `c. 1850` is circa, part of a title. `s.`, `c.`, `t.`
    // and `f.` are labels only in lower case (`S. Smith` is an initial).
    if matches!(
        *written,
        "c. " | "s. " | "ss. " | "t. " | "f. " | "fs. " | "ff. "
    ) && !text.starts_with(char::is_lowercase)
    {
        return None;
    }
    if *label == "c." {
        let digits = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        if digits == 0 || digits > 3 {
            return None;
        }
    }
    if matches!(*label, "accessed" | "modified") {
        let (_, len) = date_at(after)?;
        return Some((label, after[..len].to_string(), written.len() + len));
    }
    if *label == "fol." {
        let len = leaf_len(after)?;
        return Some((label, after[..len].to_string(), written.len() + len));
    }
    let (mut value, mut len) = number_at(after).or_else(|| provision_at(after))?;
    // `art. 33(1)`, `art. 1A(2)`, `para. 4(b)`: a provision and its sub-provisions.
    if matches!(*label, "art." | "para." | "sec.") {
        if let Some(whole) = provision_at(after).filter(|(_, l)| *l > len) {
            (value, len) = whole;
        }
    }
    // A document's number may hold slashes, colons or letters: `123/45`, `2019:7`, `A/RES/70/1`.
    if *label == "no." {
        if let Some((whole, whole_len)) = document_number_at(after).filter(|(_, l)| *l > len) {
            (value, len) = (whole, whole_len);
        }
        // `nos. 12/19 and 13/19`: several numbers after a plural label.
        if written.starts_with("nos") {
            // (`nos. 12/88, 14/89 and 17/90`: commas between numbers with slashes too.)
            while let Some(next) = [" and ", " & ", ", and ", ", "]
                .iter()
                .find_map(|sep| after[len..].strip_prefix(sep).map(|n| (sep.len(), n)))
            {
                let slashed = document_number_at(next.1);
                let Some((more, more_len)) = slashed
                    .clone()
                    .or_else(|| number_at(next.1).filter(|_| !after[len..].starts_with(", ")))
                else {
                    break;
                };
                value = format!("{value}{}{more}", &after[len..len + next.0]);
                len += next.0 + more_len;
            }
        }
        if value.contains(['/', ':']) || written.starts_with("nos") {
            return Some((label, value, written.len() + len));
        }
    }
    // `No. 2014: 01`: a number with a sub-number.
    let rest = &after[len..];
    if let Some(sub) = rest.strip_prefix(": ").or_else(|| rest.strip_prefix(':')) {
        if let Some((v2, l2)) = number_at(sub) {
            value = format!("{value}:{v2}");
            len += rest.len() - sub.len() + l2;
        }
    }
    Some((label, value, written.len() + len))
}

/// `33(1)(b)`, `1A(2)`, `12`: an article's number with its letter and parenthesised parts.
fn provision_at(text: &str) -> Option<(String, usize)> {
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    if digits == 0 {
        return None;
    }
    let mut end = digits;
    let bytes = text.as_bytes();
    // `para. 9.11`: a numbered paragraph's parts, cut by full stops.
    while bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1 + text[end + 1..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len() - end - 1);
    }
    // One letter right after the number (`1A`).
    if bytes.get(end).is_some_and(u8::is_ascii_alphabetic)
        && !bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        end += 1;
    }
    while text[end..].starts_with('(') {
        let Some(close) = text[end..].find(')') else {
            break;
        };
        let inner = &text[end + 1..end + close];
        if inner.is_empty() || inner.len() > 4 || !inner.chars().all(|c| c.is_ascii_alphanumeric())
        {
            break;
        }
        end += close + 1;
    }
    Some((text[..end].to_string(), end))
}

/// `14v`, `22r`, `3r–4v`: a manuscript's leaves, recto or verso; its length.
fn leaf_len(text: &str) -> Option<usize> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, 'r' | 'v' | '–' | '-')))
        .unwrap_or(text.len());
    let value = text[..end].trim_end_matches(['–', '-']);
    (value.starts_with(|c: char| c.is_ascii_digit())
        && !text[value.len()..].starts_with(char::is_alphanumeric))
    .then_some(value.len())
}

/// `123/45`, `2019:7`, `COM/2020/12`: a number with separators inside, up to a space or a
/// comma; trailing punctuation is not part of it.
fn document_number_at(text: &str) -> Option<(String, usize)> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '/' | ':' | '.' | '-' | '–')))
        .unwrap_or(text.len());
    let value = text[..end].trim_end_matches(['.', ':', '-', '–']);
    (value.contains(char::is_numeric) && value.contains(['/', ':']))
        .then(|| (value.to_string(), value.len()))
}

/// A page, a range of pages (`333–350`, `i-iii`), a volume: (value, length).
pub fn number_at(text: &str) -> Option<(String, usize)> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '–' | '-' | '—')))
        .unwrap_or(text.len());
    let candidate = &text[..end];
    if candidate.starts_with(|c: char| c.is_ascii_digit()) {
        let value = candidate.trim_end_matches(['–', '-', '—']);
        // `1:23`, `2:145–46`: a volume and a page in it.
        if let Some(page) = text[value.len()..].strip_prefix(':') {
            if let Some((p, len)) =
                number_at(page).filter(|_| page.starts_with(|c: char| c.is_ascii_digit()))
            {
                return Some((format!("{value}:{p}"), value.len() + 1 + len));
            }
        }
        // `7n2`, `7nn2–3`: a page and a note on it.
        if let Some(note) = note_on_page(&text[value.len()..]) {
            let len = value.len() + note;
            return Some((text[..len].replace('—', "–"), len));
        }
        // Not part of a word or a decimal (`2.0`, `21st`).
        let next = text[value.len()..].chars().next();
        if next.is_some_and(|c| c.is_alphanumeric()) || text[value.len()..].starts_with(".0") {
            return None;
        }
        return Some((value.replace('—', "–"), value.len()));
    }
    // Roman page numbers `i-iii`.
    let roman_end = text
        .find(|c: char| !"ivxlcdm–-".contains(c))
        .unwrap_or(text.len());
    let roman = &text[..roman_end];
    let follows_ok = text[roman_end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    (roman.contains(['–', '-']) && roman.len() >= 3 && follows_ok)
        .then(|| (roman.to_string(), roman_end))
}

/// The length of `n2` / `nn2–3` right after a page number, when it follows.
fn note_on_page(text: &str) -> Option<usize> {
    // `380 n. 14`, `12 nn. 3–4`: the note printed as a labelled number after the page.
    let after = text
        .strip_prefix(" nn. ")
        .or_else(|| text.strip_prefix(" n. "))
        .filter(|a| a.starts_with(|c: char| c.is_ascii_digit()))
        .or_else(|| text.strip_prefix("nn"))
        .or_else(|| text.strip_prefix('n'))?;
    let digits = after
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '–' | '-')))
        .unwrap_or(after.len());
    let digits = after[..digits].trim_end_matches(['–', '-']).len();
    let next = after[digits..].chars().next();
    (digits > 0 && next.is_none_or(|c| !c.is_alphanumeric()))
        .then_some(text.len() - after.len() + digits)
}

pub fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

pub fn skip_separators(text: &str, from: usize) -> (usize, bool) {
    let mut colon = false;
    for (i, c) in text[from..].char_indices() {
        match c {
            ':' => colon = true,
            ',' | '.' | ' ' | '\u{a0}' | '\t' => {}
            _ => return (from + i, colon),
        }
    }
    (text.len(), colon)
}
