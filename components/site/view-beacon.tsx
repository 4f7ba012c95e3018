/**
 * Counts one view of the article without making its page uncacheable (see app/api/luot-xem):
 * public/js/site.js posts the id it finds here once the page has loaded.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  return <span hidden data-view-beacon={articleId} />;
}
