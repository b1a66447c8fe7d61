//! The HTTP side: files from the in-memory snapshot, the live-reload script and its
//! event stream.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, Method, Request, Response, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use super::paths::{lookup, mime, Lookup};
use super::state::{LiveEvent, Shared};

const SCRIPT: &str = include_str!("livereload.js");
const SCRIPT_PATH: &str = "/__dossier/livereload.js";

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/__dossier/events", get(events))
        .route(SCRIPT_PATH, get(script))
        .fallback(file)
        .with_state(shared)
}

async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        SCRIPT,
    )
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let snapshot = shared.snapshot();
    let hello = serde_json::json!({ "generation": snapshot.generation, "error": snapshot.error });
    let first = tokio_stream::once(Ok(Event::default().event("state").data(hello.to_string())));
    let updates = BroadcastStream::new(shared.events.subscribe()).filter_map(|event| {
        let event = event.ok()?;
        let (name, data) = match &event {
            LiveEvent::Reload { generation } => {
                ("reload", serde_json::json!({ "generation": generation }))
            }
            LiveEvent::Css { generation, paths } => (
                "css",
                serde_json::json!({ "generation": generation, "paths": paths }),
            ),
            LiveEvent::Failed { message } => ("failed", serde_json::json!({ "message": message })),
            LiveEvent::Ok { generation } => ("ok", serde_json::json!({ "generation": generation })),
        };
        Some(Ok(Event::default().event(name).data(data.to_string())))
    });
    Sse::new(first.chain(updates)).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

async fn file(State(shared): State<Arc<Shared>>, request: Request<Body>) -> Response<Body> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return status(StatusCode::METHOD_NOT_ALLOWED, "method not allowed");
    }
    let snapshot = shared.snapshot();
    let path = request.uri().path();
    match lookup(path, &snapshot.base_path, |k| {
        snapshot.files.contains_key(k)
    }) {
        Lookup::File(key) => serve(&key, &snapshot.files[&key], StatusCode::OK),
        Lookup::Redirect(to) => Response::builder()
            .status(StatusCode::MOVED_PERMANENTLY)
            .header(
                header::LOCATION,
                HeaderValue::from_str(&to).unwrap_or(HeaderValue::from_static("/")),
            )
            .body(Body::empty())
            .unwrap_or_default(),
        Lookup::NotFound => match snapshot.files.get("404.html") {
            Some(page) => serve("404.html", page, StatusCode::NOT_FOUND),
            None => status(StatusCode::NOT_FOUND, "not found"),
        },
    }
}

fn serve(key: &str, bytes: &bytes::Bytes, code: StatusCode) -> Response<Body> {
    let body = if key.ends_with(".html") {
        bytes::Bytes::from(inject(bytes))
    } else {
        bytes.clone()
    };
    Response::builder()
        .status(code)
        .header(header::CONTENT_TYPE, mime(key))
        .header(header::CACHE_CONTROL, "no-store")
        .header("x-content-type-options", "nosniff")
        .body(Body::from(body))
        .unwrap_or_default()
}

/// Adds the live-reload script before `</body>` (or at the end).
fn inject(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\" defer></script>");
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{tag}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

fn status(code: StatusCode, text: &'static str) -> Response<Body> {
    Response::builder()
        .status(code)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(text))
        .unwrap_or_default()
}
