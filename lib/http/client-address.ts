/**
 * The client's address. Next's server appends the connecting socket's address to X-Forwarded-For, so
 * the last entry is the one a client cannot forge; behind N trusted proxies (TRUSTED_PROXY_COUNT), the
 * entry N places from the end is the client.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const read = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const chain = (read("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const trusted = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);
  return chain[chain.length - 1 - trusted] ?? chain[0] ?? "unknown";
}
