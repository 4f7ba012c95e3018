// Holding a response until Next ends it, to send it changed: shared by the Content-Security-Policy
// (security-headers.mjs), which needs the whole page to hash its scripts, and the public pages
// without Next's client runtime (static-html.mjs), which cut it.
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";

export function headerText(value) {
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

/** @param {import("node:http").ServerResponse} res */
export function isHtml(res) {
  return /^\s*text\/html\b/i.test(headerText(res.getHeader("content-type")));
}

/**
 * writeHead's headers, given as an object or as a flat or nested list of pairs, set on `res`.
 *
 * @param {import("node:http").ServerResponse} res
 * @param {unknown} headers
 */
export function applyHeaders(res, headers) {
  if (!headers) return;
  if (Array.isArray(headers)) {
    const pairs = Array.isArray(headers[0]) ? headers : headers.flatMap((_, i) => (i % 2 === 0 ? [[headers[i], headers[i + 1]]] : []));
    for (const [name, value] of pairs) res.setHeader(name, value);
    return;
  }
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
}

/** A chunk given to write() or end() as a Buffer of its own, or null for none. */
export function asBuffer(chunk, encoding) {
  if (chunk == null || typeof chunk === "function") return null;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
  return Buffer.from(chunk); // a copy: the writer may reuse its buffer
}

const BROTLI_OPTIONS = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } };

/**
 * How to read and write a body sent with this Content-Encoding, or undefined for one not known here.
 *
 * @param {string | string[] | number | undefined} encoding
 * @returns {{ decode(body: Buffer): Buffer, encode(body: Buffer): Buffer } | undefined}
 */
export function contentCoders(encoding) {
  switch (headerText(encoding).trim().toLowerCase()) {
    case "":
    case "identity":
      return { decode: (body) => body, encode: (body) => body };
    case "gzip":
    case "x-gzip":
      return { decode: gunzipSync, encode: (body) => gzipSync(body) };
    case "deflate":
      return { decode: inflateSync, encode: (body) => deflateSync(body) };
    case "br":
      return { decode: brotliDecompressSync, encode: (body) => brotliCompressSync(body, BROTLI_OPTIONS) };
    default:
      return undefined;
  }
}

/**
 * Holds what a handler writes to `res` until it ends it, when `hold()` says so at the first byte or
 * flush (the status and headers are known by then); otherwise everything passes as written.
 * While held, writeHead only records what it was given, and the real one runs when the page is
 * sent — through res.writeHead, so that wrappers installed inside this one still have their say
 * (Node calls it from end()). `send(body, end)` gets the whole body and calls `end(body?)` to send.
 * A body growing past `maxBytes` is let go: what was held goes out as it is, the rest unheld.
 *
 * @param {import("node:http").ServerResponse} res
 * @param {{ hold: () => boolean, send: (body: Buffer, end: (body?: Buffer) => unknown) => unknown, maxBytes?: number }} options
 */
export function holdResponse(res, { hold, send, maxBytes = Infinity }) {
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end };
  /** undecided until the first byte or flush; then held or passed; sending once ended. */
  let mode = "undecided";
  const chunks = [];
  let size = 0;

  const decide = () => {
    if (mode === "undecided") mode = hold() ? "held" : "passed";
    return mode;
  };
  const keep = (buffer) => {
    if (!buffer) return;
    chunks.push(buffer);
    size += buffer.length;
  };

  res.writeHead = function (statusCode, reason, headers) {
    if (mode === "passed" || mode === "sending") return original.writeHead.apply(this, arguments);
    if (typeof reason !== "string") [reason, headers] = [undefined, reason];
    this.statusCode = statusCode;
    if (reason !== undefined) this.statusMessage = reason;
    applyHeaders(this, headers);
    return this;
  };
  res.flushHeaders = function () {
    if (decide() === "passed") return original.flushHeaders.call(this);
  };
  res.write = function (chunk, encoding, callback) {
    if (decide() === "passed") return original.write.call(this, chunk, encoding, callback);
    keep(asBuffer(chunk, encoding));
    if (size > maxBytes) {
      mode = "passed";
      for (const held of chunks.splice(0)) original.write.call(this, held);
    }
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === "function") [chunk, encoding, callback] = [undefined, undefined, chunk];
    else if (typeof encoding === "function") [encoding, callback] = [undefined, encoding];
    const buffer = asBuffer(chunk, encoding);
    if (decide() === "passed") return original.end.call(this, chunk, encoding, callback);
    keep(buffer);
    mode = "sending";
    return send(Buffer.concat(chunks, size), (body) => original.end.call(this, body && body.length > 0 ? body : undefined, undefined, callback));
  };
}
