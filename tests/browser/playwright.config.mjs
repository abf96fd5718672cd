// Browser tests of the dashboard: Playwright driving Debian's Chromium (no
// browser download) against `dyad serve` on a store built by serve.sh.
//   npx playwright test -c tests/browser      (after a build in build/, or DYAD_BUILD_DIR)
import { defineConfig } from '@playwright/test';

const port = Number(process.env.DYAD_BROWSER_PORT || 18733);
export const chromium = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  outputDir: './output/results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: chromium, args: ['--no-sandbox'] },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `sh ${new URL('./serve.sh', import.meta.url).pathname} ${port}`,
    url: `http://127.0.0.1:${port}/api/info`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
