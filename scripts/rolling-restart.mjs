// `npm run rolling-restart -- --command "systemctl restart pbgdpl@{port}" --ports 3001,3002`:
// restarts the portal's instances one at a time (scripts/lib/rolling-restart.mjs), each with the
// command given ({port} replaced), waiting for it to be ready at http://127.0.0.1:<port> and for
// Varnish to take it back (--settle-ms, 3000) before the next. It refuses to restart an instance
// when no other one is ready. With `npm run topology`, send that process SIGHUP instead.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { rollingRestart } from "./lib/rolling-restart.mjs";

const { values } = parseArgs({
  options: {
    command: { type: "string" },
    ports: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    "settle-ms": { type: "string", default: "3000" },
  },
});
if (!values.command || !values.ports) {
  console.error('usage: node scripts/rolling-restart.mjs --command "systemctl restart pbgdpl@{port}" --ports 3001,3002 [--host 127.0.0.1] [--settle-ms 3000]');
  process.exit(2);
}

function shell(command) {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`"${command}" exited with ${code}`))));
  });
}

const instances = values.ports.split(",").map((port) => ({
  name: `:${port.trim()}`,
  url: `http://${values.host}:${port.trim()}`,
  restart: () => shell(values.command.replaceAll("{port}", port.trim())),
}));

rollingRestart({ instances, settleMs: Number(values["settle-ms"]), log: (line) => console.log(`[rolling-restart] ${line}`) }).then(
  () => {
    console.log("[rolling-restart] every instance restarted");
    process.exit(0);
  },
  (error) => {
    console.error(`[rolling-restart] stopped: ${error.message}`);
    process.exit(1);
  },
);
