#!/usr/bin/env node
// Playwright cannot download browsers here: the end-to-end tests use Debian's Chromium.
// Finds it, installs it where we may (root with apt-get), or says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium is not at ${path}; installing Debian's chromium package…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The end-to-end tests need Chromium at ${path}.\n` +
    (hasApt
      ? 'Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n'
      : 'Install Chromium with your system package manager,\n') +
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
);
process.exit(1);
