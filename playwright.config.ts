import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two runs share a machine.
const PORT = Number(process.env['E2E_PORT'] ?? 3111);
// Debian's chromium by default; set PLAYWRIGHT_CHROMIUM_PATH elsewhere (Playwright cannot download a browser here).
const executablePath = process.env['PLAYWRIGHT_CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    ...devices['Pixel 7'],
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // Build the CSS and the server, then run it as `npm start` does.
    command: 'npm run build --silent && node dist/server.js',
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PORT: String(PORT), HOST: '127.0.0.1', NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://send.example.org', LOG_LEVEL: 'warn', SERVICE_PROFILE: 'milton-keynes' },
  },
});
