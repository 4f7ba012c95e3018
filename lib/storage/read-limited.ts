// Reads an upload with a byte counter and stops as soon as it passes the limit, so an oversized (or
// endless) upload costs at most `limit` bytes of memory, never the whole request.

export type ByteSource = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export type LimitedRead = { ok: true; bytes: Buffer } | { ok: false; limit: number };

/** How many head bytes are looked at to choose the limit (enough for every signature we know). */
const HEAD_BYTES = 16;

/**
 * All the bytes, or `{ ok: false }` once more than the limit arrived. `limitFor` sees the first bytes
 * (e.g. to give images a lower limit than documents) and decides the limit once.
 */
export async function readLimited(source: ByteSource, limitFor: (head: Uint8Array) => number): Promise<LimitedRead> {
  if (source instanceof Uint8Array) {
    const limit = limitFor(source.subarray(0, HEAD_BYTES));
    return source.length > limit ? { ok: false, limit } : { ok: true, bytes: Buffer.from(source.buffer, source.byteOffset, source.length) };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let limit = Infinity;
  let decided = false;
  const iterator = toAsyncIterator(source);
  try {
    for (;;) {
      const { done, value } = await iterator.next();
      if (done) break;
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
      total += value.byteLength;
      if (!decided && total >= HEAD_BYTES) {
        limit = limitFor(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
        decided = true;
      }
      if (total > limit) {
        // Stop the producer: no more of the request is read into memory.
        await iterator.return?.();
        return { ok: false, limit };
      }
    }
  } catch (error) {
    await iterator.return?.().catch(() => {});
    throw error;
  }
  const bytes = Buffer.concat(chunks, total);
  if (!decided) limit = limitFor(bytes);
  return bytes.length > limit ? { ok: false, limit } : { ok: true, bytes };
}

function toAsyncIterator(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncIterator<Uint8Array> {
  if (Symbol.asyncIterator in source) return (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const reader = (source as ReadableStream<Uint8Array>).getReader();
  return {
    next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
    return: async () => {
      await reader.cancel();
      return { done: true, value: undefined };
    },
  };
}
