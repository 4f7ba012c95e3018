/** Where uploaded and generated files live. Keys are opaque to callers; adapters validate them. */
export interface StoredObject {
  storageKey: string;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  size: number;
}

export interface FileStorage {
  /** Stores the bytes and returns their key; storing identical bytes again returns the same key. */
  put(bytes: Buffer): Promise<StoredObject>;
  /** The stored bytes, or null when nothing is stored under the key. */
  read(storageKey: string): Promise<Buffer | null>;
  /** The bytes as a web stream, for large downloads; null when nothing is stored under the key. */
  stream?(storageKey: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  remove(storageKey: string): Promise<void>;
}

/** Thrown when a key does not have the adapter's shape, e.g. one that tries `../` traversal. */
export class InvalidStorageKeyError extends Error {
  constructor(storageKey: string) {
    super(`Invalid storage key: ${JSON.stringify(storageKey.slice(0, 200))}`);
    this.name = "InvalidStorageKeyError";
  }
}
