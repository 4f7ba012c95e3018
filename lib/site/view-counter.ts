import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";

/**
 * Article views, counted without making pages uncacheable: the page sends a beacon
 * (POST /api/luot-xem), the server adds it to an in-memory tally and writes the tally in one
 * statement every few seconds or every few hundred views, whichever comes first.
 *
 * A crash loses at most one interval of counts: acceptable for a statistic, and nothing else depends
 * on it. With several server processes each keeps its own tally; the UPDATE adds, so they combine.
 */

export type ViewFlush = (counts: ReadonlyMap<number, number>) => Promise<void>;

export type ViewCounterOptions = {
  /** Write at the latest this long after the first view of a batch. */
  intervalMs: number;
  /** Write as soon as this many views are waiting. */
  maxPending: number;
  /** At most this many different articles are kept between writes; views of others wait for the next batch. */
  maxArticles: number;
  flush: ViewFlush;
  onError?: (error: unknown) => void;
};

export class ViewCounter {
  private counts = new Map<number, number>();
  private pending = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: ViewCounterOptions) {}

  /** Counts one view; false when the view was not taken (the tally is full). */
  record(articleId: number): boolean {
    if (!Number.isSafeInteger(articleId) || articleId <= 0) return false;
    if (!this.counts.has(articleId) && this.counts.size >= this.options.maxArticles) return false;
    this.counts.set(articleId, (this.counts.get(articleId) ?? 0) + 1);
    this.pending++;
    if (this.pending >= this.options.maxPending) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.options.intervalMs);
      // Never keep a process alive just to write a statistic.
      this.timer.unref?.();
    }
    return true;
  }

  /** Writes what is waiting (one write at a time, in order). Resolves when it is written. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.counts.size === 0) return this.writing;
    const batch = this.counts;
    this.counts = new Map();
    this.pending = 0;
    this.writing = this.writing.then(() =>
      this.options.flush(batch).catch((error: unknown) => {
        // Losing one batch of views is better than retrying forever against a database that is down.
        this.options.onError?.(error);
      }),
    );
    return this.writing;
  }

  /** Views waiting to be written, for tests and diagnostics. */
  get waiting(): number {
    return this.pending;
  }
}

/** Adds the counted views to the published articles in one statement. */
export async function addArticleViews(counts: ReadonlyMap<number, number>): Promise<void> {
  if (counts.size === 0) return;
  const values = Prisma.join([...counts].map(([id, n]) => Prisma.sql`(${id}::int, ${n}::int)`));
  await db.$executeRaw`
    UPDATE "Article" AS a SET "viewCount" = a."viewCount" + v.n
    FROM (VALUES ${values}) AS v(id, n)
    WHERE a."id" = v.id AND a."state" = 'PUBLISHED' AND a."deletedAt" IS NULL`;
}

const globalForViews = globalThis as unknown as { pbgdplViewCounter?: ViewCounter };

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The process's counter (one per process, kept across the dev server's module reloads). */
export function viewCounter(): ViewCounter {
  globalForViews.pbgdplViewCounter ??= new ViewCounter({
    intervalMs: numberFromEnv("VIEW_COUNT_FLUSH_MS", 5000),
    maxPending: 500,
    maxArticles: 5000,
    flush: addArticleViews,
    onError: (error) => console.error("Ghi lượt xem thất bại:", error),
  });
  return globalForViews.pbgdplViewCounter;
}
