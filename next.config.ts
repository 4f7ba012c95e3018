import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Prisma's generated client and pg run on the server only; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "sharp", "happy-dom"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

export default nextConfig;
