import { afterEach, describe, expect, it } from "vitest";
import { PAGE_CACHE_KEY } from "@/scripts/lib/page-cache.mjs";
import { keptWithPublicPages } from "./kept-with-public-pages";

const globals = globalThis as { [PAGE_CACHE_KEY]?: { stats(): { entries: number; bytes: number; generation: number } } };

afterEach(() => {
  delete globals[PAGE_CACHE_KEY];
});

describe("values kept with the public pages", () => {
  it("are loaded once while the page cache keeps its pages, again once it was emptied or they grew old", async () => {
    let generation = 0;
    globals[PAGE_CACHE_KEY] = { stats: () => ({ entries: 0, bytes: 0, generation }) };
    let time = 0;
    let loads = 0;
    const categories = keptWithPublicPages(async () => `danh sách #${++loads}`, { now: () => time, keepMs: 30_000 });

    expect(await Promise.all([categories(), categories(), categories()])).toEqual(["danh sách #1", "danh sách #1", "danh sách #1"]);
    time = 29_999;
    expect(await categories()).toBe("danh sách #1");
    generation++; // an administrator renamed a category: Next expired its tag, the page cache emptied
    expect(await categories()).toBe("danh sách #2");
    time = 29_999 + 30_000;
    expect(await categories()).toBe("danh sách #3");
  });

  it("keep no failure, and nothing at all without the page cache (next dev)", async () => {
    globals[PAGE_CACHE_KEY] = { stats: () => ({ entries: 0, bytes: 0, generation: 0 }) };
    let loads = 0;
    const units = keptWithPublicPages(async () => {
      loads++;
      if (loads === 1) throw new Error("cơ sở dữ liệu chưa sẵn sàng");
      return loads;
    });
    await expect(units()).rejects.toThrow("cơ sở dữ liệu chưa sẵn sàng");
    expect(await units()).toBe(2);
    expect(await units()).toBe(2);
    delete globals[PAGE_CACHE_KEY];
    expect(await units()).toBe(3);
    expect(await units()).toBe(4);
  });
});
