import { beforeEach, describe, expect, it, vi } from "vitest";

// The scheduler reports what its jobs changed through this route; every kind of change a use case
// can report must be accepted, and the tags it names expired.
const expired: string[] = [];
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => void expired.push(tag), revalidatePath: () => {}, updateTag: () => {} }));

const { POST } = await import("./route");
const SECRET = "route-test-secret";

function post(body: unknown, secret = SECRET) {
  return POST(new Request("http://portal/api/noi-bo/lam-moi", { method: "POST", headers: { "x-revalidate-secret": secret, "content-type": "application/json" }, body: JSON.stringify(body) }));
}

beforeEach(() => {
  process.env.REVALIDATE_SECRET = SECRET;
  expired.length = 0;
});

describe("POST /api/noi-bo/lam-moi", () => {
  it.each(["documents", "questions", "contests", "units", "categories", "settings"])("accepts a job's report of %s and expires their pages", async (kind) => {
    const response = await post({ changes: { [kind]: true } });
    expect(response.status).toBe(200);
    expect(expired.length).toBeGreaterThan(0);
  });

  it("refuses a kind it does not know, expiring nothing", async () => {
    expect((await post({ changes: { everything: true } })).status).toBe(400);
    expect(expired).toEqual([]);
  });

  it("refuses a wrong secret", async () => {
    expect((await post({ changes: { documents: true } }, "wrong-secret-000")).status).toBe(403);
    expect(expired).toEqual([]);
  });
});
