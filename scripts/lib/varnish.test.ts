import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { noteExpired } from "./expired-tags.mjs";
import { requestContext } from "./request-log.mjs";
import { EVERY_PAGE_TAG, purgeEveryPage, purgeHeaderValues, purgeVarnishTags, varnishPurgeUrls, withXkeyHeader, xkeyValue } from "./varnish.mjs";

// What the portal tells Varnish: the tags a page carries (xkey) and, after a change, which tags to
// purge (scripts/lib/varnish.mjs, deploy/varnish/default.vcl).

const servers: http.Server[] = [];
async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("tags for Varnish", () => {
  it("turns Next's comma-separated tags into xkey's space-separated list", () => {
    expect(xkeyValue("_N_T_/layout,articles,article:7,article-slug:mot-bai")).toBe("_N_T_/layout articles article:7 article-slug:mot-bai");
  });

  it("splits a long purge over several headers and drops what a header cannot carry", () => {
    const tags = Array.from({ length: 2000 }, (_, i) => `article:${i}`);
    const values = purgeHeaderValues([...tags, "có dấu", "two words"]);
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((value) => value.length <= 6000)).toBe(true);
    expect(values.join(" ").split(" ")).toEqual(tags);
  });

  it("reads VARNISH_PURGE_URLS", () => {
    expect(varnishPurgeUrls(" http://a:6081/ ,http://b:6081/,")).toEqual(["http://a:6081/", "http://b:6081/"]);
    expect(varnishPurgeUrls(undefined)).toEqual([]);
  });

  it("sends PURGE with the tags to every Varnish", async () => {
    const seen: string[] = [];
    const handler: http.RequestListener = (req, res) => {
      seen.push(`${req.method} ${req.headers["xkey-purge"]}`);
      res.end("Purged 1");
    };
    const urls = [await serve(handler), await serve(handler)];
    await purgeVarnishTags(["articles", "article:7"], { urls });
    expect(seen).toEqual(["PURGE articles article:7", "PURGE articles article:7"]);
  });
});

describe("an instance starting", () => {
  it("has Varnish let go of every page (the root layout's tag, which every page carries)", async () => {
    const seen: string[] = [];
    const url = await serve((req, res) => {
      seen.push(`${req.method} ${req.headers["xkey-purge"]}`);
      res.end("Purged 12");
    });
    await purgeEveryPage({ urls: [url] });
    expect(EVERY_PAGE_TAG).toBe("_N_T_/layout");
    expect(seen).toEqual(["PURGE _N_T_/layout"]);
  });

  it("starts all the same when Varnish is not running yet", async () => {
    const closed = await serve(() => {});
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await expect(purgeEveryPage({ urls: [closed] })).resolves.toBeUndefined();
  });
});

describe("withXkeyHeader", () => {
  async function answer(tags: string, startedAt: number) {
    const url = await serve((req, res) =>
      requestContext.run({ id: "t", cacheTags: null, startedAt }, () =>
        withXkeyHeader(requestContext, (_q, r) => {
          // Next's cache handler notes the page's tags while serving it.
          requestContext.getStore()!.cacheTags = tags;
          r.setHeader("cache-control", "s-maxage=3600, stale-while-revalidate=31532400");
          r.end("<html></html>");
        })(req, res),
      ),
    );
    return fetch(url);
  }

  it("sends the page's tags", async () => {
    const response = await answer("articles,article:7", Date.now());
    expect(response.headers.get("xkey")).toBe("articles article:7");
    expect(response.headers.get("cache-control")).toContain("s-maxage=3600");
  });

  it("keeps out of Varnish a page whose render began before one of its tags expired", async () => {
    const startedAt = Date.now();
    noteExpired(["article:8"], startedAt + 1);
    const response = await answer("articles,article:8", startedAt);
    expect(response.headers.get("xkey")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
  });
});
