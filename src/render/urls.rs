//! Every internal URL of the output contract, prefixed with the base path.

/// Builds root-relative URLs under the site's base path (`/` or `/dossier/`).
#[derive(Debug, Clone)]
pub struct Urls {
    base: String,
}

impl Urls {
    pub fn new(base_path: &str) -> Self {
        Urls {
            base: base_path.to_string(),
        }
    }

    /// A site path (`sources/`) as a link.
    pub fn page(&self, path: &str) -> String {
        format!("{}{}", self.base, path.trim_start_matches('/'))
    }

    pub fn home(&self) -> String {
        self.base.clone()
    }

    pub fn article(&self, slug: &str) -> String {
        self.page(&format!("articles/{slug}/"))
    }

    pub fn note(&self, slug: &str, number: u32) -> String {
        format!("{}#note-{number}", self.article(slug))
    }

    pub fn source(&self, key: &str) -> String {
        self.page(&format!("sources/{key}/"))
    }

    pub fn author(&self, slug: &str) -> String {
        self.page(&format!("authors/{slug}/"))
    }

    pub fn event(&self, id: &str) -> String {
        self.page(&format!("timeline/#{id}"))
    }
}
