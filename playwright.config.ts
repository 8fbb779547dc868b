import { defineConfig, devices } from "@playwright/test"

// scripts/test.sh finds a Chromium and exports CHROME_PATH; without it Playwright uses its own browser.
const executablePath = process.env.CHROME_PATH || undefined
const port = Number(process.env.E2E_PORT ?? 3210)

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath,
      // The machines this runs on have no network but localhost: keep Chromium from reaching out.
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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build (made by scripts/test.sh), as users get it.
    command: `node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}/api/sources`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
