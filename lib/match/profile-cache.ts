import type { Story } from '../stories/types';
import { profileOf, type Profile } from './profile';

// Candidate stories recur from one match to the next (the same week's news): keep their profiles.
const CAPACITY = 1000;
const cache = new Map<string, Profile>();

/** The profile of a stored story, reused while its id and text are unchanged. */
export function storyProfile(story: Story): Profile {
  const key = `${story.id}:${story.paragraphs.length}:${story.paragraphs.reduce((n, p) => n + p.length, 0)}`;
  const hit = cache.get(key);
  if (hit) {
    // Map order is insertion order: re-insert to mark it recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const profile = profileOf(story.paragraphs);
  cache.set(key, profile);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value!);
  return profile;
}

/** Forgets every cached profile (benchmarks measure cold matches with it). */
export function clearProfileCache(): void {
  cache.clear();
}
