// The production topology on one machine, for `npm run topology`, the topology journeys
// (e2e/production-topology.spec.ts) and the benchmark (scripts/bench/topology.mjs): several portal
// instances (scripts/server.mjs, built output in NEXT_DIST_DIR) sharing Next's cache through Redis
// and one storage folder, behind Varnish (deploy/varnish/default.vcl) on loopback.
//
// Each run has its own work folder (Varnish's -n folder, the backends.vcl naming the instances'
// ports, every process's log) and its own Redis key prefix, so runs never see each other's data.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const VARNISH_DIR = path.resolve("deploy/varnish");

/** A free TCP port on loopback, chosen by the system. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(url, { timeoutMs = 60_000, status = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === status) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not answering ${status} after ${timeoutMs} ms (${last})`);
}

/** The backends.vcl for these instance ports: one backend each, probed on readiness, round robin. */
export function backendsVcl(ports) {
  const backends = ports
    .map(
      (port, index) => `backend portal_${index + 1} {
    .host = "127.0.0.1";
    .port = "${port}";
    .probe = portal_ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}`,
    )
    .join("\n\n");
  return `# Written by scripts/lib/topology.mjs for this run (see deploy/varnish/backends.vcl).
probe portal_ready {
    .request =
        "GET /api/suc-khoe?san-sang HTTP/1.1"
        "Host: localhost"
        "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

${backends}

sub vcl_init {
    new portal = directors.round_robin();
${ports.map((_, index) => `    portal.add_backend(portal_${index + 1});`).join("\n")}
}
`;
}

export function varnishInstalled() {
  return spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status === 0;
}

/**
 * @param {{ instances?: number, env?: NodeJS.ProcessEnv, workDir?: string, varnishPort?: number,
 *   instancePorts?: number[], redisUrl?: string, storageDir?: string, log?: (line: string) => void }} [options]
 */
export async function startTopology(options = {}) {
  const count = options.instances ?? 2;
  const log = options.log ?? (() => {});
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const workDir = path.resolve(options.workDir ?? `.data/topology-${runId}`);
  mkdirSync(workDir, { recursive: true });
  const varnishPort = options.varnishPort ?? (await freePort());
  const ports = options.instancePorts ?? (await Promise.all(Array.from({ length: count }, () => freePort())));
  const varnishUrl = `http://127.0.0.1:${varnishPort}`;
  const storageDir = path.resolve(options.storageDir ?? options.env?.STORAGE_DIR ?? path.join(workDir, "storage"));
  const baseEnv = options.env ?? process.env;
  const env = {
    ...baseEnv,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    REDIS_URL: options.redisUrl ?? baseEnv.REDIS_URL ?? "redis://127.0.0.1:6379",
    REDIS_KEY_PREFIX: `${baseEnv.REDIS_KEY_PREFIX ?? "topology:"}${runId}:`,
    VARNISH_PURGE_URLS: `${varnishUrl}/`,
    // Varnish keeps the pages; an in-process copy on each instance would not hear of another's changes.
    PAGE_CACHE_MB: "0",
    TRUSTED_PROXY_COUNT: "1",
    STORAGE_DIR: storageDir,
    // Long enough for Varnish's probe (1 s interval, 2 of 3) to take a stopping instance out first.
    SHUTDOWN_DELAY_MS: baseEnv.SHUTDOWN_DELAY_MS ?? "3000",
    // V8 left to itself on a large machine lets the heap grow for minutes before collecting (an
    // instance passed 400 MB in the soak); capped, it collects sooner and stays under (README, Production).
    NODE_OPTIONS: [baseEnv.NODE_OPTIONS, `--max-old-space-size=${baseEnv.INSTANCE_HEAP_MB ?? "256"}`].filter(Boolean).join(" "),
  };

  const instances = ports.map((port, index) => {
    const name = String.fromCharCode(97 + index); // a, b, …
    const instance = {
      name,
      port,
      url: `http://127.0.0.1:${port}`,
      process: null,
      async start() {
        const out = openSync(path.join(workDir, `instance-${name}.log`), "a");
        instance.process = spawn("node", ["scripts/server.mjs"], {
          env: { ...env, PORT: String(port), NEXTAUTH_URL: baseEnv.NEXTAUTH_URL ?? varnishUrl, INSTANCE_NAME: name },
          stdio: ["ignore", out, out],
        });
        await waitFor(`${instance.url}/api/suc-khoe?san-sang`);
        log(`instance ${name} ready on ${instance.url}`);
      },
      /** SIGTERM (graceful) or SIGKILL; resolves when the process has exited. */
      stop(signal = "SIGTERM") {
        const child = instance.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
        return new Promise((resolve) => {
          child.once("exit", () => resolve());
          child.kill(signal);
        });
      },
    };
    return instance;
  });

  let varnish = null;

  async function stop() {
    await varnish?.stop();
    await Promise.all(instances.map((instance) => instance.stop("SIGTERM")));
    await clearRedisPrefix(env.REDIS_URL, env.REDIS_KEY_PREFIX).catch(() => {});
  }

  try {
    await Promise.all(instances.map((instance) => instance.start()));
    varnish = await startVarnish({ workDir, port: varnishPort, backendPorts: ports, name: `varnish-${runId}` });
    log(`varnish ready on ${varnishUrl}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { workDir, varnishUrl, instances, env, stop, runId };
}

/**
 * Varnish with the portal's VCL (deploy/varnish/default.vcl) in front of the servers on these ports,
 * its working files in workDir; resolves once it answers. Also used alone, in front of a stand-in
 * server, by the VCL's own tests (scripts/lib/varnish-vcl.test.ts).
 */
export async function startVarnish({ workDir, port, backendPorts, name = "varnish", readyPath = "/api/suc-khoe" }) {
  writeFileSync(path.join(workDir, "backends.vcl"), backendsVcl(backendPorts));
  const out = openSync(path.join(workDir, "varnish.log"), "a");
  const child = spawn(
    "varnishd",
    [
      "-F",
      "-j", "none",
      "-a", `127.0.0.1:${port}`,
      "-f", path.join(VARNISH_DIR, "default.vcl"),
      "-p", `vcl_path=${workDir}:${VARNISH_DIR}`,
      "-n", path.join(workDir, "varnish"),
      "-s", "malloc,256m",
      "-i", name,
    ],
    { stdio: ["ignore", out, out] },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => {
          child.once("exit", resolve);
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 5000).unref();
        });
  try {
    await waitFor(`${url}${readyPath}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Removes this run's keys from the shared Redis. */
async function clearRedisPrefix(url, prefix) {
  const { createClient } = await import("@redis/client");
  const client = createClient({ url });
  await client.connect();
  try {
    const keys = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...[batch].flat());
    if (keys.length > 0) await client.unlink(keys);
  } finally {
    await client.quit();
  }
}
