// A rolling restart: one instance at a time, the next only once the restarted one is ready again and
// the load balancer has had time to send it traffic — so readers never find every instance down.
// Each instance's restart sends SIGTERM (scripts/server.mjs then answers not-ready for
// SHUTDOWN_DELAY_MS while still serving, so Varnish takes it out first, and finishes what is in flight)
// and starts it again; Varnish retries a refused request on another instance meanwhile.
import { waitFor } from "./topology.mjs";

async function ready(url) {
  try {
    const response = await fetch(`${url}/api/suc-khoe?san-sang`, { signal: AbortSignal.timeout(3000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * @param {{ instances: { name: string, url: string, restart: () => Promise<void> }[], settleMs?: number,
 *   readyTimeoutMs?: number, log?: (line: string) => void }} options
 */
export async function rollingRestart({ instances, settleMs = 3000, readyTimeoutMs = 120_000, log = () => {} }) {
  for (const instance of instances) {
    const others = instances.filter((other) => other !== instance);
    const othersReady = (await Promise.all(others.map((other) => ready(other.url)))).filter(Boolean).length;
    if (others.length > 0 && othersReady === 0) {
      throw new Error(`no other instance is ready: not restarting ${instance.name}, which would leave readers with none`);
    }
    log(`restarting ${instance.name} (${instance.url})`);
    await instance.restart();
    await waitFor(`${instance.url}/api/suc-khoe?san-sang`, { timeoutMs: readyTimeoutMs });
    // Varnish's probe needs two good answers in a row (1 s apart) before it sends traffic again.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    log(`${instance.name} ready again`);
  }
}
