//! Request paths to site files. The site lives in memory, so nothing a request says can
//! reach the file system; a path is still refused when it tries to leave the site.

use percent_encoding::percent_decode_str;

/// How a request path resolves.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The key of a site file (`sources/x/index.html`).
    File(String),
    /// A folder asked for without its trailing slash: redirect here.
    Redirect(String),
    NotFound,
}

/// Resolves `path` (as requested, percent-encoded) under `base_path` (`/` or `/dossier/`);
/// `exists` tells whether a site file exists.
pub fn lookup(path: &str, base_path: &str, exists: impl Fn(&str) -> bool) -> Lookup {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let Ok(decoded) = percent_decode_str(path).decode_utf8() else {
        return Lookup::NotFound;
    };
    if decoded.contains(['\\', '\0']) {
        return Lookup::NotFound;
    }
    if decoded
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return Lookup::NotFound;
    }
    if decoded.as_ref() == base_path.trim_end_matches('/') && base_path != "/" {
        return Lookup::Redirect(base_path.to_string());
    }
    let Some(rel) = decoded.strip_prefix(base_path) else {
        return Lookup::NotFound;
    };
    if rel.starts_with('/') {
        return Lookup::NotFound;
    }
    let key = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    if exists(&key) {
        return Lookup::File(key);
    }
    if !rel.is_empty() && !rel.ends_with('/') && exists(&format!("{rel}/index.html")) {
        return Lookup::Redirect(format!("{path}/"));
    }
    Lookup::NotFound
}

/// The MIME type of a site file.
pub fn mime(key: &str) -> &'static str {
    match key.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "bib" => "application/x-bibtex; charset=utf-8",
        "ris" => "application/x-research-info-systems; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(path: &str) -> Lookup {
        lookup(path, "/", |k| {
            ["index.html", "sources/a/index.html", "style.css"].contains(&k)
        })
    }

    #[test]
    fn pages_and_redirects() {
        assert_eq!(find("/"), Lookup::File("index.html".into()));
        assert_eq!(
            find("/sources/a/"),
            Lookup::File("sources/a/index.html".into())
        );
        assert_eq!(find("/sources/a"), Lookup::Redirect("/sources/a/".into()));
        assert_eq!(find("/style.css?v=3"), Lookup::File("style.css".into()));
        assert_eq!(find("/nothing"), Lookup::NotFound);
    }

    #[test]
    fn traversal_is_refused() {
        for path in [
            "/../etc/passwd",
            "/sources/../../x",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc",
            "/..%5cwin.ini",
            "/a\\..\\b",
            "//etc/passwd",
            "/%00",
            "/./index.html",
        ] {
            assert_eq!(find(path), Lookup::NotFound, "{path}");
        }
    }

    #[test]
    fn sub_path_sites() {
        let find = |p: &str| lookup(p, "/dossier/", |k| k == "index.html");
        assert_eq!(find("/dossier/"), Lookup::File("index.html".into()));
        assert_eq!(find("/dossier"), Lookup::Redirect("/dossier/".into()));
        assert_eq!(find("/index.html"), Lookup::NotFound);
    }
}
