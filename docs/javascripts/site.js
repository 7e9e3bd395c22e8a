// Every page's script: the guide offline after the first visit, and (at the end) the narrow
// screen's navigation drawer from the keyboard, and folded parts printed open.
//
// Offline: the service worker (sw.js, made by
// scripts/lib/service-worker.mjs with Workbox) is scoped to the site's own folder, so it also works
// under /REPO/ on GitHub Pages. It is registered once a guide page has loaded; on a calculator page
// seen for the first time, once the calculator is ready (calculators.js says so with a
// "calculator-ready" event), so that the calculator's download comes first. A page the worker
// already controls registers it at once, so a new deploy is offered even if the calculator of
// the old one cannot start. Never with Save-Data on, since it downloads the guide's
// pages. When a new deploy's worker has installed completely, the page offers a reload; the old
// cache is deleted only once the new worker takes over. A calculator page whose runtime is gone
// asks for the new version the same way (a "new-version-wanted" event).
// The calculators' own code is in calculators.js, which only calculator pages load.
const WORDS = { ready: "A new version of this guide is ready.", reload: "Reload the page", menu: "Menu" };

function offerReload(worker) {
  if (!navigator.serviceWorker.controller || document.querySelector(".site-update")) return;
  const offer = document.createElement("div");
  offer.className = "site-update md-typeset";
  offer.setAttribute("role", "status");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button";
  button.textContent = WORDS.reload;
  button.addEventListener("click", () => worker.postMessage({ type: "SKIP_WAITING" }));
  offer.append(WORDS.ready + " ", button);
  document.body.append(offer);
  navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
}

// A calculator whose runtime a deploy removed asks for the new version ("new-version-wanted"): a
// waiting worker must take over first, or the reload would show the old page again from its cache.
async function takeNewVersion() {
  const registration = navigator.serviceWorker?.controller && await navigator.serviceWorker.getRegistration();
  await registration?.update().catch(() => {});
  const worker = registration && (registration.waiting ?? registration.installing);
  if (!worker) return location.reload();
  navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
  const skipWaiting = () => worker.state === "installed" && worker.postMessage({ type: "SKIP_WAITING" });
  worker.addEventListener("statechange", skipWaiting);
  skipWaiting();
}
document.addEventListener("new-version-wanted", takeNewVersion);

function registerServiceWorker() {
  const scope = new URL("../", import.meta.url);
  navigator.serviceWorker.register(new URL("sw.js", scope), { scope: scope.pathname }).then((registration) => {
    if (registration.waiting) offerReload(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => worker.state === "installed" && offerReload(worker));
    });
  }).catch((error) => console.warn("No offline copy:", error));
}

if ("serviceWorker" in navigator && navigator.connection?.saveData !== true) {
  if (document.querySelector("form[data-calculator]") && !navigator.serviceWorker.controller) {
    document.addEventListener("calculator-ready", registerServiceWorker, { once: true });
  } else if (document.readyState === "complete") {
    registerServiceWorker();
  } else {
    addEventListener("load", registerServiceWorker, { once: true });
  }
}

// The navigation drawer below Material's breakpoint (76.25em: a phone, or a zoomed-in screen) is off
// screen while closed, but its links stayed in the Tab order: 15 invisible stops before the page.
// Closed, it is inert. Its header button, a <label> that Tab skips, becomes a real <button> (same
// look, with a name and its state): it opens the drawer and moves focus into it; Escape closes it
// and returns focus to the button. Without scripting the label stays, and works by tap.
function drawerForKeyboards() {
  const toggle = document.getElementById("__drawer");
  const drawer = document.querySelector(".md-sidebar--primary");
  const label = document.querySelector('.md-header label[for="__drawer"]');
  if (!toggle || !drawer || !label) return;
  const button = document.createElement("button");
  Object.assign(button, { type: "button", className: label.className });
  button.dataset.drawerButton = "";
  button.setAttribute("aria-label", WORDS.menu);
  button.append(...label.childNodes);
  label.replaceWith(button);
  const wide = matchMedia("(min-width: 76.25em)");
  // Inside the drawer, each nested panel (a section, the page's contents) slides in over the
  // first when its own toggle is on; until then it is off screen too, so inert as well.
  const panels = [...drawer.querySelectorAll("input.md-nav__toggle")]
    .map((panelToggle) => [panelToggle, panelToggle.parentElement.querySelector(":scope > nav")])
    .filter(([, panel]) => panel);
  const update = () => {
    drawer.inert = !wide.matches && !toggle.checked;
    for (const [panelToggle, panel] of panels) panel.inert = !wide.matches && !panelToggle.checked;
    button.setAttribute("aria-expanded", String(toggle.checked));
  };
  panels.forEach(([panelToggle]) => panelToggle.addEventListener("change", update));
  button.addEventListener("click", () => {
    toggle.click(); // Material's own state, as a tap on its label
    if (toggle.checked) drawer.querySelector(".md-nav__list a[href]")?.focus();
  });
  drawer.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || wide.matches || !toggle.checked) return;
    toggle.click();
    button.focus();
  });
  toggle.addEventListener("change", update);
  wide.addEventListener("change", update);
  update();
}
drawerForKeyboards();

// A folded part (<details>) prints open: a printed plan or answer is the whole of it.
addEventListener("beforeprint", () => document.querySelectorAll("details:not([open])").forEach((details) => {
  details.open = true;
  details.dataset.openedToPrint = "";
}));
addEventListener("afterprint", () => document.querySelectorAll("details[data-opened-to-print]").forEach((details) => {
  details.open = false;
  delete details.dataset.openedToPrint;
}));
