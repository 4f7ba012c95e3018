// The roles an administrator hands out, in the order forms list them. Pure: safe in client components.

export const PORTAL_ROLES = ["ADMINISTRATOR", "PROVINCIAL_EDITOR", "COMMENT_MODERATOR"] as const;
export const UNIT_ROLES = ["AUTHOR", "APPROVER", "COMMENT_MODERATOR"] as const;
