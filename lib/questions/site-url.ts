/** An absolute address on the portal for emails (the same base as the notification emails). */
export function siteUrl(path: string): string {
  const base = process.env.SITE_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base).toString();
}
