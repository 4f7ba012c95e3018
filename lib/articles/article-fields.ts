import { z } from "zod";

// The fields a writer edits (PRODUCT.md "An article"), as the editor sends them. The body is checked
// separately against the rich-text allowlist (lib/richtext/sanitize).

const optionalText = (max: number, label: string) =>
  z
    .string()
    .max(max, `${label} dài quá ${max} ký tự.`)
    .transform((value) => value.normalize("NFC").trim())
    .nullish()
    .transform((value) => (value ? value : null));

const id = z.coerce.number().int().positive();

export const articleFieldsSchema = z.object({
  title: z.string().max(300, "Tiêu đề dài quá 300 ký tự.").transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim()),
  sapo: z.string().max(2000, "Sapo dài quá 2.000 ký tự.").transform((v) => v.normalize("NFC").trim()),
  body: z.unknown(),
  byline: optionalText(200, "Tác giả"),
  source: optionalText(300, "Nguồn"),
  categoryId: id.nullable(),
  tags: z
    .array(z.string().transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim()).pipe(z.string().max(60, "Từ khóa dài quá 60 ký tự.")))
    .max(15, "Tối đa 15 từ khóa.")
    .transform((tags) => [...new Map(tags.filter(Boolean).map((t) => [t.toLocaleLowerCase("vi"), t])).values()]),
  coverImageId: id.nullable(),
  coverCaption: optionalText(500, "Chú thích ảnh"),
  coverAlt: optionalText(300, "Mô tả ảnh"),
  attachments: z
    .array(z.object({ fileId: id, title: optionalText(300, "Tên tệp") }))
    .max(20, "Tối đa 20 tệp đính kèm.")
    .refine((files) => new Set(files.map((f) => f.fileId)).size === files.length, "Một tệp được đính kèm hai lần."),
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
