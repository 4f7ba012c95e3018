import { describe, expect, it } from "vitest";
import { foldForSearch, foldKeepingPositions } from "./fold";
import { MAX_TERMS, parseSearchQuery, termRegExp } from "./query";

describe("foldKeepingPositions", () => {
  it("folds Vietnamese letters one for one, đ and Đ included", () => {
    const text = "Đường Luật Đất đai, Ủy ban – Hòa giải ở cơ sở";
    const folded = foldKeepingPositions(text.normalize("NFC"));
    expect(folded).toBe("duong luat dat dai, uy ban – hoa giai o co so");
    expect(folded).toHaveLength(text.normalize("NFC").length);
  });

  it("keeps the length for characters that do not fold to one letter", () => {
    for (const text of ["Straße", "ﬁ", "İstanbul", "😀 pháp", "中文"]) {
      expect(foldKeepingPositions(text)).toHaveLength(text.length);
    }
  });

  it("reads decomposed (NFD) input after composing it", () => {
    expect(foldForSearch("pha\u0301p luâ\u0323t")).toBe("phap luat");
  });
});

describe("parseSearchQuery", () => {
  it("reads words, folding them, and keeps what was typed for exact matching", () => {
    const { terms, text } = parseSearchQuery("  Pháp   luật ");
    expect(text).toBe("Pháp luật");
    expect(terms).toEqual([
      { kind: "word", words: ["pháp"], folded: ["phap"] },
      { kind: "word", words: ["luật"], folded: ["luat"] },
    ]);
  });

  it("reads quoted phrases, straight or typographic, and the words around them", () => {
    expect(parseSearchQuery('hòa giải "luật đất đai"').terms).toEqual([
      { kind: "phrase", words: ["luật", "đất", "đai"], folded: ["luat", "dat", "dai"] },
      { kind: "word", words: ["hòa"], folded: ["hoa"] },
      { kind: "word", words: ["giải"], folded: ["giai"] },
    ]);
    expect(parseSearchQuery("“đất đai”").terms).toEqual([{ kind: "phrase", words: ["đất", "đai"], folded: ["dat", "dai"] }]);
  });

  it("treats an unclosed quote and a quoted single word as plain words", () => {
    expect(parseSearchQuery('"đất đai').terms.map((t) => t.kind)).toEqual(["word", "word"]);
    expect(parseSearchQuery('"đất"').terms).toEqual([{ kind: "word", words: ["đất"], folded: ["dat"] }]);
  });

  it("drops punctuation, repeats and terms beyond the limit", () => {
    expect(parseSearchQuery("luật, LUẬT; luat!").terms.map((t) => t.folded.join(" "))).toEqual(["luat"]);
    const many = Array.from({ length: 20 }, (_, i) => `tu${i}`).join(" ");
    expect(parseSearchQuery(many).terms).toHaveLength(MAX_TERMS);
    expect(parseSearchQuery(" ,;%_ ").terms).toEqual([]);
    expect(parseSearchQuery(null).terms).toEqual([]);
  });

  it("cuts a very long query", () => {
    expect(parseSearchQuery("a".repeat(1000)).text).toHaveLength(200);
  });
});

describe("term patterns", () => {
  it("matches a phrase's words with any separators between them", () => {
    const [phrase] = parseSearchQuery('"luật đất đai"').terms;
    expect("bo luat dat-dai, luat  dat dai; luat dat".match(termRegExp(phrase))).toEqual(["luat dat-dai", "luat  dat dai"]);
  });

  it("matches whole words only in JavaScript too", () => {
    const [word] = parseSearchQuery("an").terms;
    expect("toan dan an ninh".match(termRegExp(word))).toEqual(["an"]);
    expect("ban, can".match(termRegExp(word))).toBeNull();
  });

  it("never lets regular-expression characters through", () => {
    // Only letters and digits make words, so nothing else can reach a pattern.
    const { terms } = parseSearchQuery("(a|b)* \\d+ [x] .* ^$");
    expect(terms.map((term) => term.folded.join(" "))).toEqual(["a", "b", "d", "x"]);
    for (const term of terms) expect(term.folded.join("")).toMatch(/^[\p{L}\p{N}]+$/u);
  });
});
