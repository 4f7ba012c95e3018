import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { hasReadablePath, refuseMalformedPath } from "./malformed-path.mjs";

let server: Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe("hasReadablePath", () => {
  it.each([
    ["/", true],
    ["/bai-viet/luat-dat-dai-2024", true],
    ["/bai-viet/ph%E1%BB%95-bi%E1%BA%BFn", true],
    ["/tim-kiem?q=%ff", true], // the query is Next's to read, and it reads it leniently
    ["/bai-viet/%ff", false],
    ["/bai-viet/a%E1%BBb", false],
    ["/chuyen-muc/%", false],
    ["/%ff?q=1", false],
  ])("%s → %s", (url, readable) => {
    expect(hasReadablePath(url)).toBe(readable);
  });
});

describe("refuseMalformedPath over HTTP", () => {
  it("answers 400 with a page in Vietnamese for every part of the site, and passes readable addresses on", async () => {
    const asked: string[] = [];
    server = createServer(refuseMalformedPath((req, res) => {
      asked.push(req.url!);
      res.end("trang");
    }));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    for (const path of ["/bai-viet/%ff", "/chuyen-muc/%ff", "/don-vi/%ff", "/tim-kiem/%ff", "/tep/%ff", "/%ff", "/quan-ly/%ff"]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(await response.text()).toContain("Địa chỉ không hợp lệ");
    }
    expect(asked).toEqual([]);
    expect(await (await fetch(`${origin}/bai-viet/ph%E1%BB%95-bi%E1%BA%BFn`)).text()).toBe("trang");
    expect(asked).toEqual(["/bai-viet/ph%E1%BB%95-bi%E1%BA%BFn"]);
  });
});
