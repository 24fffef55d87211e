import seedJson from '../../lib/stories/generated/seed-bundle.json';
import type { Result } from '../../lib/messaging/result';
import { validateBundle } from '../../lib/stories/seed-bundle';
import type { StoryBundle } from '../../lib/stories/types';

/**
 * The seed bundle shipped inside the extension, validated like any other input. Imported statically:
 * a service worker may not use dynamic import(), and the bundle is small.
 */
export function loadSeedBundle(): Result<StoryBundle> {
  return validateBundle(seedJson);
}
