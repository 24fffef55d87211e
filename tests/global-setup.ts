import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SEED_BUNDLE_PATH } from '../lib/stories/seed-bundle';

/** Generates the seed bundle once before any test file runs, when a fresh checkout lacks it. */
export default function setup(): void {
  if (existsSync(SEED_BUNDLE_PATH)) return;
  execFileSync('npx', ['tsx', 'scripts/build-seed-bundle.ts'], { stdio: 'inherit' });
}
