/**
 * The fields of a search in the address (/tim-kiem?q=…&don-vi=…), read by params.ts. Any of them
 * sends /tim-kiem to the search route (next.config.ts, which cannot import params.ts: it has no "@/").
 */
export const SEARCH_PARAM_NAMES = ["q", "don-vi", "chuyen-muc", "tu-ngay", "den-ngay", "trang"] as const;
