import { getStorage } from "../../lib/storage";
import { reencodeImage } from "../../lib/storage/reencode-image";
import type { ImageVariant } from "../../lib/storage/upload-file";
import { CATEGORIES } from "./content/categories";
import { EMBLEM_SIZE, renderCover, renderEmblem, renderPdf, renderScene } from "./files";
import type { ArticleSeed, AttachmentKey, SceneKey } from "./types";

/** A file already written to storage, waiting for its StoredFile row. */
export interface PreparedFile {
  storageKey: string;
  sha256: string;
  size: number;
  originalName: string;
  mimeType: string;
  width?: number;
  height?: number;
  /** Smaller stored sizes of an image, as an upload makes them. */
  variants?: ImageVariant[];
}

export interface PreparedFiles {
  /** Cover of each article that has one, by article key. */
  covers: Map<string, PreparedFile>;
  scenes: Map<SceneKey, PreparedFile>;
  attachments: Map<AttachmentKey, PreparedFile & { title: string }>;
  /** The portal's emblem, chosen in the site settings as an administrator would upload it. */
  emblem: PreparedFile;
}

const ATTACHMENTS: Record<AttachmentKey, { originalName: string; title: string; paragraphs: string[] }> = {
  "ke-hoach": {
    originalName: "Kế hoạch tuyên truyền pháp luật năm 2026.pdf",
    title: "Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm 2026",
    paragraphs: [
      "ỦY BAN NHÂN DÂN TỈNH THANH NGUYÊN — Tài liệu mẫu của Cổng thông tin phổ biến, giáo dục pháp luật, dùng để trình diễn.",
      "I. MỤC ĐÍCH, YÊU CẦU. Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật; bảo đảm thiết thực, tránh hình thức, phù hợp với từng đối tượng, địa bàn.",
      "II. NỘI DUNG. 1. Phổ biến các luật mới có hiệu lực: Luật Đất đai, Luật Căn cước, Luật Bảo hiểm xã hội, Luật Trật tự, an toàn giao thông đường bộ. 2. Tuyên truyền phòng, chống ma túy, lừa đảo trực tuyến, bạo lực gia đình. 3. Xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật. 4. Hưởng ứng Ngày Pháp luật Việt Nam 9/11.",
      "III. TỔ CHỨC THỰC HIỆN. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch chi tiết, báo cáo kết quả về Sở Tư pháp trước ngày 15/11.",
    ],
  },
  "de-cuong": {
    originalName: "Đề cương giới thiệu Luật Đất đai năm 2024.pdf",
    title: "Đề cương giới thiệu Luật Đất đai năm 2024",
    paragraphs: [
      "Tài liệu mẫu dùng cho báo cáo viên, tuyên truyền viên pháp luật cấp xã (bản trình diễn).",
      "Phần I. Sự cần thiết ban hành Luật. Phần II. Bố cục và những nội dung mới cơ bản: quyền và nghĩa vụ của công dân đối với đất đai; quy hoạch, kế hoạch sử dụng đất; thu hồi đất, bồi thường, hỗ trợ, tái định cư; đăng ký đất đai, cấp giấy chứng nhận; tài chính đất đai, giá đất.",
      "Phần III. Trách nhiệm tổ chức thi hành và những việc người dân cần lưu ý khi thực hiện thủ tục đất đai ở cơ sở.",
    ],
  },
};

/** A file name like "ảnh-bìa-tin-hoạt-động-3.jpg", as a Vietnamese uploader would have it. */
function coverName(categoryName: string, index: number): string {
  const words = categoryName.toLowerCase().split(/[\s,]+/).filter(Boolean).slice(0, 4).join("-");
  return `ảnh-bìa-${words}-${index}.jpg`;
}

const SCENE_NAMES: Record<SceneKey, string> = {
  "hoi-nghi": "hội-nghị-phổ-biến-pháp-luật.jpg",
  "truong-hoc": "tuyên-truyền-tại-trường-học.jpg",
  "vung-cao": "tuyên-truyền-vùng-cao.jpg",
  "tro-giup": "trợ-giúp-pháp-lý-lưu-động.jpg",
};

/**
 * Renders every cover, illustration and attachment and writes them to storage. Done before the
 * database transaction: storage is content-addressed, so a failed or repeated seed leaves at most
 * files that the next run writes again under the same keys.
 */
export async function prepareFiles(articles: ArticleSeed[]): Promise<PreparedFiles> {
  const storage = getStorage();
  const put = async (bytes: Buffer, file: Omit<PreparedFile, "storageKey" | "sha256" | "size">) => ({
    ...file,
    ...(await storage.put(bytes)),
  });

  // Pictures go through the same re-encoding as an upload, so the demo has the sizes phones are sent.
  const putImage = async (bytes: Buffer, file: { originalName: string }): Promise<PreparedFile> => {
    const encoded = await reencodeImage(bytes, file.originalName);
    if (!encoded.ok) throw new Error(`The demo image ${file.originalName} could not be encoded: ${encoded.error}`);
    const [main, ...smaller] = encoded.images;
    const variants: ImageVariant[] = [];
    for (const piece of smaller) {
      const stored = await storage.put(piece.bytes);
      variants.push({ width: piece.width, height: piece.height, storageKey: stored.storageKey, mimeType: piece.mimeType, size: stored.size });
    }
    return { ...file, mimeType: main.mimeType, width: main.width, height: main.height, variants, ...(await storage.put(main.bytes)) };
  };

  const palette = new Map(CATEGORIES.map((category) => [category.key, category]));
  const covers = new Map<string, PreparedFile>();
  // One at a time: sharp already uses the machine's cores for each image.
  for (const [index, article] of articles.entries()) {
    if (!article.cover) continue;
    const category = palette.get(article.category)!;
    const bytes = await renderCover(index + 1, category.colors);
    covers.set(
      article.key,
      await putImage(bytes, { originalName: coverName(category.name, index + 1) }),
    );
  }

  const scenes = new Map<SceneKey, PreparedFile>();
  for (const scene of Object.keys(SCENE_NAMES) as SceneKey[]) {
    const bytes = await renderScene(scene, scene.length);
    scenes.set(scene, await putImage(bytes, { originalName: SCENE_NAMES[scene] }));
  }

  const attachments = new Map<AttachmentKey, PreparedFile & { title: string }>();
  for (const [key, attachment] of Object.entries(ATTACHMENTS) as [AttachmentKey, (typeof ATTACHMENTS)[AttachmentKey]][]) {
    const bytes = renderPdf(attachment.title, attachment.paragraphs);
    attachments.set(key, { ...(await put(bytes, { originalName: attachment.originalName, mimeType: "application/pdf" })), title: attachment.title });
  }

  const emblem = await put(await renderEmblem(), { originalName: "biểu-trưng-cổng.png", mimeType: "image/png", width: EMBLEM_SIZE, height: EMBLEM_SIZE });

  return { covers, scenes, attachments, emblem };
}
