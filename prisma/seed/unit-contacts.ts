import type { Prisma, UnitType } from "../../generated/prisma/client";
import type { UnitRow } from "./people";

// Demo contacts for the public directory (Danh bạ đơn vị): made from the unit's name and address
// so every run gives the same ones. Numbers use the fictional province's 0200 area code and emails
// an .example.vn domain, so nobody dials or writes to a real office from the demo.

const DOMAIN = "thanhnguyen.example.vn";

/** A stable 6-digit number from the slug, so two units rarely share a phone. */
function numberFrom(slug: string): string {
  let hash = 7;
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return String(hash).padStart(6, "0");
}

function demoUnitContacts({ name, slug, type }: { name: string; slug: string; type: UnitType }): { address: string; phone: string; email: string } {
  const digits = numberFrom(slug);
  const phone = `0200 38${digits.slice(0, 2)} ${digits.slice(2, 5)}`;
  if (type === "PROVINCIAL_JUSTICE") {
    return { address: "Số 12 đường Lê Lợi, phường Nguyên Giang, tỉnh Thanh Nguyên", phone: "0200 3812 345", email: `pbgdpl@stp.${DOMAIN}` };
  }
  if (type === "PROVINCIAL_AGENCY") {
    return { address: `Trung tâm Hành chính tỉnh, khối ${Number(digits.slice(5)) + 1}, tỉnh Thanh Nguyên`, phone, email: `vanthu.${slug.split("-").map((word) => word[0]).join("")}@${DOMAIN}` };
  }
  return { address: `Trụ sở Ủy ban nhân dân ${name}, tỉnh Thanh Nguyên`, phone, email: `ubnd.${slug}@${DOMAIN}` };
}

/** Gives every active unit its demo contacts, in one statement (merged units keep none: nobody is there). */
export async function insertUnitContacts(tx: Prisma.TransactionClient, units: Iterable<UnitRow>): Promise<void> {
  const rows = [...units].filter((unit) => unit.status === "ACTIVE").map((unit) => ({ id: unit.id, ...demoUnitContacts(unit) }));
  await tx.$executeRaw`
    UPDATE "Unit" AS u SET address = v.address, phone = v.phone, email = v.email
    FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.address)}::text[], ${rows.map((r) => r.phone)}::text[], ${rows.map((r) => r.email)}::text[])
      AS v(id, address, phone, email)
    WHERE u.id = v.id`;
}
