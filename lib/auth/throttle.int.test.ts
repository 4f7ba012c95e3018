import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkCredentials } from "./credentials";
import { hashPassword } from "./password";
import { hashAddress } from "./throttle";

// Real sign-in checks against PostgreSQL. Each test uses its own account and address, so the demo
// accounts the browser journeys sign in with are never throttled.
const PASSWORD = "Hòa bình muôn năm 2026";
let passwordHash: string;

async function makeUser(active = true) {
  const email = `thu-${randomUUID().slice(0, 8)}@throttle.test`;
  await db.user.create({ data: { email, name: "Người thử", passwordHash, active } });
  return email;
}
const someAddress = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await db.signInAttempt.deleteMany({ where: { email: { endsWith: "@throttle.test" } } });
  await db.user.deleteMany({ where: { email: { endsWith: "@throttle.test" } } });
});

describe("sign-in checks", () => {
  it("signs in with the email in any case and with spaces around it", async () => {
    const email = await makeUser();
    const result = await checkCredentials({ email: `  ${email.toUpperCase()} `, password: PASSWORD }, someAddress());
    expect(result).toMatchObject({ email });
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    const email = await makeUser(false);
    expect(await checkCredentials({ email, password: PASSWORD }, someAddress())).toBe("INVALID");
  });

  it("refuses an empty form without recording an attempt", async () => {
    const email = await makeUser();
    expect(await checkCredentials({ email, password: "" }, someAddress())).toBe("EMPTY");
    expect(await checkCredentials({ email: "   ", password: PASSWORD }, someAddress())).toBe("EMPTY");
    expect(await db.signInAttempt.count({ where: { email } })).toBe(0);
  });
});

describe("throttling", () => {
  it("after five failures for one account, refuses the next ones — case and spaces change nothing", async () => {
    const email = await makeUser();
    const variants = [email, email.toUpperCase(), ` ${email}`, `${email}  `, email.replace(/^./, (c) => c.toUpperCase())];
    const results = [];
    for (let i = 0; i < 11; i++) {
      results.push(await checkCredentials({ email: variants[i % variants.length], password: `sai-${i}-mat-khau` }, someAddress()));
    }
    expect(results.slice(0, 5)).toEqual(Array(5).fill("INVALID"));
    expect(results.slice(5)).toEqual(Array(6).fill("THROTTLED"));
    // Even the right password is refused while the account is throttled.
    expect(await checkCredentials({ email, password: PASSWORD }, someAddress())).toBe("THROTTLED");
  });

  it("holds when the guesses arrive at the same moment", async () => {
    const email = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => checkCredentials({ email, password: `doan-${i}` }, someAddress())),
    );
    expect(results.filter((r) => r === "INVALID")).toHaveLength(5);
    expect(results.filter((r) => r === "THROTTLED")).toHaveLength(7);
  });

  it("after twenty failures from one address, refuses that address for every account", async () => {
    const address = someAddress();
    for (let i = 0; i < 20; i++) {
      expect(await checkCredentials({ email: `khong-co-${i}-${randomUUID()}@throttle.test`, password: "sai" }, address)).toBe("INVALID");
    }
    const email = await makeUser();
    expect(await checkCredentials({ email, password: PASSWORD }, address)).toBe("THROTTLED");
    expect(await checkCredentials({ email, password: PASSWORD }, someAddress())).toMatchObject({ email });
  });

  it("forgets failures older than fifteen minutes", async () => {
    const email = await makeUser();
    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email, addressHash: hashAddress(someAddress()), succeeded: false, createdAt: sixteenMinutesAgo })),
    });
    expect(await checkCredentials({ email, password: PASSWORD }, someAddress())).toMatchObject({ email });
  });
});
