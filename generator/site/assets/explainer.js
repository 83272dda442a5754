/* The site's only script of its own. Definitions of glossary terms (a link's title) shown as a
 * tooltip the site draws itself; and a name for the theme's search dialog.
 *
 * The text is only ever set with textContent, so a definition is never read as HTML, whatever
 * it holds. The tooltip shows on hover and on keyboard focus, stays while the pointer is over it,
 * hides on Escape (WCAG 1.4.13), and on a touch screen the first tap on a term shows it (a second
 * tap follows the link). The link keeps its definition as its accessible description.
 * A link to one of the overview's key questions (#q-...) opens its answer.
 */
(function () {
  "use strict";
  var tip = null;
  var owner = null;
  var hideTimer = 0;
  var noHover = window.matchMedia && window.matchMedia("(hover: none)").matches;
  var touched = false;  // the pointer now pressing is a finger or a pen, not a mouse
  var tapped = null;  // the term whose definition the last tap showed

  function tooltip() {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "explainer-tip";
      tip.className = "explainer-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      tip.addEventListener("mouseleave", function () { hideSoon(); });
      // Inside the page's main landmark, with the content it explains (axe: region).
      (document.querySelector("main") || document.body).appendChild(tip);
    }
    return tip;
  }

  function show(link) {
    clearTimeout(hideTimer);
    var box = tooltip();
    box.textContent = link.getAttribute("data-explainer-tip") || "";
    box.hidden = false;
    owner = link;
    var rect = link.getBoundingClientRect();
    var width = Math.min(320, document.documentElement.clientWidth - 16);
    box.style.maxWidth = width + "px";
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    // Page coordinates, less those of the box the tooltip is placed in.
    var frame = box.offsetParent ? box.offsetParent.getBoundingClientRect() : { left: -window.scrollX, top: -window.scrollY };
    box.style.left = left - (frame.left + window.scrollX) + "px";
    box.style.top = rect.bottom + window.scrollY + 6 - (frame.top + window.scrollY) + "px";
  }

  function hide() {
    clearTimeout(hideTimer);
    tapped = null;
    if (tip) {
      tip.hidden = true;
    }
    owner = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  }

  function prepare(root) {
    // Not a heading's permalink mark (title "Permanent link"): it is no term.
    var links = root.querySelectorAll(".md-content a[title]:not(.headerlink)");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      link.setAttribute("data-explainer-tip", link.getAttribute("title"));
      link.removeAttribute("title");
      link.setAttribute("aria-describedby", "explainer-tip-text-" + i);
      var description = document.createElement("span");
      description.id = "explainer-tip-text-" + i;
      description.className = "explainer-tip-text";
      description.hidden = true;
      description.textContent = link.getAttribute("data-explainer-tip");
      link.appendChild(description);
      link.classList.add("explainer-term");
      link.addEventListener("pointerdown", function (event) { touched = event.pointerType !== "mouse"; });
      link.addEventListener("mouseenter", function () { if (!touched && !noHover) { show(this); } });
      link.addEventListener("mouseleave", hideSoon);
      link.addEventListener("focus", function () { if (!touched) { show(this); } });
      link.addEventListener("blur", hideSoon);
      link.addEventListener("click", function (event) {
        if ((touched || noHover) && tapped !== this) {
          event.preventDefault();
          event.stopPropagation();
          tapped = this;
          show(this);
        }
        touched = false;
      });
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && tip && !tip.hidden) {
      hide();
    }
  });
  document.addEventListener("click", function (event) {
    if (owner && !owner.contains(event.target) && !(tip && tip.contains(event.target))) {
      hide();
    }
  });

  // A question is a <details> element: arriving at its anchor opens it, as a reader expects.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
    }
  }
  window.addEventListener("hashchange", openTarget);

  function start() {
    hide();
    menuButton();
    prepare(document);
    openTarget();
  }

  // Material's search is a dialog without a name (axe: aria-dialog-name); it lives in the header,
  // which instant navigation keeps, so naming it once is enough.
  var search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) {
    search.setAttribute("aria-label", "Search this site");
  }

  // The theme's menu button is a label for a hidden checkbox, which the keyboard cannot reach: a real
  // button takes its place, which opens and closes the menu; Escape closes the open menu.
  var drawer = document.getElementById("__drawer");

  function setMenu(open) {
    drawer.checked = open;
    drawer.dispatchEvent(new Event("change"));
  }

  function menuButton() {
    var label = document.querySelector("label.md-header__button[for=__drawer]");
    if (!drawer || !label) { return; }
    var menu = document.createElement("button");
    menu.type = "button";
    menu.className = label.className + " explainer-menu";
    menu.setAttribute("aria-label", "Menu");
    menu.setAttribute("aria-expanded", drawer.checked ? "true" : "false");
    menu.innerHTML = label.innerHTML;  // the theme's icon, from the page itself
    label.replaceWith(menu);
    menu.addEventListener("click", function () {
      setMenu(!drawer.checked);
      var first = drawer.checked && document.querySelector(".md-sidebar--primary a[href]");
      if (first) { setTimeout(function () { first.focus(); }, 50); }
    });
  }

  if (drawer) {
    drawer.addEventListener("change", function () {
      var menu = document.querySelector(".explainer-menu");
      if (menu) { menu.setAttribute("aria-expanded", drawer.checked ? "true" : "false"); }
    });
    document.addEventListener("keydown", function (event) {
      var menu = document.querySelector(".explainer-menu");
      if (event.key === "Escape" && drawer.checked && menu) {
        setMenu(false);
        menu.focus();
      }
    });
  }

  // Material's instant navigation swaps the page in place and announces each page on document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
