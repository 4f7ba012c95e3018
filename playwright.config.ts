import { defineConfig } from "@playwright/test";
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/** Debian's chromium when installed, else Playwright's own browser; with neither, stop and say how. */
function chromiumExecutable(): string | undefined {
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    "Không tìm thấy trình duyệt Chromium cho Playwright. Cài một trong hai: `sudo apt-get install -y chromium` " +
      "(Debian/Ubuntu) hoặc `npx playwright install chromium`.",
  );
}

const resultsDir = process.env.TEST_RESULTS_DIR ?? ".data/test-results";

// The journeys expire the public cache through POST /api/noi-bo/lam-moi, as a scheduled job would;
// set here so the server and the tests (which load this file too) share it.
const revalidateSecret = (process.env.REVALIDATE_SECRET ??= "e2e-revalidate-secret");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join(resultsDir, "playwright.json") }]],
  outputDir: path.join(resultsDir, "playwright-artifacts"),
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The production server: Next behind the public page cache, as readers get it.
    command: "node scripts/server.mjs",
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      REVALIDATE_SECRET: revalidateSecret,
      // Article views are written in batches; a short interval lets a journey see its view counted.
      VIEW_COUNT_FLUSH_MS: "300",
      // The scheduler ticks every second, so a journey sees a due article published promptly.
      SCHEDULER_INTERVAL_MS: "1000",
    },
  },
});
