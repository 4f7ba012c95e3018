import { createRequire } from "node:module";
import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { createScriptJudge, hashSource, inlineScripts, nextRuntimeDefinitions } from "./inline-scripts.mjs";

const require = createRequire(import.meta.url);
const judge = createScriptJudge();

// What `next build` writes into a page (copied from this portal's article page, shortened).
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="vi"><head><script src="/_next/static/chunks/a.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<\\/script>"}</script></head><body>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/1pcw6gskne7pf.js"],"runtimeModuleIds":[94553]});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\n"])</script>',
  '<script>self.__next_f.push([1,"a:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Phổ biến \\u003cb\\u003epháp luật\\u003c/b\\u003e (1)\\"}]\\n"])</script>',
  "</body></html>",
].join("");

/** React's streaming instructions, as the React that Next bundles writes them for a late Suspense boundary. */
async function reactStreamedPage(): Promise<string> {
  // The production builds of React, as `npm start` runs them.
  vi.stubEnv("NODE_ENV", "production");
  const React = require("next/dist/compiled/react") as typeof import("react");
  const { renderToPipeableStream } = require("next/dist/compiled/react-dom/server.node") as typeof import("react-dom/server");
  vi.unstubAllEnvs();
  const h = React.createElement;
  let release = () => {};
  const later = new Promise<void>((resolve) => (release = resolve));
  let ready = false;
  function Late({ fail }: { fail?: boolean }) {
    if (!ready) throw later;
    if (fail) throw new Error("hỏng");
    return h("p", null, "xong");
  }
  const page = h("html", null, h("body", null,
    h(React.Suspense, { fallback: h("span", null, "chờ") }, h(Late)),
    h(React.Suspense, { fallback: "…" }, h(Late, { fail: true })),
    h("div", null, h(React.Suspense, { fallback: "…" }, h("section", null, h(React.Suspense, { fallback: "…" }, h(Late))))),
  ));
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => {
    const sink = new Writable({ write: (chunk, _encoding, done) => (chunks.push(Buffer.from(chunk)), done()) }).on("finish", resolve);
    const stream = renderToPipeableStream(page, {
      onShellReady() {
        stream.pipe(sink);
        setTimeout(() => ((ready = true), release()), 10);
      },
      onError() {},
    });
  });
  return Buffer.concat(chunks).toString("utf8");
}

describe("inlineScripts", () => {
  it("finds the inline scripts a browser would run, as it reads them", () => {
    const scripts = inlineScripts(NEXT_PAGE);
    expect(scripts).toHaveLength(4);
    expect(scripts[1]).toBe("(self.__next_f=self.__next_f||[]).push([0])");
    // External scripts are covered by 'self'; JSON-LD is data the browser never runs.
    expect(scripts.join()).not.toContain("NewsArticle");
    // The HTML parser turns CR LF into LF before the browser hashes a script.
    expect(inlineScripts("<script>a()\r\nb()\rc()</script><SCRIPT type=module>d()</SCRIPT >")).toEqual(["a()\nb()\nc()", "d()"]);
  });
});

describe("hashSource", () => {
  it("is the hash a browser computes (the example of the CSP specification's readers, MDN)", () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe("the judge of inline scripts", () => {
  it("accepts every inline script of a page Next wrote", () => {
    for (const script of inlineScripts(NEXT_PAGE)) expect(judge(script), script).toBe(true);
    expect(judge('(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,{"a":"b"}])')).toBe(true);
    expect(judge(`document.querySelectorAll('body link[rel="icon"], body link[rel="apple-touch-icon"]').forEach(el => document.head.appendChild(el))`)).toBe(true);
  });

  it("accepts React's instructions for content that arrives late: a boundary, an error, a nested segment", async () => {
    const scripts = inlineScripts(await reactStreamedPage());
    expect(scripts.join("\n")).toMatch(/\$RC\("B:0","S:0"\)/);
    expect(scripts.join("\n")).toMatch(/\$RX\("B:1"\)/);
    for (const script of scripts) expect(judge(script), script.slice(0, 80)).toBe(true);
  });

  it.each([
    ["a script of anyone's", "alert(document.cookie)"],
    ["code after flight data", 'self.__next_f.push([1,"x"]);alert(1)'],
    ["code among its arguments", 'self.__next_f.push([1,"x"],alert(1))'],
    ["code in place of its data", "self.__next_f.push(alert(1))"],
    ["a string that closes the call early", 'self.__next_f.push([1,"x"]),alert(1),("y")'],
    ["a comment that hides the rest", 'self.__next_f.push([1,"x"])//"'],
    ["code after React's definitions", "$RB=[];alert(1)"],
    ["code in React's arguments", '$RC("B:0",alert(1))'],
    ["a call to anything else", 'fetch("https://example.com/steal")'],
    ["an empty script", ""],
  ])("refuses %s", (_name, script) => {
    expect(judge(script)).toBe(false);
  });

  it("knows nothing of React's definitions unless it is given them", () => {
    const bare = createScriptJudge([]);
    expect(bare('self.__next_f.push([1,"x"])')).toBe(true);
    expect(bare("requestAnimationFrame(function(){$RT=performance.now()});")).toBe(false);
  });
});

describe("nextRuntimeDefinitions", () => {
  it("reads React's instruction functions and Next's icon mover from the Next installed here", () => {
    const definitions = nextRuntimeDefinitions().join("\n");
    for (const name of ["$RC=function", "$RS=function", "$RX=function", "$RR=function", "$RV=function", "$RT=performance.now()", "document.querySelectorAll('body link[rel=\"icon\"]"]) {
      expect(definitions).toContain(name);
    }
  });
});
