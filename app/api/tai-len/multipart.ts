// Reads an upload form (multipart/form-data) as a stream: the small fields first, then the file part as
// a stream the use case reads with its byte counter. Nothing is buffered here beyond busboy's small
// window, so a 2 GB request costs no more memory than a 2 MB one.
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";

export type UploadedPart = { stream: Readable; fileName: string; mimeType: string };

export type UploadForm = {
  /** The text fields that came before the file (the uploader sends unitId and purpose first). */
  fields: Record<string, string>;
  /** The part named "file", or null when the form had none. */
  file: UploadedPart | null;
};

export class MalformedUploadError extends Error {}

/**
 * Starts parsing `body`. `form` resolves as soon as the file part begins (or the form ends without one);
 * `stop()` stops reading the request, e.g. after a refusal, without reading the rest of it.
 */
export function parseUploadForm(body: ReadableStream<Uint8Array>, contentType: string, maxFileBytes: number): { form: Promise<UploadForm>; stop(): void } {
  const source = Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // Browsers send the UTF-8 name as is in filename="…": read it as UTF-8, not Latin-1.
      defParamCharset: "utf8",
      // One byte more than allowed, so the use case sees the file is too large; busboy cuts it there too.
      limits: { files: 1, fields: 10, parts: 11, fieldSize: 1024, fieldNameSize: 100, headerPairs: 20, fileSize: maxFileBytes + 1 },
    });
  } catch (error) {
    return { form: Promise.reject(new MalformedUploadError(String(error))), stop: () => source.pause() };
  }

  const form = new Promise<UploadForm>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let settled = false;
    const settle = (value: UploadForm) => {
      settled = true;
      resolve(value);
    };
    parser.on("field", (name, value) => {
      if (!settled) fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (settled || name !== "file") {
        stream.resume(); // a second file, or a file under another name: skipped
        return;
      }
      settle({ fields: { ...fields }, file: { stream, fileName: info.filename ?? "", mimeType: info.mimeType ?? "" } });
    });
    parser.on("close", () => {
      if (!settled) settle({ fields, file: null });
    });
    parser.on("error", (error) => reject(new MalformedUploadError(String(error))));
    source.on("error", (error) => reject(error));
  });
  source.pipe(parser);

  return {
    form,
    stop() {
      source.unpipe(parser);
      source.pause();
    },
  };
}
