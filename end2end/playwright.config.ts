import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const sinkHttp = Number(process.env.SINK_HTTP_PORT ?? 2580);
const vnuPort = Number(process.env.VNU_PORT ?? 8898);
// One id for this run, inherited by every worker: the page checks claim
// each kind of page once per run under it (tests/fixtures.ts).
process.env.PAGE_CHECKS_RUN ??= `${Date.now()}-${process.pid}`;

// Debian's Chromium (Playwright cannot download browsers here).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ja-JP',
    viewport: { width: 390, height: 844 },
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false } },
  ],
  webServer: [
    {
      // The Nu HTML checker as a local service (tests/fixtures.ts posts each page to it).
      command: `java -Xss1m -Dnu.validator.servlet.bind-address=127.0.0.1 -cp node_modules/vnu-jar/build/dist/vnu.jar nu.validator.servlet.Main ${vnuPort}`,
      url: `http://127.0.0.1:${vnuPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      command: 'node smtp-sink.mjs',
      url: `http://127.0.0.1:${sinkHttp}/messages`,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: './start-server.sh',
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
  ],
});
