import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ViewCounter } from "./view-counter";

describe("ViewCounter", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function counter(overrides: Partial<ConstructorParameters<typeof ViewCounter>[0]> = {}) {
    const batches: Map<number, number>[] = [];
    const views = new ViewCounter({
      intervalMs: 5000,
      maxPending: 100,
      maxArticles: 10,
      flush: async (counts) => {
        batches.push(new Map(counts));
      },
      ...overrides,
    });
    return { views, batches };
  }

  it("adds views up and writes them once, after the interval", async () => {
    const { views, batches } = counter();
    views.record(1);
    views.record(1);
    views.record(2);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(batches).toEqual([
      new Map([
        [1, 2],
        [2, 1],
      ]),
    ]);
    expect(views.waiting).toBe(0);
  });

  it("writes at once when enough views are waiting", async () => {
    const { views, batches } = counter({ maxPending: 3 });
    views.record(7);
    views.record(7);
    views.record(8);
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([
      new Map([
        [7, 2],
        [8, 1],
      ]),
    ]);
  });

  it("refuses ids that are not article ids, and new articles once the tally is full", () => {
    const { views } = counter({ maxArticles: 2 });
    expect(views.record(0)).toBe(false);
    expect(views.record(-3)).toBe(false);
    expect(views.record(1.5)).toBe(false);
    expect(views.record(1)).toBe(true);
    expect(views.record(2)).toBe(true);
    expect(views.record(3)).toBe(false);
    expect(views.record(2)).toBe(true);
    expect(views.waiting).toBe(3);
  });

  it("drops a batch the database refused, reports it, and goes on", async () => {
    const errors: unknown[] = [];
    let fail = true;
    const written: Map<number, number>[] = [];
    const views = new ViewCounter({
      intervalMs: 10,
      maxPending: 100,
      maxArticles: 10,
      flush: async (counts) => {
        if (fail) throw new Error("database down");
        written.push(new Map(counts));
      },
      onError: (error) => errors.push(error),
    });
    views.record(1);
    await views.flush();
    expect(errors).toHaveLength(1);
    fail = false;
    views.record(2);
    await views.flush();
    expect(written).toEqual([new Map([[2, 1]])]);
  });
});
