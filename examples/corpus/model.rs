//! The generated corpus: creators, works, profiles, articles with their notes, and events.

#[derive(Clone)]
pub(crate) enum Creator {
    Person { family: String, given: String },
    Institution(String),
}

impl Creator {
    pub(crate) fn display(&self) -> String {
        match self {
            Creator::Person { family, given } => format!("{given} {family}"),
            Creator::Institution(name) => name.clone(),
        }
    }

    pub(crate) fn short(&self) -> String {
        match self {
            Creator::Person { family, .. } => family.clone(),
            Creator::Institution(name) => name.clone(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Book,
    Chapter,
    Journal,
    Report,
    Webpage,
    Newspaper,
}

impl Kind {
    pub(crate) fn csl(self) -> &'static str {
        match self {
            Kind::Book => "book",
            Kind::Chapter => "chapter",
            Kind::Journal => "article-journal",
            Kind::Report => "report",
            Kind::Webpage => "webpage",
            Kind::Newspaper => "article-newspaper",
        }
    }

    /// Whether the title is italic (a whole publication) rather than quoted (a part of one).
    pub(crate) fn italic_title(self) -> bool {
        matches!(self, Kind::Book | Kind::Report)
    }
}

pub(crate) struct Work {
    pub(crate) key: String,
    pub(crate) kind: Kind,
    /// Indices into the creator pool.
    pub(crate) authors: Vec<usize>,
    pub(crate) editors: Vec<usize>,
    pub(crate) institutional: bool,
    pub(crate) title: String,
    pub(crate) title_short: Option<String>,
    pub(crate) container: Option<String>,
    pub(crate) volume: Option<u32>,
    pub(crate) issue: Option<u32>,
    pub(crate) page: Option<String>,
    pub(crate) publisher: Option<(&'static str, &'static str)>,
    pub(crate) year: u32,
    pub(crate) month: u32,
    pub(crate) day: u32,
    pub(crate) url: Option<String>,
    pub(crate) doi: Option<String>,
}

impl Work {
    pub(crate) fn creators(&self) -> impl Iterator<Item = usize> + '_ {
        self.authors.iter().chain(self.editors.iter()).copied()
    }
}

pub(crate) struct Profile {
    pub(crate) slug: String,
    pub(crate) name: String,
    pub(crate) creator: usize,
    pub(crate) affiliation: String,
}

/// One citation inside a cluster: `[prefix @key, locator suffix]`.
pub(crate) struct Cite {
    pub(crate) work: usize,
    pub(crate) locator: Option<String>,
    pub(crate) prefix: Option<&'static str>,
    pub(crate) suffix: Option<&'static str>,
}

pub(crate) enum Segment {
    Text(&'static str),
    Cluster(Vec<Cite>),
}

pub(crate) struct Note {
    pub(crate) segments: Vec<Segment>,
}

impl Note {
    pub(crate) fn works(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for s in &self.segments {
            if let Segment::Cluster(cites) = s {
                out.extend(cites.iter().map(|c| c.work));
            }
        }
        out
    }
}

pub(crate) struct Article {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) contributors: Vec<usize>,
    pub(crate) date: String,
    pub(crate) abstract_: String,
    /// Body paragraphs; `None` is a section break carrying a heading.
    pub(crate) body: Vec<Block>,
    pub(crate) notes: Vec<Note>,
}

pub(crate) enum Block {
    Heading(String),
    /// Sentences, each ending with the reference to note `n` (1-based).
    Paragraph(Vec<(String, usize)>),
}

pub(crate) struct Event {
    pub(crate) date: String,
    pub(crate) end: Option<String>,
    pub(crate) title: String,
    pub(crate) kind: &'static str,
    pub(crate) summary: String,
    pub(crate) works: Vec<usize>,
}

pub(crate) struct Corpus {
    pub(crate) creators: Vec<Creator>,
    pub(crate) people: usize,
    pub(crate) profiles: Vec<Profile>,
    pub(crate) works: Vec<Work>,
    pub(crate) articles: Vec<Article>,
    pub(crate) events: Vec<Event>,
}
