import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/url";

// Read at request time: the sitemap's address depends on SITE_URL / NEXTAUTH_URL of the running server.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/quan-ly", "/api/", "/dang-nhap", "/doi-mat-khau", "/tim-kiem"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
