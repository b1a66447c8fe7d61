// Progressive enhancement: the site works without this file.
// - search: a box over articles, notes, works, authors and events, from search-index.json;
// - copy buttons for "Cite this article".
(() => {
  "use strict";

  for (const group of document.querySelectorAll(".copy-buttons")) group.hidden = false;
  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-copy]");
    if (!button) return;
    const source = document.getElementById(button.dataset.copy);
    if (!source) return;
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(source.textContent.trim());
      button.textContent = "Copied";
    } catch {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = "Selected: press Ctrl+C";
    }
    setTimeout(() => { button.textContent = label; }, 2000);
  });

  const form = document.querySelector("form.search");
  if (!form) return;
  const input = form.querySelector("input[type=search]");
  const list = form.querySelector(".search-results");
  const status = form.querySelector(".search-status");
  form.hidden = false;

  const fold = (text) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  let index = null;
  const load = async () => {
    if (!index) {
      const response = await fetch(form.dataset.index);
      index = (await response.json()).map(([kind, title, url, text]) => ({ kind, title, url, text, folded: fold(title + " " + text) }));
    }
    return index;
  };

  const snippet = (text, words) => {
    if (!text) return "";
    const folded = fold(text);
    const at = Math.max(0, Math.min(...words.map((w) => { const i = folded.indexOf(w); return i < 0 ? Infinity : i; })));
    const start = Number.isFinite(at) ? Math.max(0, at - 60) : 0;
    return (start > 0 ? "…" : "") + text.slice(start, start + 180) + (start + 180 < text.length ? "…" : "");
  };

  const links = () => [...list.querySelectorAll("a")];
  const close = () => { list.hidden = true; list.replaceChildren(); };

  const search = async () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    if (!words.length) { close(); status.textContent = ""; return; }
    const hits = (await load()).filter((entry) => words.every((w) => entry.folded.includes(w)));
    list.replaceChildren(...hits.slice(0, 25).map((hit) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = hit.url;
      link.textContent = hit.title;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = hit.kind;
      item.append(kind, " ", link);
      const text = snippet(hit.text, words);
      if (text) {
        const p = document.createElement("span");
        p.className = "snippet";
        p.textContent = text;
        item.append(p);
      }
      return item;
    }));
    list.hidden = hits.length === 0;
    status.textContent = hits.length === 0 ? "No results" : `${hits.length} result${hits.length === 1 ? "" : "s"}${hits.length > 25 ? ", showing 25" : ""}`;
  };

  input.addEventListener("focus", () => { load().catch(() => { status.textContent = "Search is unavailable"; }); }, { once: true });
  input.addEventListener("input", () => { search().catch(() => { status.textContent = "Search is unavailable"; }); });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first) location.href = first.href;
  });
  form.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && all.length) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === "ArrowUp" && all.length) {
      event.preventDefault();
      if (at <= 0) input.focus(); else all[at - 1].focus();
    } else if (event.key === "Escape") {
      input.value = "";
      close();
      status.textContent = "";
      input.focus();
    }
  });
})();
