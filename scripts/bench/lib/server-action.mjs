// Calling a server action over HTTP the way the browser does, for benchmarks that load the workspace
// through the real server: a POST to the page that shows the action, with the action's id in the
// `Next-Action` header and its arguments encoded as React encodes them (a JSON array as text/plain);
// the answer is the React Server Components stream whose first row points at the action's result.
//
// An action's id is a hash Next gives it at build time: it is read from the build's server-reference
// manifest (NEXT_DIST_DIR/server/server-reference-manifest.json) by the file and export name.
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The id of the server action exported as `name` from `file` (as the manifest names it, e.g.
 * "app/(workspace)/quan-ly/bai-viet/actions.ts"); with `page` (e.g. "app/(workspace)/quan-ly/bai-viet/[id]/page"),
 * it must also be one that page can call.
 *
 * @param {{ distDir: string, file: string, name: string, page?: string }} options
 * @returns {string}
 */
export function serverActionId({ distDir, file, name, page }) {
  const manifestPath = path.resolve(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const ids = Object.entries(manifest.node ?? {})
    .filter(([, entry]) => entry.filename === file && entry.exportedName === name)
    .filter(([, entry]) => !page || Object.hasOwn(entry.workers ?? {}, page))
    .map(([id]) => id);
  if (ids.length !== 1) {
    throw new Error(`${manifestPath}: ${ids.length} server actions named ${name} in ${file}${page ? ` for ${page}` : ""} (expected one; is the build up to date?)`);
  }
  return ids[0];
}

/**
 * The arguments as React's encodeReply writes plain data: JSON, with a string that begins with "$"
 * escaped as "$$…" and undefined as "$undefined". Anything else (dates, files, maps) is refused.
 */
export function encodeActionArguments(args) {
  return JSON.stringify(args, function encode(key, value) {
    // A Date reaches here already as a string (its toJSON): look at what the holder has.
    if (this[key] instanceof Date) throw new Error(`encodeActionArguments: ${key} is a date, which React encodes otherwise`);
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (value === undefined) return "$undefined";
    if (value === null || typeof value === "number" || typeof value === "boolean" || Array.isArray(value)) return value;
    if (Object.getPrototypeOf(value) === Object.prototype) return value;
    throw new Error(`encodeActionArguments: ${key} is not plain data`);
  });
}

/** A value of the RSC stream as plain data: "$$…" back to "$…", "$@id" and "$id" references resolved. */
function revive(value, rows, seen = new Set()) {
  if (typeof value === "string") {
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    const reference = /^\$@?([0-9a-f]+)$/.exec(value);
    if (reference) {
      const id = reference[1];
      if (!rows.has(id) || seen.has(id)) throw new Error(`server action answer: row ${id} missing or circular`);
      return revive(rows.get(id), rows, new Set([...seen, id]));
    }
    if (value.startsWith("$")) throw new Error(`server action answer: unsupported value ${value.slice(0, 20)}`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => revive(item, rows, seen));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, rows, seen)]));
  return value;
}

/**
 * The action's result from the RSC stream Next answers with (rows `id:json`, one per line; row 0 holds
 * `a`, the result or a reference to the row with it). Rows of other kinds (modules, text, errors) are
 * not expected from an action that returns plain data and are refused.
 */
export function decodeActionAnswer(text) {
  const rows = new Map();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const match = /^([0-9a-f]+):(.*)$/s.exec(line);
    if (!match) throw new Error(`server action answer: unexpected line ${line.slice(0, 80)}`);
    const [, id, rest] = match;
    if (/^[A-Z]/.test(rest)) throw new Error(`server action answer: row ${id} is of kind ${rest[0]} (${rest.slice(0, 200)})`);
    rows.set(id, JSON.parse(rest));
  }
  const first = rows.get("0");
  if (!first || typeof first !== "object" || !("a" in first)) throw new Error(`server action answer without a result: ${text.slice(0, 200)}`);
  return revive(first.a, rows);
}

/**
 * POSTs the action to `pageUrl` as the browser does and returns the HTTP status and the action's result.
 * `origin` is sent as the browser's Origin header (Next refuses an action from another origin);
 * `cookie` is the Cookie header of a signed-in browser.
 *
 * @param {{ pageUrl: string, actionId: string, args: unknown[], origin: string, cookie?: string, signal?: AbortSignal }} options
 * @returns {Promise<{ status: number, result: unknown }>}
 */
export async function callServerAction({ pageUrl, actionId, args, origin, cookie, signal }) {
  const response = await fetch(pageUrl, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": actionId,
      origin,
      ...(cookie && { cookie }),
    },
    body: encodeActionArguments(args),
    redirect: "manual",
    signal,
  });
  const text = await response.text();
  if (response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith("text/x-component")) {
    return { status: response.status, result: undefined };
  }
  return { status: response.status, result: decodeActionAnswer(text) };
}
