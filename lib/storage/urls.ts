/** Where the file route (`app/tep/[...key]`) serves stored bytes; rich text images must start with it. */
export const FILE_ROUTE_PREFIX = "/tep/";

export function fileUrl(storageKey: string, download = false): string {
  return `${FILE_ROUTE_PREFIX}${storageKey}${download ? "?tai-ve" : ""}`;
}
