import type { NextConfig } from "next";
import { SEARCH_PARAM_NAMES } from "./lib/search/param-names";

// Powerful browser features no page of the portal uses, refused to the pages and to anything they
// might embed. Left as the browser has them: read aloud (speechSynthesis, not a permission),
// copying the link (clipboard-write) and the share sheet (web-share), both 'self' by default.
// The Content-Security-Policy is not here: it is made per page by scripts/server.mjs.
const PERMISSIONS_POLICY = [
  "accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "hid",
  "idle-detection", "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
  "screen-wake-lock", "serial", "usb", "xr-spatial-tracking", "browsing-topics",
].map((feature) => `${feature}=()`).join(", ");

const nextConfig: NextConfig = {
  // Several builds of one checkout at once (people or agents working in parallel) each name their
  // own output folder; the type check may be left to `tsc`, which `npm test` runs first anyway.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  // Prisma's generated client and pg run on the server only; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "sharp", "happy-dom"],
  poweredByHeader: false,
  // Public pages and cached queries live in memory only (a bounded LRU, cacheMaxMemorySize), not on
  // disk: every address a visitor makes up (/bai-viet/anything, a 404) would otherwise add files
  // under .next forever, and a restarted server starts clean instead of serving pages rendered
  // before changes it did not see (the record of expired tags is kept in memory too).
  // Server actions take a body up to 21 MB (Next's default is 1 MB, which refused any sheet over ~1 MB
  // before our own code saw it, with no Vietnamese message): Nhập văn bản từ tệp posts its CSV/Excel sheet
  // (at most 20 MB, MAX_SHEET_BYTES in lib/documents/import-documents.ts, which refuses a larger one in
  // Vietnamese), and Gửi câu hỏi its optional attachment (at most 10 MB, lib/questions/submit-question.ts)
  // with the form in one post, so a refused question stores no file and a refused file no question.
  // The extra megabyte is the form's other fields and multipart framing. proxyClientMaxBodySize is the
  // same limit for the body proxy.ts buffers (Next's default 10 MB cut a 20 MB sheet short: a server error).
  // lib/documents/import-size.int.test.ts checks both stay above the import's limit.
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // Next's own handler, which also empties the public page cache of scripts/server.mjs whenever Next
  // expires cache tags (see the file for why there).
  cacheHandler: require.resolve("./scripts/lib/next-cache-handler.mjs"),
  images: {
    // Nothing goes through Next's image optimizer: covers are served by the file route with the sizes
    // stored at upload (components/site/cover-image.tsx). The optimizer would fetch /tep without the
    // reader's cookies and keep its own copies past a take-down, so it may fetch nothing at all.
    localPatterns: [],
    remotePatterns: [],
  },
  async rewrites() {
    return {
      beforeFiles: [
        // Listing pages take their page number as ?trang=N for readers; inside, it becomes a path
        // segment so every page of a listing is cached like any other page (a page that read the
        // query string would be rendered on every request).
        { source: "/chuyen-muc/:slug", has: [{ type: "query", key: "trang", value: "(?<page>\\d{1,4})" }], destination: "/chuyen-muc/:slug/trang/:page" },
        { source: "/don-vi/:slug", has: [{ type: "query", key: "trang", value: "(?<page>\\d{1,4})" }], destination: "/don-vi/:slug/trang/:page" },
        // A search (any of its fields in the address) is made by pages/api/tim-kiem.tsx, outside the
        // App Router: see there why. /tim-kiem with nothing to search stays the cached form page.
        ...SEARCH_PARAM_NAMES.map((key) => ({ source: "/tim-kiem", has: [{ type: "query" as const, key }], destination: "/api/tim-kiem" })),
        // Feeds live under /rss; readers find them next to the page they follow.
        { source: "/chuyen-muc/:slug/rss", destination: "/rss/chuyen-muc/:slug" },
        { source: "/don-vi/:slug/rss", destination: "/rss/don-vi/:slug" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
