import { z } from "zod";
import { UNIT_TYPES } from "./labels";
import { UNIT_MESSAGES } from "./rules";

// The fields every unit use case validates the same way. Inputs come from forms (strings) or from
// code (numbers, booleans), so both are accepted.

/** A required id; "" and anything not a positive integer give `message`. */
export function idField(message: string) {
  return z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    z.number({ message }).int({ message }).positive({ message }),
  );
}

/** An optional id: "", null and undefined mean none (null). */
export function optionalIdField(message: string) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : typeof value === "string" ? Number(value) : value),
    z.number({ message }).int({ message }).positive({ message }).nullable(),
  );
}

export const unitIdField = idField(UNIT_MESSAGES.NOT_FOUND);

export const unitNameField = z
  .string({ message: UNIT_MESSAGES.NAME_REQUIRED })
  .transform((name) => name.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, UNIT_MESSAGES.NAME_REQUIRED).max(200, UNIT_MESSAGES.NAME_TOO_LONG));

export const unitTypeField = z.enum(UNIT_TYPES, { message: UNIT_MESSAGES.TYPE_REQUIRED });

/** An explicit slug, or undefined when left empty (then it is made from the name, or kept). */
export const optionalSlugField = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() || undefined : value ?? undefined),
  z
    .string({ message: UNIT_MESSAGES.SLUG_FORMAT })
    .max(100, UNIT_MESSAGES.SLUG_TOO_LONG)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, UNIT_MESSAGES.SLUG_FORMAT)
    .optional(),
);

export const approvalLevelsField = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
  z.union([z.literal(1), z.literal(2)], { message: UNIT_MESSAGES.APPROVAL_LEVELS }),
);

/** A checkbox: ticked sends "on"; unticked sends nothing, which means false. */
export const checkboxField = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);
