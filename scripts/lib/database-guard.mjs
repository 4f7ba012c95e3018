// When PostgreSQL hangs or restarts, readers get a Vietnamese 503 page within a few seconds instead
// of a connection that never answers, and the portal recovers by itself when the database is back.
//
// How: a request still without an answer after `deadlineMs` makes the guard ask the database probe
// (database-probe.mjs, its own connection, ~1.5 s timeout). If the database does not answer, that
// request gets the 503 page; while it is down, every request waits only for the probe (one query at a
// time, shared by all waiting requests) instead of on the database, and the first answer lets
// requests through again.
// Pages the cache in front keeps (the page cache, Varnish's grace) are still served meanwhile: the
// guard stands behind them. A 5xx Next writes while the database is down is replaced by the same page.
//
// The waits themselves are bounded in lib/db.ts (pool, statement, transaction timeouts): the guard
// answers the reader; the timeouts free the connections.

export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hệ thống tạm thời gián đoạn</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1f2937;background:#f9fafb}main{max-width:36rem;margin:0 auto}h1{font-size:1.4rem;color:#991b1b}p{line-height:1.6}</style>
</head><body><main>
<h1>Hệ thống tạm thời gián đoạn</h1>
<p>Cổng thông tin đang không kết nối được cơ sở dữ liệu nên chưa thể hiển thị trang này. Vui lòng thử lại sau ít phút.</p>
<p>Các bài viết đã đăng vẫn có thể xem được trong lúc hệ thống đang được khôi phục.</p>
<p><a href="/">Về trang chủ</a></p>
</main></body></html>
`;

const UNAVAILABLE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "retry-after": "30",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  "x-content-type-options": "nosniff",
};

/** Answers that never need the database: Next's built files and the health checks (which have their own). */
const EXEMPT_PREFIXES = ["/_next/static/", "/_next/image", "/api/suc-khoe"];

/**
 * @param {{ probe: { reachable(): Promise<boolean> }, deadlineMs?: number,
 *   exempt?: (url: string) => boolean, onChange?: (down: boolean) => void }} options
 */
export function createDatabaseGuard({ probe, deadlineMs = 2000, exempt = () => false, onChange = () => {} }) {
  let down = false;
  let checking = null;

  function check() {
    checking ??= probe
      .reachable()
      .then((ok) => {
        if (down === ok) {
          down = !ok;
          onChange(down);
        }
        return ok;
      })
      .finally(() => {
        checking = null;
      });
    return checking;
  }

  function answerUnavailable(res, writeHead, end) {
    if (res.headersSent) return;
    for (const name of res.getHeaderNames()) if (name !== "x-request-id") res.removeHeader(name);
    const body = Buffer.from(UNAVAILABLE_HTML);
    writeHead.call(res, 503, { ...UNAVAILABLE_HEADERS, "content-length": String(body.length) });
    end.call(res, res.req?.method === "HEAD" ? undefined : body);
  }

  /** Lets Next answer, taking the answer over when the database turns out to be down. */
  function watch(req, res, next) {
    const { writeHead, write, end, setHeader, appendHeader } = res;
    let takenOver = false;
    // While the 503 is being written: Node's end() sends headers nobody sent yet through
    // res.writeHead, i.e. through the guard's own: it must pass them on, not take over a second time.
    let answering = false;
    const own = {
      // Next goes on rendering after the page was taken over: what it still writes goes nowhere.
      setHeader(...args) {
        return takenOver ? this : setHeader.apply(this, args);
      },
      appendHeader(...args) {
        return takenOver ? this : appendHeader.apply(this, args);
      },
      writeHead(statusCode, ...rest) {
        if (answering) return writeHead.call(this, statusCode, ...rest);
        if (takenOver) return this;
        if (statusCode >= 500 && down) {
          takeOver();
          return this;
        }
        return writeHead.call(this, statusCode, ...rest);
      },
      // write and end set the status line themselves (through writeHead) when nothing was sent yet:
      // decide before calling them, since taking over from inside them would end the answer twice.
      write(chunk, encoding, callback) {
        if (failingWhileDown()) takeOver();
        if (takenOver) {
          if (typeof encoding === "function") encoding();
          else if (typeof callback === "function") callback();
          return true;
        }
        return write.call(this, chunk, encoding, callback);
      },
      end(chunk, encoding, callback) {
        if (failingWhileDown()) takeOver();
        if (takenOver) {
          if (typeof chunk === "function") chunk();
          else if (typeof encoding === "function") encoding();
          else if (typeof callback === "function") callback();
          return this;
        }
        return end.call(this, chunk, encoding, callback);
      },
    };
    const failingWhileDown = () => !takenOver && !res.headersSent && res.statusCode >= 500 && down;
    const takeOver = () => {
      // What was installed on the response inside this guard (the Content-Security-Policy wrapper,
      // holding Next's page until it ends) is out of the answer from now on: it would hold the 503's
      // headers too when Node's end() sends them. It still writes through the guard, which drops it.
      Object.assign(res, own);
      answering = true;
      answerUnavailable(res, writeHead, end);
      answering = false;
      takenOver = true;
    };
    Object.assign(res, own);
    const timer = setTimeout(async () => {
      if (res.headersSent || res.writableEnded) return;
      const ok = await check();
      if (!ok && !res.headersSent && !res.writableEnded && !takenOver) takeOver();
    }, deadlineMs);
    timer.unref();
    res.once("close", () => clearTimeout(timer));
    return next(req, res);
  }

  async function handle(req, res, next) {
    const url = req.url ?? "/";
    if (EXEMPT_PREFIXES.some((prefix) => url.startsWith(prefix)) || exempt(url)) return next(req, res);
    if (down) {
      // Every request while down waits for the probe (one at a time, shared), so the first request
      // after the database is back goes through.
      const ok = await check();
      if (!ok) {
        answerUnavailable(res, res.writeHead, res.end);
        return;
      }
    }
    return watch(req, res, next);
  }

  return { handle, check, isDown: () => down };
}
