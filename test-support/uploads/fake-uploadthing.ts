// A stand-in for uploadthing's three hosts on one local port, enough for the v7 server SDK (UTApi):
//   PUT  /<fileKey>?…&x-ut-custom-id=…&signature=…   the ingest server (multipart body, field "file")
//   GET|HEAD /a/<appId>/<customId or fileKey>?…&signature=…   the file CDN (ufsAppIdLocation "path")
//   POST /v6/deleteFiles                              the API server (x-uploadthing-api-key header)
// Signatures are checked as uploadthing does: HMAC-SHA256 of the URL without its signature parameter.
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

export type FakeUploadThing = {
  /** Options for UploadThingStorage pointing at this server. */
  options: { token: string; apiUrl: string; ingestUrl: string; ufsHost: string; ufsAppIdLocation: "path" };
  /** Stored files by customId. */
  files: Map<string, { bytes: Buffer; fileKey: string; type: string; name: string }>;
  requests: { method: string; path: string; status: number }[];
  /** Makes the next ingest requests fail with this status. */
  failIngestWith: number | null;
  close(): Promise<void>;
};

export async function startFakeUploadThing(): Promise<FakeUploadThing> {
  const apiKey = `sk_test_${randomUUID()}`;
  const appId = "ung-dung-kiem-thu";
  const token = Buffer.from(JSON.stringify({ apiKey, appId, regions: ["sea1"] })).toString("base64");
  const files: FakeUploadThing["files"] = new Map();
  const requests: FakeUploadThing["requests"] = [];

  const server: Server = createServer((request, response) => {
    handle(request)
      .then(({ status, body, headers }) => {
        requests.push({ method: request.method ?? "", path: (request.url ?? "").split("?")[0], status });
        response.writeHead(status, headers ?? { "content-type": "application/json" });
        response.end(request.method === "HEAD" ? undefined : body);
      })
      .catch((error) => {
        response.writeHead(500).end(String(error));
      });
  });

  function signedCorrectly(request: IncomingMessage): boolean {
    const url = `http://${request.headers.host}${request.url}`;
    const at = url.lastIndexOf("&signature=");
    if (at < 0) return false;
    const signature = decodeURIComponent(url.slice(at + "&signature=".length));
    const expected = `hmac-sha256=${createHmac("sha256", apiKey).update(url.slice(0, at)).digest("hex")}`;
    const expires = Number(new URL(url).searchParams.get("expires"));
    return signature === expected && expires > Date.now();
  }

  async function handle(request: IncomingMessage): Promise<{ status: number; body?: string | Buffer; headers?: Record<string, string> }> {
    const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
    const json = (status: number, value: unknown) => ({ status, body: JSON.stringify(value) });

    if (request.method === "PUT") {
      if (!signedCorrectly(request)) return json(403, { error: "Invalid signature" });
      if (fake.failIngestWith) return json(fake.failIngestWith, { error: "Ingest unavailable" });
      const customId = decodeURIComponent(url.searchParams.get("x-ut-custom-id") ?? "");
      if (customId && files.has(customId)) return json(409, { error: "A file with this customId already exists" });
      const form = await new Request(url, { method: "PUT", headers: request.headers as Record<string, string>, body: Readable.toWeb(request) as ReadableStream, duplex: "half" } as RequestInit).formData();
      const file = form.get("file") as File;
      const fileKey = url.pathname.slice(1);
      const name = decodeURIComponent(url.searchParams.get("x-ut-file-name") ?? "");
      files.set(customId || fileKey, { bytes: Buffer.from(await file.arrayBuffer()), fileKey, type: file.type, name });
      const ufsUrl = `http://${request.headers.host}/a/${appId}/${fileKey}`;
      return json(200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: "md5" });
    }

    if ((request.method === "GET" || request.method === "HEAD") && url.pathname.startsWith(`/a/${appId}/`)) {
      if (!signedCorrectly(request)) return json(403, { error: "Invalid signature" });
      const id = decodeURIComponent(url.pathname.slice(`/a/${appId}/`.length));
      const file = files.get(id) ?? [...files.values()].find((f) => f.fileKey === id);
      if (!file) return { status: 404, body: "Not found", headers: { "content-type": "text/plain" } };
      return { status: 200, body: file.bytes, headers: { "content-type": file.type, "content-length": String(file.bytes.length) } };
    }

    if (request.method === "POST" && url.pathname === "/v6/deleteFiles") {
      if (request.headers["x-uploadthing-api-key"] !== apiKey) return json(401, { error: "Invalid API key" });
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const { customIds = [], fileKeys = [] } = JSON.parse(Buffer.concat(chunks).toString()) as { customIds?: string[]; fileKeys?: string[] };
      let deletedCount = 0;
      for (const id of customIds) if (files.delete(id)) deletedCount++;
      for (const key of fileKeys) {
        for (const [id, file] of files) if (file.fileKey === key && files.delete(id)) deletedCount++;
      }
      return json(200, { success: true, deletedCount });
    }
    return json(404, { error: "Unknown route" });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  // The SDK speaks plain http to a file host whose name contains "local"; localhost is 127.0.0.1 here.
  const base = `http://127.0.0.1:${port}`;
  const fake: FakeUploadThing = {
    options: { token, apiUrl: base, ingestUrl: base, ufsHost: `localhost:${port}`, ufsAppIdLocation: "path" },
    files,
    requests,
    failIngestWith: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return fake;
}
