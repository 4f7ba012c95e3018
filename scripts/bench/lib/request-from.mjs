// An HTTP request sent from a chosen local address, so that a load test can be many readers on one
// machine: every 127.x.y.z is this machine's loopback on Linux, and a proxy in front of the portal
// (Varnish) sees each as its own client address and passes it on in X-Forwarded-For, where the portal
// takes it (TRUSTED_PROXY_COUNT=1). An X-Forwarded-For the client wrote itself would not be taken.
import http from "node:http";

/** `count` loopback addresses other than 127.0.0.1: 127.0.1.1, 127.0.1.2, … (at most 250 per third byte). */
export function loopbackAddresses(count) {
  return Array.from({ length: count }, (_, i) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`);
}

/**
 * @param {string} localAddress the address the connection is made from
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, headers: import("node:http").IncomingHttpHeaders, text: string }>}
 */
export function requestFrom(localAddress, url, { method = "GET", headers = {}, body, timeoutMs = 30_000 } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...headers, ...(body !== undefined && { "content-length": Buffer.byteLength(body) }) }, localAddress, agent: false }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer from ${url} in ${timeoutMs} ms`)));
    request.on("error", reject);
    request.end(body);
  });
}
