// The reader's address, decided once by the server in front of Next (scripts/server.mjs) and handed
// to the portal in a header of our own. Next cannot be trusted with it: it fills X-Forwarded-For from
// the socket only when the request has none, so without a proxy a client picks its own address.
//
// The chain is what the trusted proxies saw: the X-Forwarded-For entries they appended, then the
// socket (the nearest proxy, or the client itself). With TRUSTED_PROXY_COUNT=N the client is the
// address N places from the right; entries further left were written by whoever sent the request.

/** Set by the server on every request after removing whatever the client sent under that name. */
export const CLIENT_ADDRESS_HEADER = "x-pbgdpl-client-address";

/** Headers only a trusted proxy may set; with none in front, they came from the client. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/** TRUSTED_PROXY_COUNT as a whole number; anything else is a configuration mistake worth stopping for. */
export function trustedProxyCount(value = process.env.TRUSTED_PROXY_COUNT) {
  if (value === undefined || value.trim() === "") return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 20) {
    throw new Error(`TRUSTED_PROXY_COUNT must be a whole number from 0 to 20 (the reverse proxies in front of the portal), not "${value}".`);
  }
  return count;
}

/** One address as proxies write it: IPv4 seen through an IPv6 socket, brackets and ports removed. */
export function normalizeAddress(value) {
  let address = String(value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (v4WithPort) address = v4WithPort[1];
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  // A proxy's entry is short; anything longer came from a client and is not worth keeping whole.
  return address.slice(0, 100);
}

/**
 * @param {{ forwardedFor?: string | string[], socketAddress?: string, trustedProxies: number }} request
 * @returns {string}
 */
export function clientAddressFrom({ forwardedFor, socketAddress, trustedProxies }) {
  const forwarded = [forwardedFor ?? []].flat().join(",").split(",");
  const chain = [...forwarded, socketAddress ?? ""].map(normalizeAddress).filter(Boolean);
  if (chain.length === 0) return "unknown";
  // Shorter than the proxies configured: the request did not pass all of them; the leftmost is the best guess.
  return chain[Math.max(chain.length - 1 - trustedProxies, 0)];
}

/**
 * Rewrites the request's headers before Next sees them: our header always holds the address the
 * server decided; with no trusted proxy, the client's own X-Forwarded-* are dropped (Next fills them
 * from the socket and the Host header), so nothing downstream can be fooled by them either.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {number} trustedProxies
 */
export function stampClientAddress(req, trustedProxies) {
  const address = clientAddressFrom({ forwardedFor: req.headers["x-forwarded-for"], socketAddress: req.socket?.remoteAddress, trustedProxies });
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (trustedProxies === 0) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

/**
 * The server's request listener: every request is stamped before `handler` (the page cache, then
 * Next) sees it. The page cache never keys on the header, so one cached page serves every address.
 *
 * @param {number} trustedProxies
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 */
export function withClientAddress(trustedProxies, handler) {
  return (req, res) => {
    stampClientAddress(req, trustedProxies);
    return handler(req, res);
  };
}
