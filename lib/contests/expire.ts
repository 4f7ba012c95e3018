import { revalidateTag } from "next/cache";
import { CONTESTS_TAG } from "@/lib/cache-tags";

/**
 * After an organiser changes a contest (its rules, rounds, groups, results or prizes): the public
 * contest pages let go at once. Only inside a request (a server action).
 */
export function expireContestPages(): void {
  revalidateTag(CONTESTS_TAG, { expire: 0 });
}
