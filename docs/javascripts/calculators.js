// The calculators, in one plain file with two roles. On a page with a calculator form it is the
// page glue: it reads the form as typed, asks Python for the answer and shows it with textContent.
// Loaded again as a module Web Worker (no `document` there), it starts Pyodide with our wheel and
// calls calculators/browser.py: JSON string in, JSON string out. All parsing, validation and
// wording come from Python; the only words here are the labels of the result's parts below.
// Every URL is resolved from this file's own URL, so the site also works under /REPO/.
// Only the calculator pages load it (a <script> under the form), so guide pages stay light;
// site.js, on every page, registers the service worker.

// The Pyodide runtime, relative to this file. scripts/build rewrites it to the versioned folder
// "../pyodide/<build>/" (scripts/lib/bundle_pyodide.py), so a deploy never mixes old and new files.
const RUNTIME = "../pyodide/";
// This file's build, which the page's <script> address also carries (?v=, also written by
// scripts/lib/bundle_pyodide.py): a page from one deploy never runs the script of another.
const BUILD = "";
// The runtime's files (beside its lock file and our wheel), to prefetch and keep for offline use:
// written by scripts/lib/bundle_pyodide.py from what it ships (the loader's name depends on the release).
const RUNTIME_FILES = [];

if (typeof document === "undefined") {
  // ---- In the worker: Pyodide and the send-calculators wheel load together (sha256-checked).
  const indexURL = new URL(RUNTIME, import.meta.url).href;
  // Pyodide only logs a failed WebAssembly download ("wasm instantiation failed!") and never
  // settles, so a dropped connection would leave the page waiting for ever: watch it here.
  const wasmFailed = new Promise((_, reject) => {
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => original.apply(WebAssembly, args).catch((error) => {
        reject(error);
        throw error;
      });
    }
  });
  const browser = Promise.race([wasmFailed, (async () => {
    const { loadPyodide } = await import(indexURL + "pyodide.mjs");
    const pyodide = await loadPyodide({ indexURL, packages: ["send-calculators"] });
    const calculators = pyodide.pyimport("calculators.browser");
    calculators.warm_up(); // before "ready": the reader's first answer does not pay for first-call loading
    return calculators;
  })()]);
  browser.then(() => postMessage({ ready: true }), (error) => postMessage({ failed: String(error) }));
  onmessage = async ({ data: { id, calculator, request } }) => {
    const python = await browser;
    // Python answers any name: one no calculator has (a damaged page) with its "something went wrong".
    postMessage({ id, response: python.answer(calculator, request) });
  };
} else {
  calculatorPage(document.querySelector("form[data-calculator]"));
}

function calculatorPage(form) {
  if (!form) return; // no calculator form on this page: nothing to do, Pyodide is never loaded
  const WORDS = {
    starting: "Getting the calculator ready…",
    startingLarge: "Getting the calculator ready. It is a download of about 4 MB, so it may take a minute on a slow connection…",
    ready: "The calculator is ready.",
    cleared: "Your answers have been cleared from this page. Files you downloaded and links you copied are not deleted.",
    carried: "Your answers from the last page are filled in. Check them as you go.",
    answered: "Your answer is below the form.",
    working: "Working it out.",
    workingFirst: "Working it out. The first time can take up to 30 seconds on a slow connection.",
    error: "Error:",
    timeline: "Your timeline",
    steps: "How this was worked out",
    nextSteps: "What to do next",
    notes: "More about these dates",
    calendar: "Save to calendar",
    calendarReminder: "Save to calendar (with a reminder)",
    calendarReminders: "Save to calendar (with reminders)",
    print: "Print",
    change: "Change your answers",
    changeOne: "Change",
    back: "Back",
    checkAnswers: "Check your answers",
    notAnswered: "Not answered",
    checkDates: "Check your dates carefully. Your deadlines are worked out from them.",
    // The plan ("Make your plan")
    certificate: "Do you need a mediation certificate?",
    doNow: "Do this now",
    fillIn: "Before you send a message, open it and fill in every part in [square brackets].",
    later: "Messages you may need later",
    to: "To: ",
    subject: "Subject: ",
    reliesOn: "This relies on: ",
    copy: "Copy",
    copiedButton: "Copied",
    copied: "Message copied.",
    email: "Email",
    download: "Download",
    // Under every result (issue 20): nothing about the reader is kept in the address unless asked.
    yourAnswers: "Your answers",
    notSaved: "This site does not save your answers. If you copy a link to these answers, the link includes them, such as your dates. Anyone who gets the link can see them.",
    copyLink: "Copy a link to these answers",
    linkCopiedButton: "Link copied",
    linkCopied: "Link copied. It contains your answers, so only send it to people you trust.",
    clear: "Clear my answers",
    // Prepare your appeal (issue 28): the reasons are kept on this device only if the reader asks.
    dates: "Your dates",
    toSend: "What to send with your form",
    reasons: "Your reasons",
    copyAnswer: "Copy answer ",
    answerCopied: "Answer copied.",
    evidence: "Evidence: ",
    save: "Save on this device",
    forget: "Delete what I typed",
    savedNote: "What you type here is not saved unless you select \u201cSave on this device\u201d. Then it stays in this browser, and anyone using this browser can see it.",
    saved: "Saved on this device. Anyone using this browser can see it.",
    forgotten: "What you typed has been deleted from this page and this device.",
    stillSaved: "Your reasons saved on this device are kept. To delete them, answer the questions again and select \u201cDelete what I typed\u201d.",
    cannotSave: "This browser cannot save here. Download your pack to keep it.",
    downloadPack: "Download the pack",
    sources: "Where this comes from",
  };
  const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  const status = form.querySelector(".calculator-status");
  const failed = form.querySelector(".calculator-failed");
  const summary = form.querySelector(".govuk-error-summary");
  const result = document.getElementById(form.dataset.result);
  // The live region is the short status line only; the answer is announced by moving focus to its
  // heading (GOV.UK), so a screen reader never reads the whole result, steps and all, at once.
  result.removeAttribute("role");
  // Under the answer, outside its box: what this page keeps of the reader's answers (issue 20).
  const answersBox = el("div", null, { class: "calculator-your-answers" }); // not printed
  result.after(answersBox);
  const title = document.title;
  const pending = new Map();
  const blobs = []; // the result's downloads (calendar, messages), revoked when it is cleared
  // A page from another deploy than this script (a cached page, a new script, or the reverse). The
  // page's own <script> address says which build it was made with (import.meta.url may not: a
  // service worker answers with its cached copy's address).
  const asked = new URL(document.querySelector('script[src*="javascripts/calculators.js"]').src);
  const outdated = (asked.searchParams.get("v") ?? "") !== BUILD;
  let ready, started = false, failure, lastCall = 0, submissions = 0;
  // Answers handed on by the calculator before (onward()): read once, and deleted at once.
  const HAND_OFF = "send-calculators-answers";
  const forgetHandOff = () => { try { sessionStorage.removeItem(HAND_OFF); } catch {} };
  let carried;
  try {
    carried = new URLSearchParams(sessionStorage.getItem(HAND_OFF) ?? "");
  } catch { // storage turned off
    carried = new URLSearchParams();
  }
  forgetHandOff();

  // ---- Pyodide in a module worker, started once, on the first sign the reader wants it: the first
  // focus or input in the form. Its files start downloading earlier, at low priority, once the page
  // has loaded and the form is in view. With Save-Data on, nothing is fetched until the reader
  // submits, and the status says how big the download is.
  const saveData = navigator.connection?.saveData === true;
  let prefetched = false;
  function startWhenWanted() {
    if (saveData) return; // submit() starts it, through call()
    form.addEventListener("focusin", start, { once: true });
    form.addEventListener("input", start, { once: true });
    if (!("IntersectionObserver" in window)) return;
    const view = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      view.disconnect();
      if (document.readyState === "complete") prefetch();
      else addEventListener("load", prefetch, { once: true });
    });
    view.observe(form);
  }
  const runtimeFile = (name) => new URL(RUNTIME + name, import.meta.url).href;
  const runtimeFiles = () => fetch(runtimeFile("pyodide-lock.json"), { priority: "low" })
    .then((response) => response.json())
    .then((lock) => [...RUNTIME_FILES, "pyodide-lock.json", lock.packages["send-calculators"].file_name].map(runtimeFile));
  function prefetch() { // into the HTTP cache: the worker then reads it there
    if (prefetched || ready || outdated || typeof WebAssembly !== "object") return;
    prefetched = true;
    for (const name of RUNTIME_FILES) {
      fetch(runtimeFile(name), { priority: "low" }).then((response) => response.blob()).catch(() => {});
    }
    runtimeFiles().then((files) => fetch(files.at(-1), { priority: "low" })).then((response) => response.blob())
      .catch(() => {}); // start() reports any failure
  }
  function keepForOffline() { // once the calculator is used: the service worker keeps the runtime too
    // site.js registers the service worker on this event (not with Save-Data on). With
    // Save-Data on, nothing more is downloaded, even by a worker registered on an earlier visit.
    document.dispatchEvent(new Event("calculator-ready"));
    if (!("serviceWorker" in navigator) || saveData) return;
    navigator.serviceWorker.ready.then((registration) => runtimeFiles().then((urlsToCache) =>
      registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache } }))).catch(() => {});
  }
  function start() {
    if (ready) return ready;
    status.textContent = saveData ? WORDS.startingLarge : WORDS.starting;
    failed.hidden = true;
    ready = new Promise((resolve, reject) => {
      if (typeof WebAssembly !== "object") throw new Error("This browser cannot run WebAssembly");
      if (outdated) throw new Error(`This page is from another version (${BUILD || "unbuilt"}) of the site`);
      const worker = new Worker(import.meta.url, { type: "module" });
      const fail = (error) => (worker.terminate(), reject(error));
      worker.onerror = (event) => fail(new Error(event.message || "The calculator did not load"));
      worker.onmessage = ({ data }) => {
        if (data.ready) resolve(worker);
        else if (data.failed) fail(new Error(data.failed));
        else pending.get(data.id)?.(data.response), pending.delete(data.id);
      };
    });
    const starting = ready;
    ready.then(keepForOffline, () => {});
    ready.then(() => ((started = true), (status.textContent = WORDS.ready)), (error) => {
      console.error(error);
      if (ready === starting) ready = null; // the next submit tries again, with a new worker
      status.textContent = "";
      failure = whyNotStarted().then((reason) => {
        failed.querySelectorAll("[data-failed]").forEach((p) => (p.hidden = p.dataset.failed !== reason));
        failed.hidden = false;
      });
    });
    return ready;
  }
  // The failure box says what happened: no WebAssembly here, a new version published (this page's
  // runtime is gone from the site), or a download that failed (the next submit tries again).
  async function whyNotStarted() {
    if (typeof WebAssembly !== "object") return "browser";
    if (outdated) return "new-version";
    try {
      const response = await fetch(runtimeFile("pyodide-lock.json"), { cache: "no-store" });
      return response.status === 404 ? "new-version" : "download";
    } catch {
      return "download";
    }
  }
  function call(calculator, request) {
    return start().then((worker) => new Promise((resolve) => {
      const id = ++lastCall;
      pending.set(id, resolve);
      worker.postMessage({ id, calculator, request: JSON.stringify(request) });
    }));
  }

  // ---- Reading and filling the form. Field wrappers carry data-field (the contract's name)
  // and data-type; fields inside a hidden part (the other kind of claim) are not sent. (A step of a
  // form in steps is hidden too, but its answers are sent.)
  const fields = () => [...form.querySelectorAll("[data-field]")].filter((f) => !f.closest("[data-when][hidden]"));
  const inputs = (field) => [...field.querySelectorAll("input")];
  const fieldId = (field) => field.dataset.field.replaceAll("_", "-");
  function read() {
    const now = new Date();
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, "0")).join("-");
    const request = { today }, answers = new URLSearchParams();
    let calculator = form.dataset.calculator;
    for (const field of fields()) {
      const name = field.dataset.field, type = field.dataset.type;
      let value, answer;
      if (type === "date") {
        const [day, month, year] = inputs(field).map((input) => input.value);
        value = { day, month, year };
        answer = day || month || year ? [year, month, day].map((s) => s.trim()).join("-") : "";
      } else if (type === "checkboxes") {
        value = inputs(field).filter((input) => input.checked).map((input) => input.value);
        answer = value.join(",");
      } else {
        value = inputs(field).find((input) => input.checked)?.value ?? "";
        answer = value;
      }
      if (answer) answers.set(fieldId(field), answer);
      if (type === "calculator") calculator = value;
      else request[name] = value;
    }
    return { calculator, request, answers };
  }
  function fill(answers) {
    let filled = 0;
    for (const field of form.querySelectorAll("[data-field]")) {
      const answer = answers.get(fieldId(field));
      if (answer === null) continue;
      if (field.dataset.type === "date") {
        const [year = "", month = "", day = ""] = answer.split("-");
        inputs(field).forEach((input, i) => (input.value = [day, month, year][i]));
        filled++;
      } else { // a value the question does not offer (a damaged address) is ignored: the default stays
        const chosen = answer.split(",");
        if (inputs(field).some((input) => chosen.includes(input.value))) {
          inputs(field).forEach((input) => (input.checked = chosen.includes(input.value)));
          filled++;
        }
      }
    }
    reveal();
    return filled;
  }
  // The kind of claim decides which questions show (GOV.UK conditional reveal).
  function reveal() {
    const choice = form.querySelector('[data-type="calculator"] input:checked')?.value;
    for (const part of form.querySelectorAll("[data-when]")) part.hidden = part.dataset.when !== choice;
  }

  // ---- Showing errors (GOV.UK error summary and error messages) and results.
  function el(tag, text, attributes = {}) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }
  function clearErrors() {
    summary.hidden = true;
    document.title = title;
    form.querySelectorAll(".govuk-error-message").forEach((message) => message.remove());
    form.querySelectorAll(".govuk-form-group--error").forEach((g) => g.classList.remove("govuk-form-group--error"));
    form.querySelectorAll("[aria-invalid]").forEach((input) => {
      input.removeAttribute("aria-invalid");
      input.classList.remove("govuk-input--error");
    });
    form.querySelectorAll("fieldset[data-describedby]").forEach((f) => f.setAttribute("aria-describedby", f.dataset.describedby));
  }
  function showErrors(errors) {
    // GOV.UK's macro draws an empty summary without its list (scripts/lib/render_forms.py): made once, here.
    const list = summary.querySelector("ul") ?? summary.querySelector(".govuk-error-summary__body")
      .appendChild(el("ul", null, { class: "govuk-list govuk-error-summary__list" }));
    list.replaceChildren();
    for (const { field, target, message } of errors) {
      const item = list.appendChild(el("li"));
      item.append(target ? el("a", message, { href: "#" + target }) : message);
      const wrapper = [...form.querySelectorAll("[data-field]")].find((f) => f.dataset.field === field);
      if (!wrapper) continue;
      const id = fieldId(wrapper) + "-error";
      const text = el("p", null, { class: "govuk-error-message", id });
      text.append(el("span", WORDS.error, { class: "govuk-visually-hidden" }), " " + message);
      wrapper.classList.add("govuk-form-group--error");
      (wrapper.querySelector(".govuk-hint") || wrapper.querySelector("legend")).after(text);
      const fieldset = wrapper.querySelector("fieldset");
      fieldset.dataset.describedby ??= fieldset.getAttribute("aria-describedby") || "";
      fieldset.setAttribute("aria-describedby", (fieldset.dataset.describedby + " " + id).trim());
      const input = document.getElementById(target);
      input?.setAttribute("aria-invalid", "true");
      if (input?.type === "text") input.classList.add("govuk-input--error");
    }
    document.title = WORDS.error + " " + title;
    summary.hidden = false;
    summary.focus();
  }
  // One .ics file (RFC 5545) with every event; each may carry reminders, in days before it.
  function calendarLink(events, label = WORDS.calendar, name = null) {
    const escape = (text) => text.replace(/[\\;,]/g, "\\$&").replace(/\r?\n/g, "\\n");
    const fold = (line) => { // lines of at most 75 octets (RFC 5545 3.1)
      let out = "", octets = 0;
      for (const ch of line) {
        const size = new TextEncoder().encode(ch).length;
        if (octets + size > 75) (out += "\r\n "), (octets = 1);
        out += ch, (octets += size);
      }
      return out;
    };
    const slugOf = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const stamp = "DTSTAMP:" + new Date().toISOString().replace(/[-:]|\.\d+/g, "");
    const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mediation before a SEND appeal//Calculators//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
    for (const { date, summary: what, description, reminders = [] } of [events].flat()) {
      const day = date.replaceAll("-", "");
      const after = new Date(date + "T00:00:00Z");
      after.setUTCDate(after.getUTCDate() + 1);
      lines.push("BEGIN:VEVENT", `UID:${day}-${slugOf(what)}@${location.hostname || "localhost"}`, stamp,
        `DTSTART;VALUE=DATE:${day}`, "DTEND;VALUE=DATE:" + after.toISOString().slice(0, 10).replaceAll("-", ""),
        "SUMMARY:" + escape(what), "DESCRIPTION:" + escape(description), "TRANSP:TRANSPARENT");
      for (const days of reminders) { // at 9am, `days` days before
        lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape(what),
          `TRIGGER:-P${days > 1 ? days - 1 + "D" : ""}T15H`, "END:VALARM");
      }
      lines.push("END:VEVENT");
    }
    lines.push("END:VCALENDAR");
    const ics = lines.map(fold).join("\r\n") + "\r\n";
    const first = [events].flat()[0];
    const file = name ? `${name}.ics` : `${slugOf(first.summary)}-${first.date}.ics`;
    const href = blobURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
    return el("a", label, { href, download: file, class: "md-button" });
  }
  function provision(item) {
    return item.url ? el("a", item.provision, { href: item.url, class: "calculator-citation" }) : el("span", item.provision || "");
  }
  function section(heading, items, tag, render = (text) => text) {
    if (!items?.length) return [];
    const list = el(tag, null, { class: "calculator-list" });
    for (const item of items) list.appendChild(el("li")).append(...[render(item)].flat());
    return heading ? [el("h3", heading), list] : [list];
  }
  function showResult(calculator, display, answers) {
    const actions = el("p", null, { class: "calculator-actions" });
    if (display.calendar) {
      const reminders = display.calendar.reminders?.length ?? 0;
      const label = [WORDS.calendar, WORDS.calendarReminder][reminders] ?? WORDS.calendarReminders;
      actions.append(calendarLink(display.calendar, label), " ");
    }
    actions.append(printButton());
    const heading = answerHeading(display);
    place([
      heading,
      ...display.paragraphs.map((text) => el("p", text)),
      changeLink(),
      ...onward(calculator, answers),
      ...timelineSection(display),
      ...workings(display),
      actions,
    ], answers);
    announce(heading, WORDS.answered);
  }
  // The next calculator, as the page offers it (a hidden part under the form, with its words): the
  // answers go with the reader in a read-once hand-off (issue 20, item 5), never in the address.
  // What this page was handed and did not use (the grounds, on the deadline page) goes on too.
  function onward(calculator, answers) {
    const offer = document.querySelector(`.calculator-onward[data-calculator="${calculator}"]`);
    if (!offer) return [];
    const next = offer.cloneNode(true);
    next.hidden = false;
    next.querySelectorAll("a").forEach((link) => link.addEventListener("click", () => {
      const handed = new URLSearchParams(carried);
      answers.forEach((value, name) => handed.set(name, value));
      try {
        sessionStorage.setItem(HAND_OFF, handed);
      } catch {} // storage turned off: the next page just starts empty
    }));
    return [next];
  }
  // The heading is the answer itself ("The SEND Tribunal must receive your appeal by Monday
  // 1 March 2027"), so focus on it tells every reader the answer first.
  function printButton() {
    const print = el("button", WORDS.print, { type: "button", class: "md-button" });
    print.addEventListener("click", () => window.print());
    return print;
  }
  function changeLink() { // under the answer: back to the questions, answers kept
    const change = el("a", WORDS.change, { href: "#" + form.id });
    change.addEventListener("click", (event) => {
      event.preventDefault();
      planSteps.change();
    });
    const line = el("p", null, { class: "calculator-change" });
    line.append(change);
    return line;
  }
  function answerHeading(display) {
    const heading = el("h2", null, { tabindex: "-1", class: "calculator-heading" });
    heading.append(display.heading + " ", el("span", display.answer, { class: "calculator-answer" }));
    return heading;
  }
  function announce(heading, sentence) { // the live region: one short sentence
    status.textContent = sentence;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
  }
  function timelineSection(display) {
    return section(WORDS.timeline, display.timeline, "ol", (item) =>
      [el("strong", item.date_text, { class: "calculator-date" }), `${item.who}: ${item.what} `, provision(item)]);
  }
  // What to do next (folded only while the reader is in time: late or waiting, it says what to do
  // now), then, folded, more about the dates (the notes) and how it was worked out (steps, citations).
  function workings(display) {
    const next = section(null, display.next_steps, "ul");
    return [...(display.outcome === "in-time" ? folded(WORDS.nextSteps, next) : next.length ? [el("h3", WORDS.nextSteps), ...next] : []),
      ...folded(WORDS.notes, section(null, display.notes, "ul")),
      ...folded(WORDS.steps, section(null, display.steps, "ol", (step) => [step.text + " ", provision(step)]))];
  }
  function folded(summary, nodes) { // GOV.UK details: printed open (site.js)
    if (!nodes.length) return [];
    const details = el("details", null, { class: "calculator-details" });
    details.append(el("summary", summary), ...nodes);
    return [details];
  }
  const addressWithoutAnswers = () => location.href.split("#")[0];
  function blobURL(blob) {
    const url = URL.createObjectURL(blob);
    blobs.push(url);
    return url;
  }
  // The answers are not written into the address (a shared phone keeps its history): a link is made
  // only when the reader asks, and "Clear my answers" empties the form, the result and the address.
  function place(nodes, answers, onwards = []) {
    result.replaceChildren(...nodes);
    answersBox.replaceChildren(...onwards, ...yourAnswers(answers));
    result.hidden = false;
    document.documentElement.classList.add("calculator-has-result");
  }
  function yourAnswers(answers) {
    const copy = el("button", WORDS.copyLink, { type: "button", class: "md-button" });
    const clear = el("button", WORDS.clear, { type: "button", class: "md-button" });
    const buttons = el("p", null, { class: "calculator-actions" });
    buttons.append(copy, " ", clear);
    copy.addEventListener("click", async () => {
      const link = addressWithoutAnswers() + "#" + answers; // the fragment never reaches a server
      try {
        await navigator.clipboard.writeText(link);
        confirm(copy, WORDS.linkCopiedButton, WORDS.linkCopied);
        warning.hidden = false;
      } catch { // no clipboard here: show the link, selected, for the reader to copy
        const shown = buttons.querySelector(".calculator-link") ?? buttons.appendChild(el("span", null, { class: "calculator-link" }));
        shown.textContent = link;
        getSelection().selectAllChildren(shown);
      }
    });
    clear.addEventListener("click", clearAnswers);
    const warning = el("p", WORDS.linkCopied, { hidden: "" }); // beside the button that copied it
    return [el("h2", WORDS.yourAnswers), el("p", WORDS.notSaved), buttons, warning];
  }
  function clearAnswers() {
    ++submissions; // an answer still on its way is dropped
    busy(false);
    form.reset();
    clearErrors();
    result.replaceChildren();
    answersBox.replaceChildren();
    document.documentElement.classList.remove("calculator-has-result");
    blobs.splice(0).forEach((url) => URL.revokeObjectURL(url));
    history.replaceState(null, "", addressWithoutAnswers());
    forgetHandOff();
    carried = new URLSearchParams();
    form.querySelector(".calculator-carried")?.remove();
    planSteps.reset();
    reveal();
    status.textContent = WORDS.cleared + (Object.keys(savedText()).length ? " " + WORDS.stillSaved : "");
    form.querySelector("input").focus();
  }

  // Busy where the finger is: on the button and beside it, after a moment (a ready calculator
  // answers in well under a second, so nothing flashes), and aria-busy on the form.
  const button = form.querySelector('button[type="submit"]');
  const working = el("span", null, { class: "calculator-working", "aria-hidden": "true" }); // the status says it
  button.after(working);
  let busyTimer;
  function busy(on) {
    clearTimeout(busyTimer);
    if (on) form.setAttribute("aria-busy", "true");
    else form.removeAttribute("aria-busy");
    if (!on) return button.classList.remove("calculator-button--busy"), (working.textContent = "");
    busyTimer = setTimeout(() => {
      const words = started ? WORDS.working : WORDS.workingFirst;
      button.classList.add("calculator-button--busy");
      working.textContent = status.textContent = words;
    }, 300);
  }
  // A button that says what it did ("Copied"), for a few seconds, as the live region says it too.
  function confirm(copyButton, words, sentence) {
    const label = copyButton.textContent;
    copyButton.textContent = words;
    status.textContent = sentence;
    setTimeout(() => (copyButton.textContent = label), 5000);
  }

  async function submit() {
    planSteps.showAll();
    const { calculator, request, answers } = read();
    const mine = ++submissions;
    let response;
    busy(true);
    try {
      response = JSON.parse(await call(calculator, request));
    } catch {
      busy(false);
      await failure;
      failed.focus();
      return;
    }
    if (mine !== submissions) return; // a newer submission is on its way
    busy(false);
    clearErrors();
    if (response.ok) {
      // By the answer's shape (issue 23, item 8): one with messages is a plan.
      const show = response.display.checklist ? showPack : response.display.messages ? showPlan : null;
      return show ? show(response.display, answers) : showResult(calculator, response.display, answers);
    }
    result.replaceChildren(); // never leave an old answer beside the errors
    answersBox.replaceChildren();
    document.documentElement.classList.remove("calculator-has-result");
    status.textContent = WORDS.ready;
    showErrors(response.errors);
  }

  // ---- A form in steps (the plan): one question group at a time, as GOV.UK question pages inside
  // the one page, each checked as the reader continues (the messages the build wrote from
  // questions.py: a required answer left out, a date after today); then "Check your answers", with
  // a "Change" link for each answer, and the one submit button. Python checks everything again.
  function planGroups() {
    const groups = [...form.querySelectorAll("[data-group]")];
    if (!groups.length) return { showAll() {}, reset() {}, show() {}, readyToSubmit: () => true,
      change: () => form.querySelector("input").focus() };
    const review = el("div", null, { class: "calculator-check", hidden: "" });
    button.before(review);
    let step = 0;
    function show(to, focus = true) {
      step = to;
      groups.forEach((group, i) => (group.hidden = i !== step));
      review.hidden = step < groups.length;
      button.hidden = step < groups.length;
      if (step === groups.length) review.replaceChildren(...checkYourAnswers());
      if (focus) (step < groups.length ? groups[step].querySelector("input") : review.querySelector("h2")).focus();
    }
    function next() { // "Continue", or Enter in a field: this step's own checks, then the next step
      const errors = missing(groups[step]);
      if (errors.length) return showErrors(errors);
      clearErrors();
      show(step + 1);
    }
    const back = (to) => {
      const link = el("a", WORDS.back, { href: "#" + form.id, class: "calculator-back" });
      link.addEventListener("click", (event) => (event.preventDefault(), clearErrors(), show(to)));
      return link;
    };
    groups.forEach((group, i) => {
      group.querySelector(".calculator-continue").addEventListener("click", next);
      if (i) group.prepend(back(i - 1));
    });
    show(0, false);
    function checkYourAnswers() {
      const list = el("dl", null, { class: "govuk-summary-list" });
      groups.forEach((group, i) => group.querySelectorAll("[data-field]").forEach((field) => {
        const answer = shown(field) || WORDS.notAnswered; // a blank date can change the plan too
        const question = field.querySelector("legend").textContent;
        const change = el("a", WORDS.changeOne, { href: "#" + fieldId(field) });
        change.append(el("span", " " + question, { class: "govuk-visually-hidden" }));
        change.addEventListener("click", (event) => {
          event.preventDefault();
          show(i, false);
          field.querySelector("input").focus();
        });
        const row = list.appendChild(el("div", null, { class: "govuk-summary-list__row" }));
        row.append(el("dt", question, { class: "govuk-summary-list__key" }),
          el("dd", answer, { class: "govuk-summary-list__value" }), el("dd", null, { class: "govuk-summary-list__actions" }));
        row.lastChild.append(change);
      }));
      return [back(groups.length - 1), el("h2", WORDS.checkAnswers, { tabindex: "-1" }), list, el("p", WORDS.checkDates)];
    }
    return {
      showAll: () => show(groups.length, false), // answered all at once (a link with answers)
      reset: () => show(0, false), // back to the first step, as the page opened
      change: () => show(groups.length), // "Change your answers": check them, then change any
      show: (target) => show(groups.findIndex((group) => group.contains(target)), false),
      readyToSubmit: () => step === groups.length || (next(), false), // if not, this step continues
    };
  }
  // What a step must have before the next: each required answer, and no date after today.
  function missing(group) {
    const errors = [];
    for (const field of group.querySelectorAll("[data-field]")) {
      const boxes = inputs(field), first = boxes[0].id;
      if (field.dataset.type === "date") {
        const [day, month, year] = boxes.map((input) => input.value.trim());
        if (!day && !month && !year && field.dataset.enter) errors.push({ field: field.dataset.field, target: first, message: field.dataset.enter });
        const typed = new Date(Number(year), Number(month) - 1, Number(day));
        if (field.dataset.future && /^\d{4}$/.test(year) && /^\d{1,2}$/.test(month) && /^\d{1,2}$/.test(day) &&
            typed.getDate() === Number(day) && typed.getMonth() === Number(month) - 1 && typed > new Date()) errors.push({ field: field.dataset.field, target: first, message: field.dataset.future });
      } else if (field.dataset.select && !boxes.some((input) => input.checked)) {
        errors.push({ field: field.dataset.field, target: first, message: field.dataset.select });
      }
    }
    return errors;
  }
  // An answer as the reader gave it, for "Check your answers" ("" when left blank).
  function shown(field) {
    if (field.dataset.type === "date") {
      const [day, month, year] = inputs(field).map((input) => input.value.trim());
      return [day.replace(/^0+(?=\d)/, ""), MONTH_NAMES[Number(month) - 1] ?? month, year].filter(Boolean).join(" ");
    }
    return inputs(field).filter((input) => input.checked).map((input) => input.labels[0].textContent).join("; ");
  }
  // One message: what it is and when to send it, its Copy, Email and Download (at hand for a message
  // to send now, in the fold for later), and the message itself (who to, subject, text, notes, what
  // it relies on) folded under "Show the message to …".
  function message(item) {
    const whole = `${WORDS.subject}${item.subject}\n\n${item.text}`;
    const body = el("div", item.text, { class: "calculator-message" });
    const copy = el("button", WORDS.copy, { type: "button", class: "md-button" });
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(whole);
        confirm(copy, WORDS.copiedButton, WORDS.copied);
      } catch { // no clipboard here: show and select it for the reader to copy
        details.open = true;
        getSelection().selectAllChildren(body);
      }
    });
    const mailto = "mailto:?subject=" + encodeURIComponent(item.subject) +
      "&body=" + encodeURIComponent(item.text.replace(/\n/g, "\r\n"));
    const text = new Blob([whole.replace(/\n/g, "\r\n")], { type: "text/plain;charset=utf-8" });
    const buttons = el("p", null, { class: "calculator-actions" });
    buttons.append(copy, " ", el("a", WORDS.email, { href: mailto, class: "md-button" }), " ",
      el("a", WORDS.download, { href: blobURL(text), download: `${item.kind}.txt`, class: "md-button" }));
    const relies = el("p", WORDS.reliesOn);
    item.provisions.forEach((p, i) => relies.append(i ? ", " : "", el("a", p.citation, { href: p.url, class: "calculator-citation" })));
    const [details] = folded(item.show, [el("p", WORDS.to + item.to), el("p", WORDS.subject + item.subject), body,
      ...item.notes.map((note) => el("p", note)), relies, ...(item.now ? [] : [buttons])]);
    const letter = el("section", null, { class: "calculator-letter" }); // printed whole, on one page if it fits
    letter.append(el("h4", item.title), el("p", item.when), ...(item.now ? [buttons] : []), details);
    return [letter];
  }
  // The plan, the short answer first (issue 23): the date and where you stand; what to do now,
  // each message's buttons at hand; the dated timeline and the calendar; the certificate answer;
  // the messages for later; then what to do next and the notes, with the workings folded last.
  function showPlan(display, answers) {
    const heading = answerHeading(display);
    const actions = el("p", null, { class: "calculator-actions" });
    if (display.events.length) {
      const label = display.events.some((event) => event.reminders?.length) ? WORDS.calendarReminders : WORDS.calendar;
      actions.append(calendarLink(display.events, label, "my-send-appeal-plan"), " ");
    }
    actions.append(printButton());
    const certificate = display.certificate ? [el("h3", `${WORDS.certificate} ${display.certificate.answer}`),
      ...display.certificate.paragraphs.map((text) => el("p", text))] : [];
    const messages = (now, heading) => {
      const chosen = display.messages.filter((item) => item.now === now);
      return chosen.length ? [el("h3", heading), ...(now ? [el("p", WORDS.fillIn)] : []), ...chosen.flatMap(message)] : [];
    };
    place([
      heading,
      ...display.paragraphs.map((text) => el("p", text)),
      changeLink(),
      ...messages(true, WORDS.doNow),
      ...timelineSection(display),
      actions,
      ...certificate,
      ...messages(false, WORDS.later),
      ...workings(display),
    ], answers, display.certificate ? onward("plan", answers) : []); // outside the result: the next step
    announce(heading, display.announcement);
  }
  // ---- Prepare your appeal: the form, the dates, what to send, and a box for each reason. What is
  // typed is kept in this browser only after "Save on this device", until "Delete what I typed".
  const SAVED = "send-appeal-reasons";
  let saving = false;
  const savedText = () => { try { return JSON.parse(localStorage.getItem(SAVED)) || {}; } catch { return {}; } };
  const grow = (area) => ((area.style.height = "auto"), (area.style.height = area.scrollHeight + 4 + "px"));
  function showPack(display, answers) {
    const heading = answerHeading(display);
    const areas = [], kept = savedText();
    saving = Object.keys(kept).length > 0;
    const link = (item) => { const p = el("p"); p.append(el("a", item.text, { href: item.url })); return p; };
    const linked = (text) => { // "Make your plan" in the dates and the list is a link to it
      const at = display.plan_link ? text.indexOf(display.plan_link.text) : -1;
      return at < 0 ? text : [text.slice(0, at), el("a", display.plan_link.text, { href: display.plan_link.url }),
        text.slice(at + display.plan_link.text.length)];
    };
    const para = (line) => { // a date line: words, or words with the rule they come from, linked (legal read 2, item 6)
      const p = el("p");
      p.append(...(typeof line === "string" ? [linked(line)].flat() : [line.text + " ", provision(line)]));
      return p;
    };
    const box = (id, label, hint) => {
      const group = el("div", null, { class: "govuk-form-group" });
      const area = el("textarea", null, { class: "govuk-textarea", id, name: id, rows: "5", spellcheck: "true", ...(hint && { "aria-describedby": id + "-hint" }) });
      area.value = kept[id] ?? "";
      area.addEventListener("input", () => (grow(area), saving && save()));
      areas.push(area);
      group.append(el("label", label, { class: "govuk-label", for: id }), ...(hint ? [el("div", hint, { class: "govuk-hint", id: id + "-hint" })] : []), area);
      return group;
    };
    const reasons = display.reasons.map((item, i) => {
      const reason = box("reason-" + item.ground, `${i + 1}. ${item.question}`);
      const evidence = box("evidence-" + item.ground, item.evidence, item.evidence_hint);
      const copy = el("button", WORDS.copyAnswer + (i + 1), { type: "button", class: "md-button" });
      copy.addEventListener("click", async () => {
        const [text, proof] = [reason, evidence].map((g) => g.querySelector("textarea"));
        try {
          await navigator.clipboard.writeText(text.value + (proof.value ? `\n\n${WORDS.evidence}${proof.value}` : ""));
          confirm(copy, WORDS.copiedButton, WORDS.answerCopied);
        } catch { text.select(); } // no clipboard here: selected, for the reader to copy
      });
      const section = el("div", null, { class: "calculator-reason" });
      section.append(reason, evidence, copy);
      return section;
    });
    function save() {
      try {
        localStorage.setItem(SAVED, JSON.stringify(Object.assign(savedText(), ...areas.map((a) => ({ [a.id]: a.value })))));
        return true;
      } catch {
        saving = false;
        status.textContent = WORDS.cannotSave;
      }
    }
    const keep = el("button", WORDS.save, { type: "button", class: "md-button" });
    keep.addEventListener("click", () => (saving = true) && save() && (status.textContent = WORDS.saved));
    const forget = el("button", WORDS.forget, { type: "button", class: "md-button" });
    forget.addEventListener("click", () => {
      saving = false;
      try { localStorage.removeItem(SAVED); } catch {}
      areas.forEach((area) => ((area.value = ""), grow(area)));
      status.textContent = WORDS.forgotten;
    });
    const download = el("a", WORDS.downloadPack, { href: "#", download: "my-send-appeal-pack.txt", class: "md-button" });
    download.addEventListener("click", () => (download.href = blobURL(new Blob([packText(display, areas).replace(/\n/g, "\r\n")],
      { type: "text/plain;charset=utf-8" }))));
    const actions = el("p", null, { class: "calculator-actions" });
    actions.append(download, " ", printButton());
    const storage = el("p", null, { class: "calculator-actions" });
    storage.append(keep, " ", forget);
    const has = display.checklist.length > 0;
    place([
      heading,
      ...display.paragraphs.map((text) => el("p", text)),
      ...display.links.map(link),
      ...display.after_links.map((text) => el("p", text)),
      changeLink(),
      ...(has ? [el("h3", WORDS.dates), ...display.dates.map(para),
        ...section(WORDS.toSend, display.checklist, "ul", linked), el("p", display.returned),
        el("h3", WORDS.reasons), el("p", display.reasons_intro), el("p", display.separate_sheet), ...reasons,
        el("p", WORDS.savedNote), storage, actions] : []),
      ...folded(WORDS.sources, section(null, display.sources, "ul", link)),
    ], answers);
    areas.forEach(grow);
    announce(heading, display.announcement);
  }
  function packText(display, areas) { // the whole pack, with what the reader typed
    const typed = (id) => areas.find((area) => area.id === id)?.value.trim() || "";
    const line = (d) => (typeof d === "string" ? d : `${d.text} (${d.provision}, ${d.url})`); // as the command prints it
    return [`${display.heading} ${display.answer}`, "", ...display.paragraphs, ...display.links.map((l) => `${l.text}: ${l.url}`),
      ...display.after_links, "", WORDS.dates, ...display.dates.map(line), "", WORDS.toSend, ...display.checklist.map((item) => "- " + item), display.returned,
      "", WORDS.reasons, ...display.reasons.flatMap((item, i) => ["", `${i + 1}. ${item.question}`, typed("reason-" + item.ground),
        WORDS.evidence + typed("evidence-" + item.ground)])].join("\n") + "\n";
  }

  // ---- Wiring (the form shows from the first paint with scripting on: overrides/main.html).
  const planSteps = planGroups();
  // "Reload the page": site.js, which owns the service worker, lets the new version take over.
  failed.querySelector("[data-reload]")?.addEventListener("click",
    () => document.dispatchEvent(new Event("new-version-wanted")));
  startWhenWanted();
  form.addEventListener("change", reveal);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (planSteps.readyToSubmit()) submit(); // in a form in steps, Enter before the last step continues
  });
  summary.addEventListener("click", (event) => {
    const target = event.target.closest("a") && document.getElementById(event.target.hash.slice(1));
    if (!target) return;
    event.preventDefault(); // leave the address alone; focus the field with its question in view
    planSteps.show(target); // in a form in steps, the step that asks it
    target.focus();
    target.closest("fieldset")?.scrollIntoView({ block: "start" });
  });
  reveal();
  const answers = new URLSearchParams(location.hash.slice(1));
  if ([...form.querySelectorAll("[data-field]")].some((field) => answers.has(fieldId(field)))) {
    planSteps.showAll();
    fill(answers); // a link the reader made ("Copy a link to these answers"): answered, and the
    history.replaceState(null, "", addressWithoutAnswers()); // answers leave the address
    submit();
  } else if (fill(carried)) { // said above the questions, not in the status line, which changes as
    status.after(el("p", WORDS.carried, { class: "calculator-carried" })); // the calculator starts
    const groups = [...form.querySelectorAll("[data-group]")]; // ask only what is missing (issue 28)
    const gap = groups.find((group) => missing(group).length);
    if (gap) planSteps.show(gap.querySelector("input"));
    else if (groups.length) planSteps.showAll(), submit();
  }
}
