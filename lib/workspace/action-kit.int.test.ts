import { describe, expect, it, vi } from "vitest";
import { nextCacheMock, nextHeadersMock, signInAs } from "@/test-support/next-request";

// The action kit with a real session: who is signed in decides whether the use case runs at all.
vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => ({ ...nextCacheMock(), revalidateTag: vi.fn() }));

const { revalidateTag } = await import("next/cache");
const { db } = await import("@/lib/db");
const { categoryTag } = await import("@/lib/cache-tags");
const { runUseCase, SIGNED_OUT } = await import("./action-kit");

const admin = () => db.user.findUniqueOrThrow({ where: { email: "admin@demo.local" } });

describe("the workspace action kit", () => {
  it("answers a signed-out person with the one message and never calls the use case", async () => {
    await signInAs(null);
    const useCase = vi.fn();
    expect(await runUseCase(useCase, {})).toEqual({ ok: false, error: SIGNED_OUT });
    expect(await runUseCase(useCase, {}, { signedOutNote: "Nội dung đang soạn vẫn còn trên trang." })).toEqual({
      ok: false,
      error: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại. Nội dung đang soạn vẫn còn trên trang.",
    });
    expect(useCase).not.toHaveBeenCalled();
  });

  it("passes a refusal through unchanged and expires nothing", async () => {
    await signInAs(await admin());
    vi.mocked(revalidateTag).mockClear();
    const refusal = { ok: false as const, error: "Không được.", fieldErrors: { name: "Thiếu tên." } };
    expect(await runUseCase(async () => refusal, {})).toEqual(refusal);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("gives the use case the working actor and the raw input, applies its changes once and keeps them from the browser", async () => {
    const user = await admin();
    await signInAs(user);
    vi.mocked(revalidateTag).mockClear();
    const ref = { id: 1, slug: "bai", unitId: 2, originalUnitId: 2, categoryId: 3 };
    const useCase = vi.fn(async () => ({ ok: true as const, value: 7, changes: { articles: [{ before: { ...ref, categoryId: 4 }, after: ref }] } }));
    expect(await runUseCase(useCase, { a: "1" })).toEqual({ ok: true, value: 7 });
    expect(useCase).toHaveBeenCalledWith(expect.objectContaining({ id: user.id }), { a: "1" });
    const tags = vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
    expect(tags).toEqual(expect.arrayContaining([categoryTag(3), categoryTag(4)]));
    expect(new Set(tags).size).toBe(tags.length);
  });
});
