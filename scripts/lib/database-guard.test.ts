import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabaseGuard } from "./database-guard.mjs";
import { holdResponse } from "./held-response.mjs";

// The guard answers readers with the Vietnamese 503 page when the database stops answering, and lets
// them through again the moment it answers (scripts/lib/database-guard.mjs).

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;
const servers: http.Server[] = [];

async function serve(handler: Handler): Promise<string> {
  const server = http.createServer((req, res) => void handler(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function probeSaying(answer: { ok: boolean }) {
  return { reachable: async () => answer.ok };
}

describe("the database guard", () => {
  it("takes over a request still unanswered at the deadline when the database does not answer", async () => {
    const guard = createDatabaseGuard({ probe: probeSaying({ ok: false }), deadlineMs: 100 });
    // Next waiting on a hung query: it would answer only much later.
    const url = await serve((req, res) => guard.handle(req, res, (_q, r) => void setTimeout(() => r.end("trop tard"), 1000)));
    const started = Date.now();
    const response = await fetch(`${url}/tim-kiem`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toContain("Hệ thống tạm thời gián đoạn");
    expect(Date.now() - started).toBeLessThan(900);
    expect(guard.isDown()).toBe(true);
  });

  it("answers one clean 503 when wrappers in front and behind hold the headers until the end (the runtime cut, the Content-Security-Policy)", async () => {
    const guard = createDatabaseGuard({ probe: probeSaying({ ok: false }), deadlineMs: 100 });
    const url = await serve((req, res) => {
      // As static-html.mjs does: headers are only recorded until the body ends, then sent by Node's end().
      holdResponse(res, { hold: () => res.statusCode === 200, send: (body, end) => end(body) });
      return guard.handle(req, res, (_q, r) => {
        // As the Content-Security-Policy wrapper does inside the guard: Next's page held until it ends.
        holdResponse(r, { hold: () => true, send: (body, end) => end(body) });
        setTimeout(() => r.end("trop tard"), 1000);
      });
    });
    const { port } = new URL(url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => socket.write("GET /tim-kiem HTTP/1.1\r\nHost: cong\r\nConnection: close\r\n\r\n"));
      const chunks: Buffer[] = [];
      socket.on("data", (chunk) => chunks.push(chunk));
      socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      socket.on("error", reject);
    });
    const [head, ...rest] = raw.split("\r\n\r\n");
    const body = rest.join("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(raw.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(Number(/content-length: (\d+)/i.exec(head)?.[1])).toBe(Buffer.byteLength(body));
    expect(body).toContain("Hệ thống tạm thời gián đoạn");
  });

  it("leaves a slow page alone while the database answers", async () => {
    const guard = createDatabaseGuard({ probe: probeSaying({ ok: true }), deadlineMs: 50 });
    const url = await serve((req, res) => guard.handle(req, res, (_q, r) => void setTimeout(() => r.end("trang chậm"), 200)));
    const response = await fetch(`${url}/bao-cao`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("trang chậm");
  });

  it("while down, answers at once without calling Next, and lets the first request after recovery through", async () => {
    const answer = { ok: false };
    const guard = createDatabaseGuard({ probe: probeSaying(answer), deadlineMs: 50 });
    let nextCalls = 0;
    const url = await serve((req, res) =>
      guard.handle(req, res, (_q, r) => {
        nextCalls++;
        setTimeout(() => r.end("xong"), 300);
      }),
    );
    expect((await fetch(`${url}/a`)).status).toBe(503);
    const callsWhenDown = nextCalls;
    expect((await fetch(`${url}/b`)).status).toBe(503);
    expect(nextCalls).toBe(callsWhenDown);
    answer.ok = true;
    const back = await fetch(`${url}/c`);
    expect(back.status).toBe(200);
    expect(await back.text()).toBe("xong");
  });

  it("replaces the error page Next writes when the database went down during the request", async () => {
    const answer = { ok: true };
    const guard = createDatabaseGuard({ probe: probeSaying(answer), deadlineMs: 10_000 });
    const url = await serve((req, res) =>
      guard.handle(req, res, (_q, r) => {
        // The query fails; meanwhile another request's probe found the database gone.
        setTimeout(async () => {
          answer.ok = false;
          await guard.check();
          r.statusCode = 500;
          r.setHeader("content-type", "text/plain");
          r.end("Internal Server Error");
        }, 50);
      }),
    );
    const response = await fetch(`${url}/x`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Vui lòng thử lại sau ít phút");
  });

  it("never stands in front of Next's built files or the health checks", async () => {
    const guard = createDatabaseGuard({ probe: probeSaying({ ok: false }), deadlineMs: 10 });
    await guard.check();
    const url = await serve((req, res) => guard.handle(req, res, (_q, r) => r.end("ok")));
    expect((await fetch(`${url}/_next/static/chunks/app.js`)).status).toBe(200);
    expect((await fetch(`${url}/api/suc-khoe`)).status).toBe(200);
    expect((await fetch(`${url}/`)).status).toBe(503);
  });
});
