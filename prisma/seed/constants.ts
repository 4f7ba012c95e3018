// The demo accounts and the demo commune, shared by the seed, tests and end-to-end journeys.

export const DEMO_PASSWORD = "Demo@12345";

export const DEMO_ADMIN_EMAIL = "admin@demo.local";
export const DEMO_PROVINCIAL_EDITOR_EMAIL = "tinh@demo.local";
export const DEMO_APPROVER_EMAIL = "duyet@demo.local";
export const DEMO_AUTHOR_EMAIL = "viet@demo.local";
export const DEMO_COMMENT_MODERATOR_EMAIL = "kiemduyet@demo.local";

export const DEMO_EMAILS = [
  DEMO_ADMIN_EMAIL,
  DEMO_PROVINCIAL_EDITOR_EMAIL,
  DEMO_APPROVER_EMAIL,
  DEMO_AUTHOR_EMAIL,
  DEMO_COMMENT_MODERATOR_EMAIL,
] as const;

/** Xã An Lạc: a commune with one approval level; the demo approver and author belong to it. */
export const DEMO_UNIT_NAME = "Xã An Lạc";
export const DEMO_UNIT_SLUG = "xa-an-lac";

/** The district abolished at the reorganisation and merged into Xã An Lạc: its old addresses redirect there. */
export const DEMO_FORMER_DISTRICT_NAME = "Huyện An Lạc";
export const DEMO_FORMER_DISTRICT_SLUG = "huyen-an-lac";

/** The Department of Justice, root of the unit tree. */
export const DEMO_JUSTICE_SLUG = "so-tu-phap";

export const PROVINCE_NAME = "Thanh Nguyên";
export const SITE_NAME = `Cổng thông tin Phổ biến, giáo dục pháp luật tỉnh ${PROVINCE_NAME}`;

/** Bumped when the demo data changes shape; stored in the `seed` setting. */
export const SEED_VERSION = 2;
export const SEED_MARKER_KEY = "seed";
