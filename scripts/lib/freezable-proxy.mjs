// A TCP proxy that can be frozen: while frozen it still accepts connections but passes no byte in
// either direction, as a PostgreSQL server whose processes are paused behaves. Tests put it between
// the portal and the database instead of pausing the machine's PostgreSQL, which others share.
import net from "node:net";

/**
 * @param {{ targetHost: string, targetPort: number, port?: number }} options
 * @returns {Promise<{ port: number, freeze(): void, thaw(): void, close(): Promise<void> }>}
 */
export async function startFreezableProxy({ targetHost, targetPort, port = 0 }) {
  let frozen = false;
  /** Every live pair of sockets, paused together on freeze. */
  const pairs = new Set();

  const server = net.createServer((client) => {
    const upstream = net.connect({ host: targetHost, port: targetPort });
    const pair = { client, upstream };
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (frozen) pause(pair);
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });

  // Unpiping, not only pausing: a paused readable still lets pipe() flush what it had buffered.
  function pause({ client, upstream }) {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  }
  function resume({ client, upstream }) {
    client.pipe(upstream);
    upstream.pipe(client);
  }

  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port: server.address().port,
    freeze() {
      frozen = true;
      for (const pair of pairs) pause(pair);
    },
    thaw() {
      frozen = false;
      for (const pair of pairs) resume(pair);
    },
    close() {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
