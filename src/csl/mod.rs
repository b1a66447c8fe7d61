//! The CSL engine: hayagriva formats each work's notes and bibliography entry in the
//! configured style. Each distinct form (work × position × locator) is formatted once
//! per build, whatever the number of notes that need it.

mod cache;
mod html;
mod item;
mod stand_in;

use std::path::Path;

use hayagriva::archive::ArchivedStyle;
use hayagriva::citationberg::json::Item;
use hayagriva::citationberg::{IndependentStyle, Locale, LocaleCode, Style, StyleClass};
use hayagriva::{
    bibliography_item_at, citation_at, BibliographyDriver, BibliographyItem, BibliographyRequest,
    CitationItem, CitationPlacement, CitationRequest, ElemChildren, IbidState, LocatorPayload,
    SpecificLocator,
};

use crate::cite::{Locator, LocatorLabel};
use crate::error::{Diagnostic, Location};
use crate::model::Work;
use crate::resolve::Position;

pub use cache::{key as cache_key, CiteCache, StyleFacts};
pub use item::{to_csl_item, to_csl_json};
pub use stand_in::{fill_stand_in, shape_of, stand_in, stand_in_for};

pub struct Engine {
    style: IndependentStyle,
    /// The same style without its bibliography: a cite needs no bibliography rendered.
    cite_style: IndependentStyle,
    /// The style prints "ibid" positions differently from other subsequent ones.
    distinguishes_ibid: bool,
    locales: Vec<Locale>,
    locale: LocaleCode,
    /// The style's closing punctuation of a citation (`.` for Chicago notes, `)` for APA).
    closing: String,
    /// The style's opening of a citation (`(` for APA).
    opening: String,
    /// A neutral work cited in between to put a work in "subsequent" position.
    interposed: Item,
    /// The style prints a citation label (alphanumeric styles) somewhere.
    cites_with_labels: bool,
}

impl Engine {
    /// A bundled style by name (`chicago-notes`, `apa`, …) or a `.csl` file under `root`.
    pub fn new(style_name: &str, language: &str, root: &Path) -> Result<Engine, Diagnostic> {
        let config_location = Location::file(&root.join("config.yaml"));
        let style = if style_name.ends_with(".csl") {
            let path = root.join(style_name);
            let xml = std::fs::read_to_string(&path).map_err(|e| {
                Diagnostic::new(
                    config_location.clone(),
                    format!("cannot read the CSL style {}: {e}", path.display()),
                )
            })?;
            Style::from_xml(&xml).map_err(|e| {
                Diagnostic::new(Location::file(&path), format!("invalid CSL style: {e}"))
            })?
        } else {
            ArchivedStyle::by_name(style_name)
                .ok_or_else(|| {
                    Diagnostic::new(config_location.clone(), format!("unknown citation style `{style_name}`"))
                        .with_hint("use a bundled style name such as `chicago-notes`, `chicago-shortened-notes`, `apa`, `ieee`, `mla`, or a path to a .csl file")
                })?
                .get()
        };
        let Style::Independent(mut style) = style else {
            return Err(Diagnostic::new(
                config_location,
                format!("`{style_name}` is a dependent CSL style"),
            )
            .with_hint("use the independent style it depends on"));
        };
        // Note styles end a citation with punctuation that belongs to the note; in-text styles
        // wrap it in brackets that belong around the whole cluster. Either way we add them
        // around clusters ourselves, so items are formatted without them.
        let closing = style.citation.layout.suffix.take().unwrap_or_default();
        let opening = style.citation.layout.prefix.take().unwrap_or_default();
        let locale = LocaleCode(language.to_string());
        let wanted = language.split('-').next().unwrap_or("en").to_string();
        let locales = hayagriva::archive::locales_where(|code| {
            code == language || code.split('-').next() == Some(wanted.as_str()) || code == "en-US"
        });
        let interposed: Item = serde_json::from_value(serde_json::json!({
            "id": "dossier-interposed", "type": "book", "title": "Interposed"
        }))
        .expect("a constant CSL item");
        // A style that never tests for "ibid" prints ibid positions like subsequent ones
        // (in CSL, "subsequent" includes them): then they share one form.
        let xml = Style::Independent(style.clone()).to_xml().ok();
        let distinguishes_ibid = xml
            .as_ref()
            .is_none_or(|xml| xml.contains("ibid") || xml.contains("near-note"));
        let cites_with_labels = xml
            .as_ref()
            .is_none_or(|xml| xml.contains("citation-label"));
        let mut cite_style = style.clone();
        cite_style.bibliography = None;
        Ok(Engine {
            style,
            cite_style,
            distinguishes_ibid,
            locales,
            locale,
            opening,
            closing,
            interposed,
            cites_with_labels,
        })
    }

    /// What the engine formats with (the style, the style without its bibliography, the
    /// locales, the interposed work), for tests that format the same with another hayagriva.
    #[doc(hidden)]
    pub fn parts(&self) -> (&IndependentStyle, &IndependentStyle, &[Locale], &Item) {
        (
            &self.style,
            &self.cite_style,
            &self.locales,
            &self.interposed,
        )
    }

    pub fn is_note_style(&self) -> bool {
        self.style.settings.class == StyleClass::Note
    }

    /// The punctuation that closes a citation.
    pub fn closing(&self) -> &str {
        &self.closing
    }

    /// The punctuation that opens a citation.
    pub fn opening(&self) -> &str {
        &self.opening
    }

    /// One cite of `work` in `position` with `locator`, as HTML without the closing punctuation.
    pub fn cite(&self, work: &Item, position: Position, locator: Option<&Locator>) -> String {
        let protected = protected(work);
        html::to_html(&self.cite_tree(work, position, locator), &protected)
    }

    /// One cite as hayagriva renders it: the last citation of the shortest sequence that puts
    /// it in `position` (the work cited before, another work in between for "subsequent"),
    /// rendered alone in the place the sequence gives it.
    #[doc(hidden)]
    pub fn cite_tree(
        &self,
        work: &Item,
        position: Position,
        locator: Option<&Locator>,
    ) -> ElemChildren {
        let located =
            locator.map(|l| SpecificLocator(csl_locator(l.label), LocatorPayload::Str(&l.value)));
        // How many citations stand between this one and the work's previous citation (0 for
        // none): the sequences are [this], [work, this] and [work, interposed, this].
        let (note, since_previous) = match position {
            Position::First => (1, 0),
            Position::Ibid | Position::IbidWithLocator => (2, 1),
            Position::Subsequent => (3, 2),
        };
        let ibid = match position {
            Position::Ibid => IbidState::Ibid,
            // After a cite of the work without a locator: the same without one either.
            Position::IbidWithLocator if located.is_some() => IbidState::IbidWithLocator,
            Position::IbidWithLocator => IbidState::Ibid,
            Position::First | Position::Subsequent => IbidState::Different,
        };
        let near_note_distance = self.cite_style.citation.near_note_distance as usize;
        let placement = CitationPlacement {
            first_note_number: Some(1),
            near_note: since_previous > 0 && since_previous <= near_note_distance,
            first: position == Position::First,
            ibid,
            citation_number: 0,
        };
        citation_at(
            CitationRequest::new(
                vec![CitationItem::with_locator(work, located)],
                &self.cite_style,
                Some(self.locale.clone()),
                &self.locales,
                Some(note),
            ),
            placement,
        )
    }

    /// Whether the style prints "Ibid." (or anything else) for ibid positions.
    pub fn distinguishes_ibid(&self) -> bool {
        self.distinguishes_ibid
    }

    /// Whether the bibliography is sorted rather than in citation order (numeric styles).
    pub fn sorted_bibliography(&self) -> bool {
        self.style
            .bibliography
            .as_ref()
            .is_some_and(|b| b.sort.is_some())
    }

    /// One work's bibliography entry on its own.
    pub fn entry(&self, work: &Item) -> String {
        if self.cites_with_labels {
            // Its bibliography may follow whether the cites printed a label: let the driver
            // render the cite too.
            return self
                .bibliography(std::slice::from_ref(work))
                .into_iter()
                .next()
                .map(|(_, html)| html)
                .unwrap_or_default();
        }
        self.entry_tree(work)
            .map(|item| html::to_html(&item.content, &protected(work)))
            .unwrap_or_default()
    }

    /// One work's bibliography entry as hayagriva renders it for a bibliography of that work
    /// alone, without rendering the cite that the driver renders first.
    #[doc(hidden)]
    pub fn entry_tree(&self, work: &Item) -> Option<BibliographyItem> {
        bibliography_item_at(&self.bibliography_request(), work, None, 0)
    }

    /// The bibliography entries of `works`, in the style's order, as (key, HTML).
    pub fn bibliography(&self, works: &[Item]) -> Vec<(String, String)> {
        let mut driver = BibliographyDriver::new();
        for work in works {
            driver.citation(CitationRequest::new(
                vec![CitationItem::with_entry(work)],
                &self.style,
                Some(self.locale.clone()),
                &self.locales,
                None,
            ));
        }
        let rendered = driver.finish(self.bibliography_request());
        let by_key: std::collections::HashMap<String, &Item> = works
            .iter()
            .filter_map(|w| Some((w.id()?.to_string(), w)))
            .collect();
        match rendered.bibliography {
            Some(b) => b
                .items
                .iter()
                .map(|i| {
                    let protected = by_key.get(&i.key).map(|w| protected(w)).unwrap_or_default();
                    (i.key.clone(), html::to_html(&i.content, &protected))
                })
                .collect(),
            None => Vec::new(),
        }
    }

    fn bibliography_request(&self) -> BibliographyRequest<'_> {
        BibliographyRequest::new(&self.style, Some(self.locale.clone()), &self.locales)
    }
}

/// The words of a work whose capitals the style must not change.
fn protected(item: &Item) -> Vec<String> {
    use hayagriva::citationberg::json::Value;
    html::protected_words(item.0.values().filter_map(|v| match v {
        Value::String(s) => Some(s.as_str()),
        _ => None,
    }))
}

/// The CSL items of `works`, keyed like them.
pub fn items(works: &[Work]) -> Vec<Item> {
    works.iter().map(to_csl_item).collect()
}

fn csl_locator(label: LocatorLabel) -> hayagriva::citationberg::taxonomy::Locator {
    use hayagriva::citationberg::taxonomy::Locator as L;
    match label {
        LocatorLabel::Page => L::Page,
        LocatorLabel::Chapter => L::Chapter,
        LocatorLabel::Issue => L::Issue,
        LocatorLabel::Section => L::Section,
        LocatorLabel::Volume => L::Volume,
        LocatorLabel::Paragraph => L::Paragraph,
        LocatorLabel::Figure => L::Figure,
        LocatorLabel::Note => L::Note,
        LocatorLabel::Line => L::Line,
        LocatorLabel::Column => L::Column,
        LocatorLabel::Table => L::Table,
        LocatorLabel::Part => L::Part,
        LocatorLabel::Folio => L::Folio,
        LocatorLabel::Article => L::ArticleLocator,
    }
}
