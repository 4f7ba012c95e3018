import { ArticleCard } from "@/components/site/article-card";
import { listFeaturedArticles, listLatestArticles } from "@/lib/articles/public-queries";

// Reads the database on every request for now; cache tags come with the public-site work.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [featured, latest] = await Promise.all([listFeaturedArticles(), listLatestArticles(15)]);
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section aria-labelledby="tin-noi-bat" className="lg:col-span-2">
        <h2 id="tin-noi-bat" className="border-b-2 border-brand-600 pb-1 text-xl font-bold text-brand-800">Tin nổi bật</h2>
        {featured.length === 0 ? <p className="py-4 text-muted">Chưa có tin nổi bật.</p> : featured.map((a) => <ArticleCard key={a.id} article={a} />)}
      </section>
      <section aria-labelledby="tin-moi" className="lg:col-span-1">
        <h2 id="tin-moi" className="border-b-2 border-brand-600 pb-1 text-xl font-bold text-brand-800">Tin mới</h2>
        {latest.length === 0 ? <p className="py-4 text-muted">Chưa có bài viết nào được xuất bản.</p> : latest.map((a) => <ArticleCard key={a.id} article={a} />)}
      </section>
      <h1 className="sr-only">Trang chủ</h1>
    </div>
  );
}
