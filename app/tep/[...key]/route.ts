import { db } from "@/lib/db";
import { getWorkingActor } from "@/lib/auth/session";
import { getStorage, isValidStorageKey } from "@/lib/storage";
import { downloadHeaders } from "@/lib/storage/download-headers";
import { clientAddress } from "@/lib/http/client-address";
import { shouldCount } from "@/lib/site/counted-visit";
import { findAccessibleFile } from "@/lib/storage/file-access";

const NOT_FOUND = () => new Response("Không tìm thấy tệp.", { status: 404, headers: { "Cache-Control": "no-store" } });

// A key is a stored file's main bytes or one of an image's smaller sizes. Readers get it while a
// published article shows it; staff also while the policy lets them view an article that uses it
// (lib/storage/file-access.ts). Anyone else gets the same 404 as for a key that does not exist.
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const storageKey = (await params).key.join("/");
  if (!isValidStorageKey(storageKey)) return NOT_FOUND();
  const access = await findAccessibleFile(storageKey, await getWorkingActor());
  const body = access ? await getStorage().stream?.(storageKey) : null;
  if (!access || !body) return NOT_FOUND();
  const { file, audience } = access;
  const forceDownload = new URL(request.url).searchParams.has("tai-ve");
  // Once per reader address and file in 30 minutes, so Lượt tải in the reports cannot be inflated.
  if (forceDownload && !file.isVariant && (await shouldCount("download", file.id, clientAddress(request.headers)))) {
    await db.storedFile.update({ where: { id: file.id }, data: { downloadCount: { increment: 1 } } });
  }
  return new Response(body, { headers: downloadHeaders(file, forceDownload, audience) });
}
