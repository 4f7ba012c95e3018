// The strictest ceiling for the public-site benchmark: Node's own HTTP server answering one file it
// holds in memory, with nothing else to do. `node scripts/lib/static-file-server.mjs FILE PORT`.
import http from "node:http";
import { readFileSync } from "node:fs";

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { "content-type": "text/css; charset=utf-8", "content-length": String(body.length), "cache-control": "public, max-age=31536000, immutable" };
http
  .createServer((req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`static file server on ${port}`));
