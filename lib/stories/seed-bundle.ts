import * as v from 'valibot';
import { fail, ok, type Result } from '../messaging/result';
import type { StoryBundle } from './types';

/** Where `npm run seeds` writes the bundle the extension imports (relative to the project root). */
export const SEED_BUNDLE_PATH = 'lib/stories/generated/seed-bundle.json';

const MAX_TEXT = 200_000;
const BoundedText = v.pipe(v.string(), v.maxLength(MAX_TEXT));

const StorySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  url: v.pipe(v.string(), v.url(), v.maxLength(4096)),
  outlet: v.pipe(v.string(), v.maxLength(300)),
  site: v.pipe(v.string(), v.maxLength(300)),
  title: v.pipe(v.string(), v.maxLength(2000)),
  published: v.nullable(v.pipe(v.string(), v.isoDate())),
  lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  byline: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
  paragraphs: v.pipe(v.array(BoundedText), v.minLength(1), v.maxLength(2000)),
});

const BundleSchema = v.strictObject({
  format: v.literal('parallax-bundle'),
  version: v.literal(1),
  stories: v.array(StorySchema),
});

/**
 * Checks untrusted bundle data before anything is written: shape, bounds, unique ids. Strict objects
 * reject unknown keys (and so `__proto__` smuggled in through JSON.parse).
 */
export function validateBundle(data: unknown): Result<StoryBundle> {
  const parsed = v.safeParse(BundleSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return fail('invalid-message', `bundle ${where ? `at ${where}: ` : ''}${issue?.message ?? 'is invalid'}`);
  }
  const seen = new Set<string>();
  for (const story of parsed.output.stories) {
    if (seen.has(story.id)) return fail('invalid-message', `bundle has duplicate story id ${story.id}`);
    seen.add(story.id);
  }
  return ok(parsed.output as StoryBundle);
}
