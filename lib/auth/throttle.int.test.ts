import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkCredentials } from "./credentials";
import { hashPassword } from "./password";
import { hashAddress, pairDelayMinutes } from "./throttle";

// Real sign-in checks against PostgreSQL. Each test uses its own accounts and addresses, so the demo
// accounts the browser journeys sign in with are never throttled. Time passes by moving recorded
// attempts into the past, on the database's own clock.
const PASSWORD = "Hòa bình muôn năm 2026";
let passwordHash: string;

async function makeUser(active = true) {
  const email = `thu-${randomUUID().slice(0, 8)}@throttle.test`;
  await db.user.create({ data: { email, name: "Người thử", passwordHash, active } });
  return email;
}
const unknownEmail = () => `khong-co-${randomUUID().slice(0, 8)}@throttle.test`;
const someAddress = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const wrong = (email: string, address: string, i = 0) => checkCredentials({ email, password: `sai-${i}-mat-khau` }, address);
const right = (email: string, address: string) => checkCredentials({ email, password: PASSWORD }, address);

/** As if `seconds` had gone by for every attempt on these emails. */
async function letTimePass(seconds: number, ...emails: string[]) {
  await db.$executeRaw`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - make_interval(secs => ${seconds}) WHERE email = ANY(${emails})`;
}

/** What a refusal must leave as it was: the recorded attempts and the account. */
async function snapshot(email: string) {
  return {
    attempts: await db.signInAttempt.count({ where: { email } }),
    user: await db.user.findUnique({ where: { email }, select: { lastSignInAt: true, sessionVersion: true } }),
  };
}

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
    expect(await right(email, someAddress())).toBe("INVALID");
  });

  it("refuses an empty form without recording an attempt", async () => {
    const email = await makeUser();
    expect(await checkCredentials({ email, password: "" }, someAddress())).toBe("EMPTY");
    expect(await checkCredentials({ email: "   ", password: PASSWORD }, someAddress())).toBe("EMPTY");
    expect(await db.signInAttempt.count({ where: { email } })).toBe(0);
  });
});

describe("one account from one address", () => {
  it("waits 1, 2, 4, 8 and then at most 15 minutes after the third failure, whatever the email's spelling", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(pairDelayMinutes)).toEqual([0, 0, 1, 2, 4, 8, 15, 15, 15]);
  });

  it("gives three free mistakes, then doubles the wait; a refused try is not checked and changes nothing", async () => {
    const email = await makeUser();
    const address = someAddress();
    const spellings = [email, email.toUpperCase(), ` ${email}`, `${email}  `];
    for (let i = 0; i < 3; i++) expect(await wrong(spellings[i], address, i)).toBe("INVALID");
    for (const [waited, expected] of [[0, "THROTTLED:1"], [61, "THROTTLED:2"], [121, "THROTTLED:4"], [241, "THROTTLED:8"], [481, "THROTTLED:15"], [901, "THROTTLED:15"]] as const) {
      if (waited) {
        await letTimePass(waited, email);
        expect(await wrong(spellings[waited % 4], address, waited)).toBe("INVALID");
      }
      const before = await snapshot(email);
      // Even the right password is not checked while the pair waits.
      expect(await right(spellings[waited % 4], address)).toBe(expected);
      expect(await snapshot(email)).toEqual(before);
    }
    // Waiting is enough: the right password then opens, and the pair starts afresh.
    await letTimePass(15 * 60 + 1, email);
    expect(await right(email, address)).toMatchObject({ email });
    for (let i = 0; i < 3; i++) expect(await wrong(email, address, i)).toBe("INVALID");
    expect(await wrong(email, address)).toBe("THROTTLED:1");
  });

  it("the minutes left count down as time passes", async () => {
    const email = await makeUser();
    const address = someAddress();
    for (let i = 0; i < 3; i++) await wrong(email, address, i);
    for (const seconds of [61, 121, 241, 481]) {
      await letTimePass(seconds, email);
      expect(await wrong(email, address, seconds)).toBe("INVALID");
    }
    // Seven failures: 15 minutes from the last one; 6 of them have passed.
    await letTimePass(6 * 60, email);
    expect(await right(email, address)).toBe("THROTTLED:9");
  });

  it("lets the owner in from another address while a guesser's address waits", async () => {
    const email = await makeUser();
    const guesser = someAddress();
    for (let i = 0; i < 3; i++) expect(await wrong(email, guesser, i)).toBe("INVALID");
    expect(await wrong(email, guesser)).toBe("THROTTLED:1");
    expect(await right(email, someAddress())).toMatchObject({ email });
    expect(await right(email, guesser)).toBe("THROTTLED:1");
  });

  it("holds when the guesses arrive at the same moment", async () => {
    const email = await makeUser();
    const address = someAddress();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => wrong(email, address, i)));
    expect(results.filter((r) => r === "INVALID")).toHaveLength(3);
    expect(results.filter((r) => r === "THROTTLED:1")).toHaveLength(9);
  });

  it("throttles an email nobody has exactly like an account, so the answer tells nothing", async () => {
    const [email, nobody] = [await makeUser(), unknownEmail()];
    const [a, b] = [someAddress(), someAddress()];
    const answers = async (target: string, address: string) => {
      const seen = [];
      for (let i = 0; i < 5; i++) seen.push(await wrong(target, address, i));
      return seen;
    };
    expect(await answers(email, a)).toEqual(await answers(nobody, b));
  });

  it("forgets a pair's failures after a day", async () => {
    const email = await makeUser();
    const address = someAddress();
    const dayAgo = new Date(Date.now() - 25 * 3600_000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: 8 }, () => ({ email, addressHash: hashAddress(address), succeeded: false, createdAt: dayAgo })),
    });
    expect(await right(email, address)).toMatchObject({ email });
  });
});

describe("one account from many addresses", () => {
  it("past twenty failures in fifteen minutes, checks one attempt a minute: the owner still gets in within a minute", async () => {
    const email = await makeUser();
    for (let i = 0; i < 20; i++) expect(await wrong(email, someAddress(), i)).toBe("INVALID");
    const owner = someAddress();
    const before = await snapshot(email);
    expect(await right(email, owner)).toBe("THROTTLED:1");
    expect(await snapshot(email)).toEqual(before);
    await letTimePass(61, email);
    expect(await right(email, owner)).toMatchObject({ email });
    // Slowed, not opened: the next attempt from anywhere waits its minute too.
    expect(await wrong(email, someAddress())).toBe("THROTTLED:1");
    await letTimePass(61, email);
    expect(await wrong(email, someAddress())).toBe("INVALID");
  });

  it("holds when twenty-five addresses guess at the same moment", async () => {
    const email = await makeUser();
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => wrong(email, someAddress(), i)));
    expect(results.filter((r) => r === "INVALID")).toHaveLength(20);
    expect(results.filter((r) => r === "THROTTLED:1")).toHaveLength(5);
  });

  it("forgets the account's failures after fifteen minutes", async () => {
    const email = await makeUser();
    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: 30 }, () => ({ email, addressHash: hashAddress(someAddress()), succeeded: false, createdAt: sixteenMinutesAgo })),
    });
    expect(await right(email, someAddress())).toMatchObject({ email });
  });
});

describe("many accounts from one address", () => {
  it("after twenty accounts failed from one address, a twenty-first waits; other addresses and the accounts tried are not affected", async () => {
    const sprayer = someAddress();
    const tried = [await makeUser(), ...Array.from({ length: 19 }, unknownEmail)];
    for (const email of tried) expect(await checkCredentials({ email, password: "Matkhau@123" }, sprayer)).toBe("INVALID");
    const victim = await makeUser();
    const before = await snapshot(victim);
    expect(await right(victim, sprayer)).toBe("THROTTLED:15");
    expect(await wrong(unknownEmail(), sprayer)).toBe("THROTTLED:15");
    expect(await snapshot(victim)).toEqual(before);
    expect(await right(victim, someAddress())).toMatchObject({ email: victim });
    // An account already tried from here keeps its own pair's rule.
    expect(await right(tried[0], sprayer)).toMatchObject({ email: tried[0] });
    // Ten minutes later, five are left; after fifteen the oldest failures no longer count.
    await letTimePass(10 * 60, ...tried);
    expect(await wrong(unknownEmail(), sprayer)).toBe("THROTTLED:5");
    await letTimePass(5 * 60 + 1, ...tried);
    expect(await right(victim, sprayer)).toMatchObject({ email: victim });
  });

  it("does not lock an office of ten behind one address whose people each mistype twice", async () => {
    const office = someAddress();
    const staff = await Promise.all(Array.from({ length: 10 }, () => makeUser()));
    for (const email of staff) {
      expect(await wrong(email, office, 1)).toBe("INVALID");
      expect(await wrong(email, office, 2)).toBe("INVALID");
    }
    for (const email of staff) expect(await right(email, office)).toMatchObject({ email });
    const newcomer = await makeUser();
    expect(await right(newcomer, office)).toMatchObject({ email: newcomer });
  });
});
