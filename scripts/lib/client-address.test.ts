import { createServer, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, trustedProxyCount, withClientAddress } from "./client-address.mjs";
import { createPageCache } from "./page-cache.mjs";

// The address the portal counts sign-in failures, comments and views against. The server in front
// of Next (scripts/server.mjs) decides it with withClientAddress; here the same listener runs over a
// real HTTP server with the real page cache, and behind it, instead of Next, a handler that keeps the
// headers it was given.

describe("clientAddressFrom: the chain is the X-Forwarded-For entries, then the socket", () => {
  const cases: [string | undefined, string | undefined, number, string][] = [
    // [X-Forwarded-For, socket, trusted proxies, client]
    [undefined, "203.0.113.5", 0, "203.0.113.5"],
    ["198.51.100.1", "203.0.113.5", 0, "203.0.113.5"],
    ["198.51.100.1, 198.51.100.2", "203.0.113.5", 0, "203.0.113.5"],
    ["198.51.100.7", "10.0.0.1", 1, "198.51.100.7"],
    ["6.6.6.6, 198.51.100.7", "10.0.0.1", 1, "198.51.100.7"],
    ["6.6.6.6,198.51.100.7 , 10.0.0.2", "10.0.0.1", 2, "198.51.100.7"],
    // Fewer entries than proxies: the request went around them; the leftmost is the best guess.
    [undefined, "10.0.0.1", 1, "10.0.0.1"],
    ["198.51.100.7", "10.0.0.1", 3, "198.51.100.7"],
    // What proxies and IPv6 sockets write.
    [undefined, "::ffff:127.0.0.1", 0, "127.0.0.1"],
    ["[2001:db8::1]:4711", "10.0.0.1", 1, "2001:db8::1"],
    ["198.51.100.7:4711", "10.0.0.1", 1, "198.51.100.7"],
    [", ,", "10.0.0.1", 1, "10.0.0.1"],
    [undefined, undefined, 0, "unknown"],
  ];
  it.each(cases)("X-Forwarded-For %j, socket %j, %i trusted → %j", (forwardedFor, socketAddress, trustedProxies, client) => {
    expect(clientAddressFrom({ forwardedFor, socketAddress, trustedProxies })).toBe(client);
  });

  it("joins repeated X-Forwarded-For headers in order", () => {
    expect(clientAddressFrom({ forwardedFor: ["6.6.6.6", "198.51.100.7"], socketAddress: "10.0.0.1", trustedProxies: 1 })).toBe("198.51.100.7");
  });
});

describe("TRUSTED_PROXY_COUNT", () => {
  it("is 0 unless set, and must be a whole number", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    for (const wrong of ["-1", "1.5", "hai", "100"]) expect(() => trustedProxyCount(wrong), wrong).toThrow(/TRUSTED_PROXY_COUNT/);
  });
});

describe("clientAddress in the portal", () => {
  it("reads only the server's header, never X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "6.6.6.6" }))).toBe("203.0.113.5");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "6.6.6.6" })).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});

let server: Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** The server's listener over a real socket; `seen` holds the headers each request reached "Next" with. */
async function start(trustedProxies: number) {
  const seen: IncomingHttpHeaders[] = [];
  const cache = createPageCache();
  const next = withClientAddress(trustedProxies, (req, res) =>
    cache.handle(req, res, (inner, answer) => {
      seen.push({ ...inner.headers });
      answer.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=3600" });
      answer.end(`trang ${inner.url}`);
    }),
  );
  server = createServer(next);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  /** Raw header lines, so a header can be sent twice as a client may. */
  const send = (path: string, headers: OutgoingHttpHeaders = {}, method = "GET") =>
    new Promise<{ status: number; cache: string | undefined }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, cache: res.headers["x-page-cache"] as string | undefined }));
      });
      req.on("error", reject);
      req.end();
    });
  return { seen, send, last: () => seen[seen.length - 1] };
}

describe("the server's listener, over HTTP", () => {
  it("with no trusted proxy, gives Next the socket's address whatever the client claims, and drops its X-Forwarded-*", async () => {
    const { send, last } = await start(0);
    await send("/quan-ly", { "x-forwarded-for": "198.51.100.7", [CLIENT_ADDRESS_HEADER]: "198.51.100.8", "x-forwarded-host": "ke-gian.example" }, "POST");
    expect(last()[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(last()["x-forwarded-for"]).toBeUndefined();
    expect(last()["x-forwarded-host"]).toBeUndefined();
    // Sent twice, or rotated on every request: still the socket.
    for (const forged of ["203.0.113.1", "203.0.113.2, 203.0.113.3"]) {
      await send("/api/luot-xem", { "x-forwarded-for": forged, [CLIENT_ADDRESS_HEADER]: [forged, "10.9.9.9"] }, "POST");
      expect(last()[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
    }
  });

  it("behind one trusted proxy, takes the address that proxy appended, not what the client put before it", async () => {
    const { send, last } = await start(1);
    await send("/bai-viet/mot", { "x-forwarded-for": "198.51.100.7" }, "POST");
    expect(last()[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    await send("/bai-viet/mot", { "x-forwarded-for": "6.6.6.6, 198.51.100.7", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" }, "POST");
    expect(last()[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    // The proxy's own headers reach Next (its Host, its scheme), as they should behind a proxy.
    await send("/bai-viet/mot", { "x-forwarded-for": "198.51.100.9", "x-forwarded-proto": "https" }, "POST");
    expect(last()).toMatchObject({ [CLIENT_ADDRESS_HEADER]: "198.51.100.9", "x-forwarded-proto": "https" });
    // A request that reached the server without the proxy: the socket.
    await send("/bai-viet/mot", {}, "POST");
    expect(last()[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
  });

  it("keeps one cached page for every address: the cache does not key on the header", async () => {
    const { seen, send } = await start(1);
    const first = await send("/chuyen-muc/tin-tuc", { "x-forwarded-for": "198.51.100.1" });
    const second = await send("/chuyen-muc/tin-tuc", { "x-forwarded-for": "198.51.100.2" });
    const third = await send("/chuyen-muc/tin-tuc", { [CLIENT_ADDRESS_HEADER]: "198.51.100.3" });
    expect([first.cache, second.cache, third.cache]).toEqual(["MISS", "HIT", "HIT"]);
    expect(seen).toHaveLength(1);
  });
});
