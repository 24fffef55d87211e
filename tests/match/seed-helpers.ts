import { articleFromText } from '../../lib/article/from-text';
import type { Article } from '../../lib/article/types';
import { storyFromSeed } from '../../lib/stories/build-bundle';
import { loadSeedFiles, type SeedFile } from '../../lib/stories/seed-files';
import type { Story } from '../../lib/stories/types';

/** The seed files with their extracted articles and stored stories, keyed by the file's number. */
export function loadSeeds(): { seeds: SeedFile[]; articles: Map<string, Article>; stories: Story[]; outletOf: (n: string) => string } {
  const seeds = loadSeedFiles();
  const articles = new Map(seeds.map((s) => [s.file.slice(0, 3), articleFromText(s.text, s.meta)]));
  const stories = seeds.map(storyFromSeed);
  const outletOf = (n: string): string => seeds.find((s) => s.file.startsWith(n))!.meta.outlet;
  return { seeds, articles, stories, outletOf };
}
