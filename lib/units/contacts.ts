import { z } from "zod";

// A unit's contacts for the public directory (Decree 42 asks an agency portal to give readers a way
// to reach each agency). Pure: validated here, shown by components/site/unit-directory.tsx.

export const UNIT_CONTACT_MESSAGES = {
  ADDRESS_TOO_LONG: "Địa chỉ dài tối đa 300 ký tự.",
  PHONE_FORMAT: "Số điện thoại chỉ gồm chữ số, có thể có dấu cách, dấu chấm, dấu gạch ngang, ngoặc đơn hoặc dấu + ở đầu (ví dụ: 0274 3822 123).",
  PHONE_LENGTH: "Số điện thoại gồm từ 8 đến 15 chữ số.",
  EMAIL_FORMAT: "Địa chỉ email không hợp lệ (ví dụ: sotuphap@binhduong.gov.vn).",
  EMAIL_TOO_LONG: "Địa chỉ email dài tối đa 254 ký tự.",
} as const;

export type UnitContacts = { address: string | null; phone: string | null; email: string | null };

/** Trims and folds runs of spaces; an empty value is null (the field is cleared). */
const optionalText = (value: unknown) => {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const text = value.normalize("NFC").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
};

export const unitAddressField = z.preprocess(optionalText, z.string().max(300, UNIT_CONTACT_MESSAGES.ADDRESS_TOO_LONG).nullable());

/** Digits with the separators people write numbers with; a leading + for an international number. */
export const unitPhoneField = z.preprocess(
  optionalText,
  z
    .string()
    .regex(/^\+?[\d\s.()-]+$/, UNIT_CONTACT_MESSAGES.PHONE_FORMAT)
    .refine((phone) => {
      const digits = phone.replace(/\D/g, "").length;
      return digits >= 8 && digits <= 15;
    }, UNIT_CONTACT_MESSAGES.PHONE_LENGTH)
    .nullable(),
);

export const unitEmailField = z.preprocess(
  (value) => (typeof value === "string" ? optionalText(value.toLowerCase()) : optionalText(value)),
  z.string().max(254, UNIT_CONTACT_MESSAGES.EMAIL_TOO_LONG).email(UNIT_CONTACT_MESSAGES.EMAIL_FORMAT).nullable(),
);

/** The number a phone dials: digits, and the + of an international number. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;
}
