// One line of JSON per event, each carrying the id of the request it belongs to (scripts/server.mjs).
//
// Why: with several instances behind Varnish, a reader's complaint ("503 at 10:42") is found by its
// request id (the x-request-id header Varnish and the portal send back) across every instance's log,
// and a log collector reads JSON without guessing at formats. The id follows the request through
// Next's asynchronous work (AsyncLocalStorage), so an error Next prints while rendering carries it.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { format } from "node:util";

const STORE_KEY = Symbol.for("pbgdpl.requestContext");

/** The request being served, seen from anywhere in its asynchronous work (the cache handler too). */
export const requestContext = (globalThis[STORE_KEY] ??= new AsyncLocalStorage());

/** An id a trusted proxy may pass on: short, plain characters, nothing to break a log line. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{6,100}$/;

export function requestIdFor(req, trustedProxies) {
  const given = req.headers["x-request-id"];
  if (trustedProxies > 0 && typeof given === "string" && ACCEPTABLE_ID.test(given)) return given;
  return randomUUID();
}

/**
 * Lines are gathered and written together (every 50 ms or 64 kB): a write per request would cost the
 * page cache a tenth of its speed. Whatever is gathered is written before the process exits.
 */
export function createLineWriter(stream = process.stdout, { flushMs = 50, maxBytes = 64 * 1024 } = {}) {
  let lines = [];
  let bytes = 0;
  let timer = null;
  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (lines.length === 0) return;
    const text = lines.join("");
    lines = [];
    bytes = 0;
    stream.write(text);
  }
  function write(line) {
    lines.push(line);
    bytes += line.length;
    if (bytes >= maxBytes) flush();
    else timer ??= setTimeout(flush, flushMs).unref();
  }
  process.once("exit", flush);
  return { write, flush };
}

/**
 * @param {{ json: boolean, accessLog: boolean, out?: { write(line: string): void }, err?: { write(line: string): void } }} options
 */
export function createRequestLog({ json, accessLog, out = createLineWriter(process.stdout), err = createLineWriter(process.stderr) }) {
  function entry(level, message, fields = {}) {
    const requestId = requestContext.getStore()?.id;
    if (!json) return `${message}${requestId && !fields.requestId ? ` [${requestId}]` : ""}\n`;
    return `${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...(requestId ? { requestId } : {}), ...fields })}\n`;
  }

  function log(level, message, fields) {
    (level === "error" || level === "warn" ? err : out).write(entry(level, message, fields));
  }

  /** Makes console.* write log lines (Next's own messages and errors included). */
  function captureConsole() {
    for (const [method, level] of [["log", "info"], ["info", "info"], ["warn", "warn"], ["error", "error"]]) {
      console[method] = (...args) => log(level, format(...args));
    }
  }

  /**
   * Wraps the server's request listener: the request gets its id (x-request-id on the answer), and,
   * with the access log on, one line when the answer has gone out or the client left.
   */
  function withRequestLog(trustedProxies, handler) {
    return (req, res) => {
      const id = requestIdFor(req, trustedProxies);
      req.headers["x-request-id"] = id;
      res.setHeader("x-request-id", id);
      const context = { id, cacheTags: null, startedAt: Date.now() };
      if (accessLog) {
        const started = process.hrtime.bigint();
        res.once("close", () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const path = (req.url ?? "").split("?")[0];
          // The load balancer's probes, every second: only their failures are worth a line.
          if (path === "/api/suc-khoe" && res.statusCode === 200) return;
          const line = json
            ? `${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "request", requestId: id, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, bytes: Number(res.getHeader("content-length") ?? 0) || undefined, cache: res.getHeader("x-page-cache"), aborted: res.writableFinished ? undefined : true, client: req.headers["x-pbgdpl-client-address"] })}\n`
            : `${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)} ms [${id}]\n`;
          out.write(line);
        });
      }
      return requestContext.run(context, () => handler(req, res));
    };
  }

  return { log, captureConsole, withRequestLog, flush: () => (out.flush?.(), err.flush?.()) };
}
