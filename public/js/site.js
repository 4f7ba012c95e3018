/*
 * The public pages' behaviour without React: reading pages are server HTML without Next's runtime
 * (scripts/lib/static-html.mjs), so a cheap phone does not hydrate what it only reads. Markup in
 * components/site/: category-drawer, reader-tools, copy-link-button, view-beacon; controls that need
 * this script are sent hidden and shown here. Plain ES2019, no dependencies, no build step.
 */
(function () {
  "use strict";

  var d = document;
  var KEY = "pbgdpl:co-chu";
  var SCALES = [0.9, 1, 1.15, 1.3, 1.5];
  var wide = matchMedia("(min-width: 1024px)");
  var open = null; // the open drawer: { root, button, overflow }
  var scale = 1;
  var speaking = 0; // the reading under way, 0 when silent

  function all(selector, root) {
    return [].slice.call((root || d).querySelectorAll(selector));
  }

  function set(element, name, value) {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }

  // Where React hydrates the page too (next dev), change an element once React has it, so that
  // hydration finds the server's markup.
  function whenHydrated(selector, change, tries) {
    var element = d.querySelector(selector);
    if (!element) return;
    if (!window.__next_f || tries > 300 || Object.keys(element).some(function (k) { return /^__reactFiber/.test(k); })) change(element);
    else setTimeout(whenHydrated, 50, selector, change, (tries || 0) + 1);
  }

  // ---- The "Chuyên mục" drawer: focus kept inside, Esc, "Đóng" or the shade closes it ----
  function setDrawer(on) {
    var root = open.root;
    [root, root.firstElementChild].forEach(function (element) {
      element.className = element.getAttribute(on ? "data-open-class" : "data-closed-class");
    });
    all("[data-drawer-only]", root).forEach(function (element) { element.hidden = !on; });
    set(root, "role", on ? "dialog" : null);
    set(root, "aria-modal", on ? "true" : null);
    set(root, "aria-label", on ? root.getAttribute("data-dialog-label") : null);
    open.button.setAttribute("aria-expanded", on);
    d.body.style.overflow = on ? "hidden" : open.overflow; // the page behind stays still
  }

  function openDrawer(button) {
    var root = d.querySelector("[data-drawer]");
    if (open || !root) return;
    open = { root: root, button: button, overflow: d.body.style.overflow };
    setDrawer(true);
    root.querySelector("button").focus();
  }

  function closeDrawer(returnFocus) {
    if (!open) return;
    setDrawer(false);
    if (returnFocus) open.button.focus();
    open = null;
  }

  function trapFocus(event) {
    var focusable = all("a[href], button", open.root);
    var first = focusable[0];
    var last = focusable[focusable.length - 1];
    if (d.activeElement === (event.shiftKey ? first : last) || !open.root.contains(d.activeElement)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  // The layout is cached for every page, so it cannot mark the page being read; an article's
  // section is the category in its breadcrumb.
  function markCurrent(menu) {
    var path = location.pathname;
    var crumb = /^\/bai-viet\//.test(path) && d.querySelector('nav[aria-label="Đường dẫn"] a[href^="/chuyen-muc/"]');
    all("a[href]", menu).forEach(function (link) {
      var href = link.getAttribute("href");
      var page = href === "/" ? path === "/" : path === href || path.indexOf(href + "/") === 0;
      set(link, "aria-current", page ? "page" : crumb && href === crumb.getAttribute("href") ? "true" : null);
    });
  }

  // ---- Reader tools: text size (remembered on this device), read aloud, print ----
  function applyScale(tools, index) {
    var article = d.querySelector(tools.dataset.readerTools);
    scale = index;
    if (article) article.style.setProperty("--article-scale", SCALES[index]);
    all("[data-scale]", tools).forEach(function (button) {
      button.disabled = !SCALES[index + Number(button.dataset.scale)];
    });
  }

  function changeScale(tools, step) {
    applyScale(tools, Math.min(SCALES.length - 1, Math.max(0, scale + step)));
    tools.querySelector("[role=status]").textContent = "Cỡ chữ " + Math.round(SCALES[scale] * 100) + "%";
    try {
      localStorage.setItem(KEY, scale);
    } catch {
      // Private browsing may refuse storage: the size still applies to this page.
    }
  }

  function showSpeaking(tools, on, message) {
    var button = tools.querySelector("[data-speak]");
    button.textContent = on ? "Dừng đọc" : "Nghe đọc bài";
    button.setAttribute("aria-pressed", on);
    // Shown, not only announced: a reader hearing a foreign voice should see why.
    if (message) tools.querySelector("[role=status]").textContent = message;
  }

  function toggleSpeech(tools) {
    var article = d.querySelector(tools.dataset.readerTools);
    var parts = (article ? all("[data-doc], [data-doc-than] > *", article) : [])
      .map(function (element) { return element.textContent.replace(/\s+/g, " ").trim(); })
      .filter(Boolean);
    speechSynthesis.cancel();
    if (speaking) {
      speaking = 0;
      return showSpeaking(tools, false, "Đã dừng đọc bài.");
    }
    if (!parts.length) return;
    var voice = speechSynthesis.getVoices().find(function (v) { return /^vi/i.test(v.lang); });
    var reading = (speaking = Date.now());
    var stop = function () {
      if (speaking !== reading) return;
      speaking = 0;
      showSpeaking(tools, false);
    };
    // One utterance per paragraph: some browsers stop long utterances part-way.
    parts.forEach(function (text, index) {
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = "vi-VN";
      if (voice) utterance.voice = voice;
      if (index === parts.length - 1) utterance.onend = stop;
      utterance.onerror = stop;
      speechSynthesis.speak(utterance);
    });
    showSpeaking(tools, true, voice ? "Đang đọc bài." : "Đang đọc bài (thiết bị không có giọng tiếng Việt, âm đọc có thể chưa chuẩn).");
  }

  // ---- Copy the article's address; count one view (app/api/luot-xem) ----
  function copyLink(button) {
    var url = button.dataset.copyLink;
    var byHand = function () { prompt("Sao chép liên kết bài viết:", url); };
    try {
      navigator.clipboard.writeText(url).then(function () { button.nextElementSibling.textContent = "Đã sao chép liên kết."; }, byHand);
    } catch {
      byHand(); // no clipboard here: the link, to copy by hand
    }
  }

  function countView(id) {
    var body = JSON.stringify({ articleId: Number(id) });
    if (!(navigator.sendBeacon && navigator.sendBeacon("/api/luot-xem", new Blob([body], { type: "application/json" })))) {
      fetch("/api/luot-xem", { method: "POST", body: body, headers: { "Content-Type": "application/json" }, keepalive: true }).catch(function () {});
    }
  }

  // ---- Events, on the document: they work whatever replaces the elements ----
  d.addEventListener("click", function (event) {
    var at = function (selector) { return event.target.closest && event.target.closest(selector); };
    var tools = at("[data-reader-tools]");
    if (at("[data-drawer-button]")) {
      event.preventDefault();
      openDrawer(at("[data-drawer-button]"));
    } else if (at("[data-drawer-close]")) closeDrawer(true);
    else if (at("[data-scale]")) changeScale(tools, Number(at("[data-scale]").dataset.scale));
    else if (at("[data-speak]")) toggleSpeech(tools);
    else if (at("[data-print]")) print();
    else if (at("[data-copy-link]")) copyLink(at("[data-copy-link]"));
  });

  d.addEventListener("keydown", function (event) {
    if (open && event.key === "Escape") {
      event.preventDefault();
      closeDrawer(true);
    } else if (open && event.key === "Tab") trapFocus(event);
    else if (event.key === " " && event.target.closest && event.target.closest("[data-drawer-button]")) {
      event.preventDefault(); // a link acting as a button opens with Space too
      openDrawer(event.target);
    }
  });

  // A window widened past 1024 px shows the inline menu; a page kept for Back comes back closed.
  if (wide.addEventListener) wide.addEventListener("change", function () { if (wide.matches) closeDrawer(false); });
  addEventListener("pagehide", function () {
    closeDrawer(false);
    if (speaking) speechSynthesis.cancel();
  });

  function init() {
    whenHydrated("[data-drawer-button]", function (button) {
      // Without this script a link to the menu (which :target shows); with it, the drawer's button.
      set(button, "role", "button");
      set(button, "aria-controls", "menu-chuyen-muc");
      set(button, "aria-expanded", "false");
      if (location.hash === "#menu-chuyen-muc") {
        history.replaceState(history.state, "", location.pathname + location.search);
        if (!wide.matches) openDrawer(button);
      }
    });
    whenHydrated("[data-drawer]", markCurrent);
    whenHydrated("[data-reader-tools]", function (tools) {
      var stored;
      try {
        stored = localStorage.getItem(KEY);
      } catch {
        // No storage: the default size.
      }
      applyScale(tools, /^[0-4]$/.test(stored) ? Number(stored) : 1);
      var canSpeak = window.speechSynthesis && window.SpeechSynthesisUtterance;
      all("button[hidden]", tools).forEach(function (button) {
        button.hidden = !canSpeak && "speak" in button.dataset;
      });
    });
    whenHydrated("[data-copy-link]", function (button) { button.hidden = false; });
    all("[data-view-beacon]").forEach(function (element) { countView(element.dataset.viewBeacon); });
  }

  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", init);
  else init();
})();
