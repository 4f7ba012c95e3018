/*
 * The article's comment form (components/site/comment-form.tsx) without React in the browser: public
 * reading pages are server HTML without Next's client runtime, so that a cheap phone is not kept busy
 * hydrating a page it only reads. This file is all the form needs, loaded only where the form is.
 *
 * - The page is cached and the same for everyone, so the moment the form was shown (the minimum fill
 *   time) comes as a signed token from GET /api/binh-luan/ma; a token posts one comment, so a new one
 *   is asked for after each comment sent.
 * - It posts to POST /api/binh-luan and shows the answer: the refusal with each field's message (what
 *   the reader typed stays, the focus goes to the first field to fix), or the thank-you.
 * Listeners sit on the document, so they keep working whatever replaces the form's elements.
 * Plain ES2019, no dependencies.
 */
(function () {
  "use strict";

  var FORM_ID = "binh-luan-form";
  var FIELDS = ["content", "name", "email"];
  var HINTS = { content: "binh-luan-content-goi-y", email: "binh-luan-email-goi-y" };
  var NETWORK_ERROR = "Không gửi được ý kiến. Vui lòng kiểm tra kết nối mạng rồi thử lại.";

  function form() {
    return document.getElementById(FORM_ID);
  }

  function byId(id) {
    return document.getElementById(id);
  }

  var tokenRequest = null;

  /** Asks for a new token (once at a time) and puts it in the form; resolves when it is there or could not come. */
  function fetchToken() {
    var current = form();
    if (!current) return Promise.resolve();
    if (tokenRequest) return tokenRequest;
    var articleId = current.elements.namedItem("articleId").value;
    tokenRequest = fetch("/api/binh-luan/ma?bai=" + encodeURIComponent(articleId), { cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        var now = form();
        if (now && answer && typeof answer.token === "string") now.elements.namedItem("token").value = answer.token;
      })
      .catch(function () {})
      .then(function () {
        tokenRequest = null;
      });
    return tokenRequest;
  }

  function countCharacters() {
    var content = byId("binh-luan-content");
    var counter = byId("binh-luan-content-dem");
    if (content && counter) counter.textContent = content.value.length.toLocaleString("vi-VN");
  }

  function show(element, text) {
    if (text !== undefined) element.textContent = text;
    element.hidden = false;
  }

  /** Back to a form with no message: no thank-you, no refusal, no field marked. */
  function clearMessages() {
    byId("binh-luan-da-gui").hidden = true;
    byId("binh-luan-loi").hidden = true;
    FIELDS.forEach(function (field) {
      var input = byId("binh-luan-" + field);
      byId("binh-luan-" + field + "-loi").hidden = true;
      input.removeAttribute("aria-invalid");
      if (HINTS[field]) input.setAttribute("aria-describedby", HINTS[field]);
      else input.removeAttribute("aria-describedby");
    });
  }

  function showRefusal(error, fieldErrors) {
    var alert = byId("binh-luan-loi");
    show(alert, error);
    var first = null;
    FIELDS.forEach(function (field) {
      var message = fieldErrors && fieldErrors[field];
      if (!message) return;
      var input = byId("binh-luan-" + field);
      show(byId("binh-luan-" + field + "-loi"), message);
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", (HINTS[field] ? HINTS[field] + " " : "") + "binh-luan-" + field + "-loi");
      if (!first) first = input;
    });
    (first || alert).focus();
  }

  function showSent(current) {
    // The token is spent: the next comment waits for a new one rather than being refused with this one.
    current.elements.namedItem("token").value = "";
    FIELDS.forEach(function (field) {
      current.elements.namedItem(field).value = "";
    });
    countCharacters();
    show(byId("binh-luan-da-gui"));
  }

  function post(current) {
    return fetch("/api/binh-luan", {
      method: "POST",
      credentials: "same-origin",
      body: new URLSearchParams(new FormData(current)),
    }).then(function (response) {
      return response.json().catch(function () {
        return { ok: false, error: NETWORK_ERROR };
      });
    });
  }

  function submit(event) {
    var current = event.target;
    if (!current || current.id !== FORM_ID) return;
    event.preventDefault();
    var button = current.querySelector('button[type="submit"]');
    if (button.disabled) return;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    // A reader quicker than the token waits for it rather than being refused for lack of one.
    var ready = current.elements.namedItem("token").value ? Promise.resolve() : fetchToken();
    ready
      .then(function () {
        return post(current);
      })
      .catch(function () {
        return { ok: false, error: NETWORK_ERROR };
      })
      .then(function (answer) {
        clearMessages();
        if (answer && answer.ok) {
          showSent(current);
          fetchToken();
        } else {
          showRefusal((answer && answer.error) || NETWORK_ERROR, answer && answer.fieldErrors);
        }
      })
      .finally(function () {
        button.disabled = false;
        button.removeAttribute("aria-busy");
      });
  }

  document.addEventListener("submit", submit);
  document.addEventListener("input", function (event) {
    if (event.target && event.target.id === "binh-luan-content") countCharacters();
  });
  if (form()) {
    // A token the browser kept from before a reload may be spent: a new one comes for every visit.
    form().elements.namedItem("token").value = "";
    fetchToken();
    // The browser may have kept what was typed before a reload.
    countCharacters();
  }
})();
