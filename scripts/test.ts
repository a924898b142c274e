// `npm test`: type-check, unit and component tests, then the browser tests when a Chromium
// is on the machine. Without one, the browser tests are skipped and it says so; with
// REQUIRE_BROWSER_TESTS=1 (as CI sets) a skip is a failure.
import { spawnSync } from 'node:child_process';
import { findChromium } from '../test/e2e/chromium.ts';

function run(step: string, command: string, args: string[]): void {
  console.log(`\n▶ ${step}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${step} failed.`);
    process.exit(result.status ?? 1);
  }
}

run('Type check', 'npx', ['tsc', '-b']);
run('Unit and component tests', 'npx', ['vitest', 'run']);

const chromium = findChromium();
if (chromium) {
  process.env.CHROMIUM_PATH = chromium;
  run(`Browser tests (${chromium})`, 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']);
} else {
  const message =
    'Browser tests SKIPPED: no Chromium found. Install Debian\'s chromium (apt-get install chromium), ' +
    'or set CHROMIUM_PATH to a Chromium binary.';
  if (process.env.REQUIRE_BROWSER_TESTS === '1') {
    console.error(`\n✗ ${message} REQUIRE_BROWSER_TESTS=1 makes this a failure.`);
    process.exit(1);
  }
  console.warn(`\n⚠ ${message}`);
}
console.log('\n✓ All tests passed.');
