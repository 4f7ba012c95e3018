// Which inline <script>s of a page the Content-Security-Policy lets run (security-headers.mjs).
//
// Public pages are rendered once and cached, so a per-request nonce is out of the question: the policy
// lists the SHA-256 of each inline script the page carries instead. Hashing every inline script would
// defeat the point — a <script> smuggled into a page (a sanitizer bug, a stored XSS) would be hashed
// and allowed with the rest — so only the shapes Next and React write are hashed:
//   - Next's flight data, `(self.__next_f=self.__next_f||[]).push([0])` and `self.__next_f.push([1,"…"])`,
//     and Turbopack's bootstrap, `(globalThis["TURBOPACK"] || …).push({…})`: a fixed call whose
//     arguments must parse as JSON, i.e. data, never code;
//   - React's streaming instructions (`$RC=function…;$RC("B:0","S:0")`): function definitions copied
//     byte for byte from the React that Next bundles (read from its runtime files at start-up), then a
//     `$R…(…)` call with JSON arguments; and Next's one-line script that moves streamed icon links.
// Anything else is left unhashed, so the browser refuses it, and reported once on the console: after
// a Next upgrade that is the sign a new shape needs adding here (the Playwright check would fail too).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** `type`s that make a <script> a data block: the browser never runs it, so it needs no hash. */
const DATA_BLOCK_TYPES = new Set(["application/ld+json", "application/json"]);

/** Calls that only hand data (their JSON arguments) to Next's or Turbopack's runtime. */
const DATA_CALLEES = ["(self.__next_f=self.__next_f||[]).push", "self.__next_f.push", '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push'];
/** React's instruction functions, defined by the definitions below: `$RC`, `$RS`, `$RX`, `$RR`, `$RV`… */
const REACT_INSTRUCTION = /^\$R[A-Z]{1,2}(?=\()/;

/** The app page runtimes Next may render with (Turbopack or webpack build, experimental React or not). */
const NEXT_RUNTIMES = ["app-page-turbo", "app-page", "app-page-turbo-experimental", "app-page-experimental"].map(
  (name) => `next/dist/compiled/next-server/${name}.runtime.prod.js`,
);

/**
 * Inline scripts as the browser reads them: raw text between <script …> and </script>, with the
 * parser's newline normalisation (CR LF and CR become LF) that the browser applies before hashing.
 * Scripts with a src are left out (script-src 'self' covers them), and so are data blocks.
 *
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi)) {
    const attributes = match[1];
    if (/(?:^|\s)src\s*=/i.test(attributes)) continue;
    const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes);
    if (type && DATA_BLOCK_TYPES.has((type[1] ?? type[2] ?? type[3]).trim().toLowerCase())) continue;
    scripts.push(match[2].replace(/\r\n?/g, "\n"));
  }
  return scripts;
}

/** The CSP source for one script: `'sha256-<base64>'` of its UTF-8 text. */
export function hashSource(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Where the JSON arguments starting at `start` (just after "(") end: the index of the closing ")". */
function closingParenthesis(text, start) {
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === ")") return i;
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    }
  }
  return -1;
}

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `callee(<JSON>, …)` at the start of `text`: the length of the call, or 0 when it is not one. */
function dataCallLength(text, callee) {
  if (!text.startsWith(`${callee}(`)) return 0;
  const open = callee.length + 1;
  const close = closingParenthesis(text, open);
  if (close < 0 || !isJson(`[${text.slice(open, close)}]`)) return 0;
  return close + 1;
}

/**
 * A judge of inline scripts for the given React runtime definitions (default: those of the Next
 * installed here). Returns true for a script Next or React wrote, false for anything else.
 *
 * @param {string[]} [definitions]
 * @returns {(text: string) => boolean}
 */
export function createScriptJudge(definitions = nextRuntimeDefinitions()) {
  // Longest first, so that a definition that extends another is consumed whole.
  const known = [...new Set(definitions)].filter(Boolean).sort((a, b) => b.length - a.length);
  return function isFrameworkScript(text) {
    let rest = text.trim();
    if (rest === "") return false;
    while (rest !== "") {
      const definition = known.find((candidate) => rest.startsWith(candidate));
      if (definition) {
        rest = rest.slice(definition.length);
        continue;
      }
      const instruction = REACT_INSTRUCTION.exec(rest)?.[0];
      const length = Math.max(0, ...[...DATA_CALLEES, ...(instruction ? [instruction] : [])].map((callee) => dataCallLength(rest, callee)));
      if (length === 0) return false;
      rest = rest.slice(length).replace(/^;/, "");
    }
    return true;
  };
}

/** The body of a JavaScript string literal as the string it stands for. */
function unescapeJs(body) {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (_, escape) => {
    if (escape[0] === "x" || escape[0] === "u") return String.fromCharCode(parseInt(escape.slice(1), 16));
    return { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", 0: "\0" }[escape] ?? escape;
  });
}

/**
 * The constant scripts React and Next write into streamed pages, read from Next's app page runtime:
 * React's instruction definitions (string literals starting `$RX=`, `$RB=`…, or the `$RT` timer),
 * without the start of the call React appends to some of them, and Next's icon mover.
 *
 * @param {string[]} [files] runtime files; default: Next's, resolved from the working directory
 * @returns {string[]}
 */
export function nextRuntimeDefinitions(files) {
  const require = createRequire(`${process.cwd()}/`);
  const sources = (files ?? NEXT_RUNTIMES.map((name) => {
    try {
      return require.resolve(name);
    } catch {
      return null;
    }
  }).filter(Boolean)).map((file) => readFileSync(file, "utf8"));
  const definitions = new Set();
  const literal = /(["'])((?:\$R[A-Z]{1,2}=|requestAnimationFrame\(function\(\)\{\$RT=)(?:(?!\1)[^\\]|\\[\s\S])*)\1/g;
  for (const source of sources) {
    for (const match of source.matchAll(literal)) definitions.add(unescapeJs(match[2]).replace(/\$R[A-Z]{1,2}\("$/, ""));
    // Next writes its icon mover inside a template literal, between the <script> tags.
    for (const [text] of source.matchAll(/document\.querySelectorAll\('body link\[rel="icon"\][^<`$\\]*/g)) definitions.add(text);
  }
  return [...definitions];
}
