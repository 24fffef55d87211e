// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareWithStories } from '../../lib/match/compare-stories';
import { findVersions } from '../../lib/match/find-versions';
import { buildStoryIndex } from '../../lib/search/story-index';
import { loadSeeds } from './seed-helpers';

const { articles, stories, outletOf } = loadSeeds();
const WIRE = ['002', '003', '004'];
const ALL = ['000', '001', '002', '003', '004'];

function versionsOf(n: string) {
  return compareWithStories(articles.get(n)!, stories, { excludeUrl: articles.get(n)!.url });
}

describe('seed comparison matrix', () => {
  it.each(ALL)('seed %s finds the other four and never itself', (n) => {
    const outlets = versionsOf(n).map((v) => v.outlet).sort();
    expect(outlets).toEqual(ALL.filter((m) => m !== n).map(outletOf).sort());
  });

  it.each(ALL.flatMap((a) => ALL.filter((b) => b !== a).map((b) => [a, b])))('%s → %s has the right relation', (a, b) => {
    const version = versionsOf(a).find((v) => v.outlet === outletOf(b))!;
    const expected = WIRE.includes(a) && WIRE.includes(b) ? 'same-wire' : 'same-story';
    expect(version.relation).toBe(expected);
  });

  it('002 and 004 carry the same text: nothing added or missing either way', () => {
    for (const [a, b] of [['002', '004'], ['004', '002']] as const) {
      const v = versionsOf(a).find((x) => x.outlet === outletOf(b))!;
      expect(v.added).toEqual([]);
      expect(v.missing).toEqual([]);
    }
  });

  it('003 (the fuller Reuters version) carries paragraphs the Dawn edit lacks, e.g. the one naming the diplomat', () => {
    const v = versionsOf('004').find((x) => x.outlet === outletOf('003'))!;
    const missing = v.missing.map((m) => m.text);
    expect(missing.some((t) => t.includes('Sergei Ryabkov'))).toBe(true);
    expect(missing.some((t) => t.includes('Zelenskiy'))).toBe(true);
    // and each missing index points at that very paragraph of 003
    for (const m of v.missing) expect(articles.get('003')!.paragraphs[m.paragraph]).toBe(m.text);
  });

  it('the Dawn edit adds only the paragraph the Reuters version lacks (the president’s remark)', () => {
    const v = versionsOf('004').find((x) => x.outlet === outletOf('003'))!;
    expect(v.added.map((a) => a.text)).toEqual([expect.stringContaining('the president observed')]);
  });

  it('finds the same versions through the search index as by full comparison', async () => {
    const index = buildStoryIndex(stories);
    const byId = new Map(stories.map((s) => [s.id, s]));
    for (const n of ALL) {
      const viaIndex = await findVersions(articles.get(n)!, index, async (ids) => ids.map((id) => byId.get(id)!));
      expect(viaIndex.map((v) => v.id).sort()).toEqual(versionsOf(n).map((v) => v.id).sort());
    }
  });
});
