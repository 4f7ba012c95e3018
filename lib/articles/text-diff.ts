// A word-level diff for the review view: what changed between the version a reviewer saw before (or
// the published one) and the version in front of them. Pure; Myers-style LCS on words, which is
// plenty for articles of a few thousand words.

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

const tokenize = (text: string) => text.normalize("NFC").match(/\s+|[^\s]+/g) ?? [];

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Trim the common start and end first: most corrections touch a few words of a long text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push("same", a.slice(0, start).join(""));
  // Longest common subsequence table over the differing middle.
  const rows = middleA.length;
  const cols = middleB.length;
  const lcs = Array.from({ length: rows + 1 }, () => new Uint32Array(cols + 1));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lcs[i][j] = middleA[i] === middleB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (middleA[i] === middleB[j]) {
      push("same", middleA[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push("removed", middleA[i++]);
    else push("added", middleB[j++]);
  }
  while (i < rows) push("removed", middleA[i++]);
  while (j < cols) push("added", middleB[j++]);
  push("same", a.slice(endA).join(""));
  return parts;
}

export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind !== "same");
}
