import { articleFromText } from '../article/from-text';
import type { SeedFile } from './seed-files';
import { storyFromArticle } from './story-from-article';
import type { Story, StoryBundle } from './types';

/** Extracts one seed's text with its manifest metadata into a story (throws if it is not one). */
export function storyFromSeed(seed: SeedFile): Story {
  const { outlet, site, url, published, lang } = seed.meta;
  const article = articleFromText(seed.text, { outlet, site, url, published, lang });
  const story = storyFromArticle(article);
  if (!story) throw new Error(`${seed.file}: not an article (${article.reasons.join(', ')})`);
  return story;
}

/** Builds the bundle that fills the extension's database and that the CLI matches against. */
export function buildBundle(seeds: SeedFile[]): StoryBundle {
  return { format: 'parallax-bundle', version: 1, stories: seeds.map(storyFromSeed) };
}
