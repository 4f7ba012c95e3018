/** A citizen service with its own public section, listed in the menu after the news categories. */
export type SiteSection = { href: string; label: string };

// Each service adds itself here when its public pages exist (Hỏi đáp pháp luật, Văn bản pháp luật,
// Thi tìm hiểu pháp luật), so the menu, the phone drawer and the footer name the same sections.
export const SITE_SECTIONS: SiteSection[] = [{ href: "/hoi-dap", label: "Hỏi đáp pháp luật" }, { href: "/van-ban", label: "Văn bản pháp luật" }, { href: "/thi-tim-hieu", label: "Thi tìm hiểu pháp luật" }];
