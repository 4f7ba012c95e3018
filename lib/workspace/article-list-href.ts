// The address of the workspace's article list (Bài viết) with its filters, so that paging and the
// state chips keep what the list was opened with: the dashboard's "Bài nháp của tôi" opens
// ?trang_thai=DRAFT&cua-toi, and page 2 must still be the person's own drafts.

export type ArticleListFilters = { state?: string; mine?: boolean; bin?: boolean; page?: number };

export function articleListHref(to: ArticleListFilters): string {
  const params = new URLSearchParams();
  if (to.state) params.set("trang_thai", to.state);
  if (to.bin) params.set("thung-rac", "");
  if (to.mine) params.set("cua-toi", "");
  if (to.page && to.page > 1) params.set("trang", String(to.page));
  const search = params.toString().replace(/=(?=&|$)/g, ""); // ?cua-toi, as the dashboard links it
  return search ? `/quan-ly/bai-viet?${search}` : "/quan-ly/bai-viet";
}
