/** Deterministic synthetic story sets for the benchmark: same seed, same stories, on any machine. */
import type { Story } from '../../lib/stories/types';
import { storyId } from '../../lib/stories/story-id';

/** mulberry32: a tiny seeded PRNG, so the sets are reproducible without storing them. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 36 syllables in words of 2-4 give ~1.7M possible words: topic words rarely collide across topics,
// as in real news, where most content words are specific and a few are everywhere.
const SYLLABLES = 'ka lo mi ne ru sa te vo zi an el or us ix ba de fi go hu ja ke li mo nu ra se ti vu zo ar en ol um yx be do'.split(' ');
const COMMON = ('the of and to in a is that for on was with he as it by at said from his an be has have are ' +
  'were but not this which they after who been its had also their more will about year government people').split(' ');

function word(rand: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

/**
 * `count` stories of about 550 words, in topic clusters that share a vocabulary and names (as real
 * news does), so that queries meet realistic posting-list lengths rather than all-unique words.
 */
export function syntheticStories(count: number, seed = 42): Story[] {
  const rand = prng(seed);
  const topics = Array.from({ length: Math.max(10, Math.floor(count / 20)) }, () => ({
    vocab: Array.from({ length: 120 }, () => word(rand, 2 + Math.floor(rand() * 3))),
    names: Array.from({ length: 8 }, () => `${cap(word(rand, 2))} ${cap(word(rand, 3))}`),
  }));
  const stories: Story[] = [];
  for (let n = 0; n < count; n++) {
    const topic = topics[Math.floor(rand() * topics.length)]!;
    const paragraphs = Array.from({ length: 12 }, () => {
      const words: string[] = [];
      for (let i = 0; i < 45; i++) {
        const r = rand();
        words.push(r < 0.45 ? COMMON[Math.floor(rand() * COMMON.length)]! : r < 0.93 ? topic.vocab[Math.floor(rand() * topic.vocab.length)]! : topic.names[Math.floor(rand() * topic.names.length)]!);
      }
      return `${cap(words.join(' '))}.`;
    });
    const day = 1 + Math.floor(rand() * 28);
    const url = `https://synthetic-${n % 50}.example/story/${n}`;
    stories.push({
      id: storyId(url), url, outlet: `Synthetic ${n % 50}`, site: `synthetic-${n % 50}.example`,
      title: paragraphs[0]!.split(' ').slice(0, 10).join(' '), published: `2025-0${1 + (n % 9)}-${String(day).padStart(2, '0')}`,
      lang: 'en', byline: null, paragraphs,
    });
  }
  return stories;
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
