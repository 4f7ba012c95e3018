// Storage on uploadthing (https://uploadthing.com), used instead of the local disk when UPLOADTHING_TOKEN
// is set (index.ts). Written against the v7 server SDK (UTApi):
//   put    → utapi.uploadFiles(new UTFile(bytes, name, { customId })): the SDK signs an ingest URL with
//            the token's API key and PUTs the file there (no call to the API server);
//   read   → GET of the file's URL, signed locally by utapi.generateSignedURL (works for public and
//            private apps alike), served by the CDN at https://<appId>.ufs.sh/f/<customId>;
//   remove → utapi.deleteFiles(customId, { keyType: "customId" }) (POST <apiUrl>/v6/deleteFiles).
// Every base URL can be overridden — by the options below or by the SDK's own environment variables
// UPLOADTHING_API_URL, UPLOADTHING_INGEST_URL, UPLOADTHING_UFS_HOST, UPLOADTHING_UFS_APP_ID_LOCATION —
// which is how the tests run it against a fake server on 127.0.0.1.
//
// Keys stay content-addressed exactly as on the local disk (`ab/cd/<sha256>.jpg`, validated by the same
// isValidStorageKey, so app/tep/[...key] serves both); the uploadthing customId is the key's last part.
// Bytes are proxied through app/tep, so our headers (nosniff, sandbox CSP, download name) still apply.
import type { UTApi } from "uploadthing/server";
import { mimeTypeOfExtension } from "./file-types";
import { contentKey, isValidStorageKey } from "./local-disk";
import { InvalidStorageKeyError, type FileStorage, type StoredObject } from "./types";

export type UploadThingStorageOptions = {
  /** UPLOADTHING_TOKEN: base64 JSON { apiKey, appId, regions }. */
  token: string;
  /** Overrides of the SDK's endpoints (default: the SDK's environment variables, then uploadthing's hosts). */
  apiUrl?: string;
  ingestUrl?: string;
  ufsHost?: string;
  ufsAppIdLocation?: "subdomain" | "path";
  fetch?: typeof globalThis.fetch;
  logLevel?: "All" | "Fatal" | "Error" | "Warning" | "Info" | "Debug" | "Trace" | "None";
};

/** How long the signed URL used to read one file stays valid. */
const READ_URL_SECONDS = 300;

export class UploadThingStorage implements FileStorage {
  private api: Promise<{ utapi: UTApi; UTFile: typeof import("uploadthing/server").UTFile }> | undefined;

  constructor(private readonly options: UploadThingStorageOptions) {}

  async put(bytes: Buffer): Promise<StoredObject> {
    const { storageKey, sha256 } = contentKey(bytes);
    const stored = { storageKey, sha256, size: bytes.length };
    const customId = customIdOf(storageKey);
    // Content-addressed: the same bytes are uploaded once (uploadthing refuses a customId twice anyway).
    if (await this.exists(customId)) return stored;

    const { utapi, UTFile } = await this.sdk();
    const extension = /\.[a-z0-9]+$/.exec(customId)?.[0] ?? "";
    const file = new UTFile([new Uint8Array(bytes)], customId, { customId, type: mimeTypeOfExtension(extension) });
    const result = await utapi.uploadFiles(file);
    if (result.error) {
      // Another server may have stored the same bytes meanwhile.
      if (await this.exists(customId)) return stored;
      throw new Error(`uploadthing: không tải được tệp lên (${result.error.code}: ${result.error.message})`);
    }
    return stored;
  }

  async read(storageKey: string): Promise<Buffer | null> {
    const response = await this.fetchFile(storageKey, "GET");
    return response ? Buffer.from(await response.arrayBuffer()) : null;
  }

  async stream(storageKey: string): Promise<ReadableStream<Uint8Array> | null> {
    const response = await this.fetchFile(storageKey, "GET");
    return response?.body ?? null;
  }

  async remove(storageKey: string): Promise<void> {
    const customId = customIdOf(storageKey);
    const { utapi } = await this.sdk();
    await utapi.deleteFiles(customId, { keyType: "customId" });
  }

  private async exists(customId: string): Promise<boolean> {
    const response = await this.fetchUrl(await this.signedUrl(customId), "HEAD");
    return response !== null;
  }

  private async fetchFile(storageKey: string, method: "GET" | "HEAD"): Promise<Response | null> {
    return this.fetchUrl(await this.signedUrl(customIdOf(storageKey)), method);
  }

  private async fetchUrl(url: string, method: "GET" | "HEAD"): Promise<Response | null> {
    const response = await (this.options.fetch ?? globalThis.fetch)(url, { method, redirect: "follow" });
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`uploadthing: đọc tệp thất bại (HTTP ${response.status})`);
    }
    return response;
  }

  private async signedUrl(customId: string): Promise<string> {
    const { utapi } = await this.sdk();
    return (await utapi.generateSignedURL(customId, { expiresIn: READ_URL_SECONDS })).ufsUrl;
  }

  /** The SDK, loaded on first use: a portal on the local disk never loads it. */
  private sdk() {
    this.api ??= import("uploadthing/server").then(({ UTApi, UTFile }) => {
      const { token, apiUrl, ingestUrl, ufsHost, ufsAppIdLocation, fetch, logLevel } = this.options;
      const options = Object.fromEntries(
        Object.entries({ token, apiUrl, ingestUrl, ufsHost, ufsAppIdLocation, fetch, logLevel: logLevel ?? "Error" }).filter(([, value]) => value !== undefined),
      );
      return { utapi: new UTApi(options), UTFile };
    });
    return this.api;
  }
}

/** The uploadthing customId of a key: its last part, `<sha256><.ext>` (unique per app, ≤ 128 characters). */
function customIdOf(storageKey: string): string {
  if (!isValidStorageKey(storageKey)) throw new InvalidStorageKeyError(storageKey);
  return storageKey.slice(storageKey.lastIndexOf("/") + 1);
}
