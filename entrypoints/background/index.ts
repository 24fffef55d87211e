import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { StoryDb } from '../../lib/db/story-db';
import { registerListeners } from './listeners';
import { loadSeedBundle } from './seed-data';
import { createServices } from './services';

// Thin wiring only: nothing runs at module load; main() builds services and registers every listener
// synchronously, and the logic lives in the files beside this one.
export default defineBackground({
  type: 'module',
  main() {
    const log = (message: string) => console.warn(`[parallax] ${message}`);
    const services = createServices({ db: new StoryDb(), loadSeed: loadSeedBundle, log });
    registerListeners(browser, services, log);
  },
});
