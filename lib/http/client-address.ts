import { CLIENT_ADDRESS_HEADER } from "@/scripts/lib/client-address.mjs";

/**
 * The client's address, as the server in front of Next decided it (scripts/server.mjs: the socket,
 * or with TRUSTED_PROXY_COUNT the address the proxies appended). That server replaces any value a
 * client sends under this name, so the header is the only thing read here; X-Forwarded-For is not,
 * because Next leaves a client's own value in place. Outside that server (tests) it is "unknown".
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  if (!headers) return "unknown";
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const address = (Array.isArray(value) ? value[0] : value)?.trim();
  return address || "unknown";
}
