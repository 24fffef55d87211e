/** Writes the seed bundle (lib/stories/generated/seed-bundle.json) from the project's copy of the seeds. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildBundle } from '../lib/stories/build-bundle';
import { SEED_BUNDLE_PATH, validateBundle } from '../lib/stories/seed-bundle';
import { loadSeedFiles } from '../lib/stories/seed-files';

const bundle = buildBundle(loadSeedFiles());
const checked = validateBundle(bundle);
if (!checked.ok) {
  console.error(`seed bundle invalid: ${checked.error.message}`);
  process.exit(1);
}
mkdirSync(dirname(SEED_BUNDLE_PATH), { recursive: true });
writeFileSync(SEED_BUNDLE_PATH, JSON.stringify(bundle));
console.log(`seed bundle: ${bundle.stories.length} stories → ${SEED_BUNDLE_PATH}`);
