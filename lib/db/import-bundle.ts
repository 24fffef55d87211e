import { fail, ok, type Result } from '../messaging/result';
import { validateBundle } from '../stories/seed-bundle';
import type { StoryBundle } from '../stories/types';
import { describeStorageError, readStorageUsage } from './storage-errors';
import { bumpRevision, type StoryDb } from './story-db';

/** Largest import file read at all: checked before parsing, so memory stays bounded. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
/** Deepest JSON nesting accepted; a bundle needs 4 levels (bundle → stories → story → paragraphs). */
export const MAX_IMPORT_DEPTH = 16;

/** How deeply brackets nest in JSON text, ignoring brackets inside strings; stops once over `limit`. */
export function jsonDepth(text: string, limit = MAX_IMPORT_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      max = Math.max(max, ++depth);
      if (max > limit) return max;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Reads bundle text into stories, rejecting anything off before any write (cheap checks first). */
export function parseBundleText(text: string, maxChars = MAX_IMPORT_CHARS): Result<StoryBundle> {
  if (text.length > maxChars) return fail('too-large', `file is larger than ${(maxChars / 1_048_576).toFixed(1)} MB`);
  if (jsonDepth(text) > MAX_IMPORT_DEPTH) return fail('invalid-message', 'file nests too deeply to be a Parallax bundle');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('invalid-message', 'file is not JSON (or is cut short)');
  }
  const claimed = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof claimed === 'number' && claimed > 1) {
    return fail('invalid-message', `bundle format version ${claimed} is newer than this Parallax: update needed`);
  }
  return validateBundle(data);
}

/**
 * Imports a bundle file's stories in one transaction: it is validated completely first, and a failed
 * write (storage full included) rolls back, so existing data is never half-changed.
 */
export async function importBundleText(db: StoryDb, text: string): Promise<Result<{ stories: number }>> {
  const bundle = parseBundleText(text);
  if (!bundle.ok) return bundle;
  try {
    await db.transaction('rw', db.stories, db.meta, async () => {
      await db.stories.bulkPut(bundle.value.stories);
      await bumpRevision(db);
    });
    return ok({ stories: bundle.value.stories.length });
  } catch (error) {
    return fail('internal', describeStorageError(error, await readStorageUsage()));
  }
}
