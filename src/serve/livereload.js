// Injected by `dossier serve` only: reloads after a rebuild, swaps stylesheets in place,
// and shows a failed build's diagnostics over the last good page.
(() => {
  const events = new EventSource("/__dossier/events");
  let generation = null;
  const overlay = (message) => {
    let box = document.getElementById("dossier-overlay");
    if (!message) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "dossier-overlay";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1em 1.25em;background:#2a0e0e;color:#ffe3e3;border-top:4px solid #e5484d;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "dossier: the last build failed; you are seeing the last good site.\n\n" + message;
  };
  events.addEventListener("state", (e) => {
    const state = JSON.parse(e.data);
    if (generation !== null && state.generation !== generation) { location.reload(); return; }
    generation = state.generation;
    overlay(state.error);
  });
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("css", (e) => {
    const data = JSON.parse(e.data);
    generation = data.generation;
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      if (data.paths.some((p) => url.pathname.endsWith("/" + p))) {
        url.searchParams.set("v", String(data.generation));
        link.href = url.toString();
      }
    }
    overlay(null);
  });
  events.addEventListener("failed", (e) => overlay(JSON.parse(e.data).message));
  events.addEventListener("ok", () => overlay(null));
})();
