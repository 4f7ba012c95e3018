import { describe, expect, it } from "vitest";
import { readLimited } from "./read-limited";

/** A stream of `chunks` chunks of `size` bytes, counting how many were pulled. */
function counting(chunks: number, size: number, first = 0x41) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(first));
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, state };
}

describe("readLimited", () => {
  it("reads everything within the limit", async () => {
    const { stream } = counting(4, 1000);
    const result = await readLimited(stream, () => 4000);
    expect(result.ok && result.bytes.length).toBe(4000);
  });

  it("stops pulling and cancels the source once past the limit", async () => {
    const { stream, state } = counting(1_000_000, 64 * 1024); // a 64 GB upload, were it all read
    const result = await readLimited(stream, () => 1024 * 1024);
    expect(result).toEqual({ ok: false, limit: 1024 * 1024 });
    expect(state.pulled).toBe(17);
    expect(state.cancelled).toBe(true);
  });

  it("chooses the limit from the first bytes", async () => {
    const limits: number[] = [];
    const result = await readLimited(counting(3, 10, 0xff).stream, (head) => {
      limits.push(head.length);
      return head[0] === 0xff ? 25 : 100;
    });
    expect(result).toEqual({ ok: false, limit: 25 });
    expect(limits).toEqual([16]);
  });

  it("takes async iterables (Node streams) and plain bytes", async () => {
    async function* chunks() {
      yield Buffer.from("Kế hoạch ");
      yield Buffer.from("năm 2026");
    }
    const result = await readLimited(chunks(), () => 100);
    expect(result.ok && result.bytes.toString()).toBe("Kế hoạch năm 2026");
    expect(await readLimited(Buffer.alloc(11), () => 10)).toEqual({ ok: false, limit: 10 });
    expect(await readLimited(new Uint8Array(0), () => 10)).toMatchObject({ ok: true });
  });

  it("passes a broken source's error on", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(4));
        controller.error(new Error("connection reset"));
      },
    });
    await expect(readLimited(broken, () => 100)).rejects.toThrow("connection reset");
  });
});
