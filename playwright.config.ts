import { defineConfig, devices } from "@playwright/test";
import { E2E_OIDC, oidcAppEnv } from "./e2e/sso-settings";

// A real browser against `npm start` on a fresh embedded database. Debian's Chromium is used
// (never `npx playwright install`); set CHROMIUM_PATH for another browser binary.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".e2e-data";
// Point at an already running server (e.g. while writing specs) instead of starting one.
const EXTERNAL = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e.json" }]],
  use: {
    baseURL: EXTERNAL ?? `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /auth\.setup\.ts/ },
  ],
  // The OpenID Provider first (the app reads its discovery document at the first SSO sign-in),
  // then the app pointed at it. With E2E_BASE_URL, start both yourself (README, "Single sign-on").
  webServer: EXTERNAL ? undefined : [
    {
      command: "npx tsx e2e/oidc-provider-server.ts",
      url: `${E2E_OIDC.issuer}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `rm -rf ${DATA_DIR} && npm start`,
      url: `http://localhost:${PORT}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { PORT: String(PORT), MERIDIAN_DATA_DIR: DATA_DIR, NEXTAUTH_URL: `http://localhost:${PORT}`, SIGNIN_MAX_ATTEMPTS: "20", ...oidcAppEnv() },
    },
  ],
});
