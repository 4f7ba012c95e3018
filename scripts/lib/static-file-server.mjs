// The strictest ceiling for the public-site benchmark: Node's own HTTP server answering one file it
// holds in memory, with nothing else to do. `node scripts/lib/static-file-server.mjs FILE PORT`.
// (The load generator's own work grows with what it reads — an HTML page in Vietnamese costs it more
// than a stylesheet of the same size — so the fair ceiling for a page is that page saved as a file.)
import http from "node:http";
import { readFileSync } from "node:fs";

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { "content-type": file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8", "content-length": String(body.length), "cache-control": "public, max-age=31536000, immutable" };
http
  .createServer((req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`static file server on ${port}`));
