// Search with Pagefind: a button in the header opens a dialog; nothing of the index is downloaded
// until a reader opens it, and then only the chunks a query needs. Everything comes from this site.
(() => {
  "use strict";
  const config = document.getElementById("__config");
  // The site's root: "..", "." or, on the 404 page, "/" (which must not become "//").
  const root = config ? JSON.parse(config.textContent).base : ".";
  const base = new URL(root.endsWith("/") ? root : `${root}/`, location.href);
  const bundle = new URL("pagefind/", base);
  // Pagefind's API with entries named by the query first (assets/explainer/pagefind.js).
  const api = new URL("assets/explainer/", base);
  const icon =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">' +
    '<path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l' +
    "-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 " +
    '9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';
  let ready = null;

  function load(mount) {
    ready ??= new Promise((resolve, reject) => {
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = new URL("pagefind-ui.css", bundle).href;
      document.head.append(style);
      const script = document.createElement("script");
      script.src = new URL("pagefind-ui.js", bundle).href;
      // A large publication's index comes in parts (see generator/site/search.py): search them all.
      const parts = fetch(new URL("parts.json", bundle))
        .then((response) => (response.ok ? response.json() : []))
        .catch(() => []);
      script.onload = async () => {
        const merged = await parts;
        new window.PagefindUI({
          element: mount,
          bundlePath: api.pathname,
          baseUrl: base.pathname,
          showSubResults: true,
          showImages: false,
          resetStyles: false,
          autofocus: true,
          translations: { placeholder: "Search the explainers" },
          mergeIndex: merged.map((part) => ({ bundlePath: new URL(part, bundle).pathname })),
        });
        resolve();
      };
      script.onerror = () => reject(new Error("the search could not be loaded"));
      document.head.append(script);
    });
    return ready;
  }

  function setup() {
    const header = document.querySelector(".md-header__inner");
    // Without script the page offers a link to the index A to Z (generator/site/a_to_z.py) here.
    const fallback = header?.querySelector("a.explainer-search");
    if (!header || document.querySelector("button.explainer-search")) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-header__button md-icon explainer-search";
    button.setAttribute("aria-label", "Search");
    button.title = "Search (/)";
    button.innerHTML = icon;
    if (fallback) fallback.replaceWith(button);
    else header.insertBefore(button, header.querySelector(".md-header__source"));
    const dialog = document.createElement("dialog");
    dialog.className = "explainer-search__dialog";
    dialog.setAttribute("aria-label", "Search the explainers");
    const mount = document.createElement("div");
    dialog.append(mount);
    document.body.append(dialog);
    const open = async () => {
      await load(mount);
      if (!dialog.open) dialog.showModal();
      const input = dialog.querySelector("input");
      // A name of its own, not only a placeholder (axe: label-title-only).
      input?.setAttribute("aria-label", "Search the explainers");
      input?.focus();
    };
    button.addEventListener("click", open);
    // A click on the backdrop or on a result closes the dialog (a result then opens its page).
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog || event.target.closest("a")) dialog.close();
    });
    document.addEventListener("keydown", (event) => {
      const typing = event.target.closest("input, textarea, select, [contenteditable]");
      if (event.key === "/" && !typing && !dialog.open) {
        event.preventDefault();
        open();
      }
    });
  }

  setup();
})();
