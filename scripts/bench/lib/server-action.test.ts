import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeActionAnswer, encodeActionArguments, serverActionId } from "./server-action.mjs";

// What a benchmark needs to call a server action over HTTP: its id from the build, the arguments as
// the browser encodes them, the result out of Next's answer (the answers below are Next 16's own).

const distDir = mkdtempSync(path.join(os.tmpdir(), "pbgdpl-action-"));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));
mkdirSync(path.join(distDir, "server"));
writeFileSync(
  path.join(distDir, "server", "server-reference-manifest.json"),
  JSON.stringify({
    node: {
      "40aa": { workers: { "app/(workspace)/quan-ly/bai-viet/[id]/page": { moduleId: 1, async: true } }, filename: "app/(workspace)/quan-ly/bai-viet/actions.ts", exportedName: "saveArticleAction" },
      "40bb": { workers: { "app/(workspace)/quan-ly/bai-viet/[id]/page": { moduleId: 1, async: true } }, filename: "app/(workspace)/quan-ly/bai-viet/actions.ts", exportedName: "submitArticleAction" },
    },
    edge: {},
  }),
);

describe("server actions over HTTP", () => {
  it("finds an action's id in the build by its file and name, for the page that calls it", () => {
    const file = "app/(workspace)/quan-ly/bai-viet/actions.ts";
    expect(serverActionId({ distDir, file, name: "saveArticleAction", page: "app/(workspace)/quan-ly/bai-viet/[id]/page" })).toBe("40aa");
    expect(() => serverActionId({ distDir, file, name: "saveArticleAction", page: "app/(site)/page" })).toThrow(/0 server actions/);
    expect(() => serverActionId({ distDir, file, name: "deleteArticleAction" })).toThrow(/build up to date/);
  });

  it("encodes arguments as React does: strings beginning with $ escaped", () => {
    expect(encodeActionArguments([{ title: "$100", sapo: "giá $5", byline: undefined, tags: ["a"] }])).toBe('[{"title":"$$100","sapo":"giá $5","byline":"$undefined","tags":["a"]}]');
    expect(() => encodeActionArguments([new Date(0)])).toThrow();
  });

  it("reads the action's result from Next's answer, and refuses an answer that is an error", () => {
    const answer = '0:{"a":"$@1","q":"","i":false,"b":"_pN3aTjsG7RbeQUlzzsHP"}\n1:{"ok":true,"value":{"version":47,"savedAt":"$$ 06/12"}}\n';
    expect(decodeActionAnswer(answer)).toEqual({ ok: true, value: { version: 47, savedAt: "$ 06/12" } });
    expect(() => decodeActionAnswer('0:{"a":"$@1","q":"","i":false,"b":"x"}\n1:E{"digest":"1261264569"}\n')).toThrow(/kind E/);
  });
});
