import { db } from "@/lib/db";
import { getStorage, isValidStorageKey } from "@/lib/storage";
import { downloadHeaders } from "@/lib/storage/download-headers";
import { findServedFile } from "@/lib/storage/served-file";

// Files are public once referenced by an article; keys are unguessable content hashes. A key is a
// stored file's main bytes or one of an image's smaller sizes.
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const storageKey = (await params).key.join("/");
  if (!isValidStorageKey(storageKey)) return new Response("Không tìm thấy tệp.", { status: 404 });
  const file = await findServedFile(storageKey);
  const body = file ? await getStorage().stream?.(storageKey) : null;
  if (!file || !body) return new Response("Không tìm thấy tệp.", { status: 404 });
  const forceDownload = new URL(request.url).searchParams.has("tai-ve");
  if (forceDownload && !file.isVariant) {
    await db.storedFile.update({ where: { id: file.id }, data: { downloadCount: { increment: 1 } } });
  }
  return new Response(body, { headers: downloadHeaders(file, forceDownload) });
}
