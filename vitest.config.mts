import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Unit tests sit beside the code (`*.test.ts`); integration tests (`*.int.test.ts`) need
// DATABASE_URL, which `npm test` provides (embedded PostgreSQL or the server CI names).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests share one database; running files one at a time keeps them independent.
    fileParallelism: false,
  },
});
