//! Stand-in locators: a cite is formatted once per shape (work × position × locator label
//! and number) with a stand-in value, which is then replaced by each real locator, so a work
//! cited at twenty pages costs one formatting, not twenty.

use crate::cite::{Locator, LocatorLabel};
use crate::text::escape_html;

/// The label of a locator and whether it is plural (`33–35`, `4, 7`), which styles print as
/// `pp.` rather than `p.`.
pub fn shape_of(locator: &Locator) -> (LocatorLabel, bool) {
    (
        locator.label,
        locator.value.contains(['-', '–', '—', ',', '&']),
    )
}

/// A locator value that no work contains and no page-range format changes.
pub fn stand_in(plural: bool) -> &'static str {
    if plural {
        "100000–999999"
    } else {
        "100000"
    }
}

/// The locator a cite's shape is formatted with: the stand-in of the real one's label and
/// number.
pub fn stand_in_for(locator: &Locator) -> Locator {
    let (label, plural) = shape_of(locator);
    Locator {
        label,
        value: stand_in(plural).to_string(),
    }
}

/// A form formatted with [`stand_in_for`]'s locator, with the real locator put back; `None`
/// when the style rewrote the stand-in (a page-range format, say), and the form must be
/// formatted with the real locator.
pub fn fill_stand_in(shape_html: &str, locator: &Locator) -> Option<String> {
    // hayagriva prints a hyphen in a locator as an en dash (`4-21` → `4–21`), which the
    // stand-in, written with one, cannot show: such locators are formatted as they are.
    if locator.value.contains('-') {
        return None;
    }
    let stand_in = stand_in(shape_of(locator).1);
    shape_html
        .contains(stand_in)
        .then(|| shape_html.replacen(stand_in, &escape_html(&locator.value), 1))
}
