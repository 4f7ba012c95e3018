// `npm run topology`: the production topology on this machine — two portal instances sharing Next's
// cache in Redis (REDIS_URL, the machine's 127.0.0.1:6379 by default) behind Varnish — until Ctrl-C.
// Needs a production build (`npm run build`; NEXT_DIST_DIR for another folder) and Debian's varnish
// and varnish-modules. INSTANCES (2), VARNISH_PORT (6081), FIRST_INSTANCE_PORT (3001).
import { rollingRestart } from "./lib/rolling-restart.mjs";
import { startTopology, varnishInstalled } from "./lib/topology.mjs";

if (!varnishInstalled()) {
  console.error("varnishd not found: apt-get install -y varnish varnish-modules");
  process.exit(2);
}
process.env.NEXTAUTH_SECRET ??= "topology-secret-not-for-production";
const count = Number(process.env.INSTANCES ?? 2);
const firstPort = Number(process.env.FIRST_INSTANCE_PORT ?? 3001);

// Signals are handled from the start: one arriving while the processes start must not leave them behind.
let topology = null;
let stopping = false;
let restarting = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await topology?.stop();
    process.exit(0);
  });
}
// SIGHUP: a rolling restart of the instances (after a new build, say).
process.on("SIGHUP", async () => {
  if (!topology || restarting || stopping) return;
  restarting = true;
  const instances = topology.instances.map((instance) => ({ ...instance, restart: async () => (await instance.stop("SIGTERM"), await instance.start()) }));
  await rollingRestart({ instances, log: (line) => console.log(`[topology] ${line}`) }).catch((error) => console.error(`[topology] ${error.message}`));
  restarting = false;
});

topology = await startTopology({
  instances: count,
  varnishPort: Number(process.env.VARNISH_PORT ?? 6081),
  instancePorts: Array.from({ length: count }, (_, index) => firstPort + index),
  log: (line) => console.log(`[topology] ${line}`),
});
if (stopping) await topology.stop();
console.log(`[topology] open ${topology.varnishUrl} (logs in ${topology.workDir}); kill -HUP ${process.pid} restarts the instances one by one, Ctrl-C stops everything`);
