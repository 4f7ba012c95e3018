import type { ArticleState, CommentState, UnitRole, UnitType } from "../../generated/prisma/client";

/** Where the inline illustrations of article bodies come from (generated at seed time). */
export type SceneKey = "hoi-nghi" | "truong-hoc" | "vung-cao" | "tro-giup";

/** A body block in plain data; the seed turns it into Tiptap JSON with lib/richtext/build. */
export type Block =
  | string
  | { h2: string }
  | { list: string[] }
  /** The first row is the header row. */
  | { table: string[][] }
  | { figure: SceneKey; alt: string; caption: string };

export type CategoryKey =
  | "tin"
  | "van-ban"
  | "hoi-dap"
  | "tim-hieu"
  | "hoa-giai"
  | "chuan-tiep-can"
  | "tro-giup"
  | "guong";

export type AttachmentKey = "ke-hoach" | "de-cuong";

export interface ArticleSeed {
  /** Stable handle for comments that refer to the article. */
  key: string;
  /** The unit that wrote it (by name); if that unit was merged, its successor owns the article. */
  unit: string;
  category: CategoryKey;
  /** Email of the staff member who wrote it; must belong to the unit (or its successor). */
  writer: string;
  title: string;
  sapo: string;
  body: Block[];
  byline: string;
  source?: string;
  tags: string[];
  state: ArticleState;
  /**
   * Days before the seed time of the article's last step: publication for PUBLISHED and TAKEN_DOWN,
   * submission, return or scheduling for the others, the last save for a draft.
   */
  daysAgo: number;
  cover?: { caption: string; alt: string };
  featured?: number;
  attachments?: AttachmentKey[];
  /** The note of the RETURN or TAKE_DOWN event. */
  reason?: string;
  /**
   * SCHEDULED: days after the seed time the article goes out. PUBLISHED: it was scheduled this many
   * days before its publication and went out by itself (PUBLISH_SCHEDULED).
   */
  scheduledInDays?: number;
  /** Days after publication a TAKEN_DOWN article was taken down. */
  takenDownAfterDays?: number;
  deleted?: boolean;
}

export interface UnitSeed {
  name: string;
  type: UnitType;
  description?: string;
  approvalLevels?: number;
  allowSelfApproval?: boolean;
  /** Name of the commune this one was merged into; the successor must be listed before it. */
  mergedInto?: string;
  children?: UnitSeed[];
}

export interface StaffSeed {
  email: string;
  name: string;
  memberships: [unitName: string, role: UnitRole][];
}

export interface CommentSeed {
  article: string;
  authorName: string;
  authorEmail: string;
  content: string;
  state: CommentState;
  /** Hours after the article's publication. */
  hoursAfter: number;
  reply?: string;
}
