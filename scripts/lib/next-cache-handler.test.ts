import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import PortalCacheHandler, { buildKeyPrefix, touchesPublicPages } from "./next-cache-handler.mjs";
import { PAGE_CACHE_KEY } from "./page-cache.mjs";

// Next's cache handler empties the page cache where Next expires tags (see the file for why).

const registry = globalThis as { [PAGE_CACHE_KEY]?: { purge(): void } };

function registerPageCache(): { purges: number } {
  const counter = { purges: 0 };
  registry[PAGE_CACHE_KEY] = { purge: () => void counter.purges++ };
  return counter;
}

afterEach(() => {
  delete registry[PAGE_CACHE_KEY];
});

describe("the portal's cache handler", () => {
  const handler = () => new PortalCacheHandler({ flushToDisk: false, maxMemoryCacheSize: 0, revalidatedTags: [] });

  it("empties the page cache once Next has expired a tag of public pages", async () => {
    const pageCache = registerPageCache();
    await handler().revalidateTag(["article:42", "articles"], { expire: 0 });
    expect(pageCache.purges).toBe(1);
    await handler().revalidateTag("_N_T_/layout");
    expect(pageCache.purges).toBe(2);
  });

  it("leaves it alone for workspace pages, which it never holds", async () => {
    const pageCache = registerPageCache();
    await handler().revalidateTag(["_N_T_/quan-ly/layout"]);
    await handler().revalidateTag("_N_T_/quan-ly/quan-tri/nguoi-dung");
    expect(pageCache.purges).toBe(0);
  });

  it("is Next's handler unchanged where no page cache runs (next dev, next build)", async () => {
    await expect(handler().revalidateTag(["articles"])).resolves.toBeUndefined();
  });
});

describe("touchesPublicPages", () => {
  it("tells the workspace's path tags from everything else", () => {
    expect(touchesPublicPages("_N_T_/quan-ly")).toBe(false);
    expect(touchesPublicPages(["_N_T_/quan-ly/binh-luan", "_N_T_/quan-ly/layout"])).toBe(false);
    expect(touchesPublicPages(["_N_T_/quan-ly-khac"])).toBe(true);
    expect(touchesPublicPages(["_N_T_/quan-ly/layout", "comments:7"])).toBe(true);
    expect(touchesPublicPages(["_N_T_/bai-viet/mot"])).toBe(true);
  });
});

describe("pages in Redis", () => {
  it("are kept per build, so a new build never serves pages that name the old build's stylesheets", () => {
    const distDir = mkdtempSync(path.join(os.tmpdir(), "pbgdpl-build-"));
    try {
      writeFileSync(path.join(distDir, "BUILD_ID"), "u7Qd1R_uy9tF\n");
      expect(buildKeyPrefix("pbgdpl:", distDir)).toBe("pbgdpl:u7Qd1R_uy9tF:next:");
      writeFileSync(path.join(distDir, "BUILD_ID"), "Zx81_new\n");
      expect(buildKeyPrefix("pbgdpl:", distDir)).toBe("pbgdpl:Zx81_new:next:");
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
    expect(buildKeyPrefix("pbgdpl:", path.join(os.tmpdir(), "khong-co-ban-build"))).toBe("pbgdpl:dev:next:");
  });
});
