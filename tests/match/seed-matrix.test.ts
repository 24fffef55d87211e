// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareWithStories } from '../../lib/match/compare-stories';
import { findVersions } from '../../lib/match/find-versions';
import { buildStoryIndex } from '../../lib/search/story-index';
import { loadSeeds } from './seed-helpers';
import { summarizeVersions } from '../../lib/match/summarize';
import { namedElsewhere } from '../../lib/compare/named-elsewhere';

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

  it('002 and 004 carry the same text: nothing added, missing or changed either way', () => {
    for (const [a, b] of [['002', '004'], ['004', '002']] as const) {
      const v = versionsOf(a).find((x) => x.outlet === outletOf(b))!;
      expect(v.added).toEqual([]);
      expect(v.missing).toEqual([]);
      expect(v.changed).toEqual([]);
    }
  });

  // The Dawn edit (002, 004) against the fuller Reuters copy (003), checked by hand paragraph by paragraph.
  const EDIT_VS_FULL = {
    added: [4],
    missing: [2, 3, 4, 5],
    changed: [[[0], [0]], [[1], [1]], [[2], [6]], [[9], [12]], [[11, 12], [14]], [[13], [15]], [[14], [16]]],
  };
  it.each([['002', '003'], ['004', '003'], ['003', '002'], ['003', '004']])('%s → %s: exact added, missing and changed paragraphs', (a, b) => {
    const v = versionsOf(a).find((x) => x.outlet === outletOf(b))!;
    const flip = a === '003';
    const changed = v.changed.map((c) => [c.paragraphs, c.otherParagraphs]);
    expect(v.added.map((x) => x.paragraph)).toEqual(flip ? EDIT_VS_FULL.missing : EDIT_VS_FULL.added);
    expect(v.missing.map((x) => x.paragraph)).toEqual(flip ? EDIT_VS_FULL.added : EDIT_VS_FULL.missing);
    expect(changed).toEqual(flip ? EDIT_VS_FULL.changed.map(([x, y]) => [y, x]) : EDIT_VS_FULL.changed);
  });

  it('the merged paragraph shows the clause the edit cut, word by word', () => {
    const v = versionsOf('004').find((x) => x.outlet === outletOf('003'))!;
    const merged = v.changed.find((c) => c.paragraphs.length === 2)!;
    expect(merged.diff!.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toContain(
      'although the advances remain slow and Kyiv says Russia has incurred heavy losses to achieve them.',
    );
  });

  it('separate write-ups list no reworded passages: their paragraphs are not edits of each other', () => {
    for (const a of ALL) for (const v of versionsOf(a)) if (v.relation === 'same-story') expect(v.changed).toEqual([]);
  });

  it('counts versions, outlets and texts honestly: the wire copies are one text', () => {
    const s = summarizeVersions(versionsOf('004'));
    expect(s).toMatchObject({ versions: 4, outlets: 4, texts: 3 });
    expect(s.groups.find((g) => g.sameAsThis)!.outlets.sort()).toEqual(['Business Standard', 'SRI']);
    expect(summarizeVersions(versionsOf('000'))).toMatchObject({ versions: 4, outlets: 4, texts: 2 });
  });

  it('named elsewhere: Dawn’s unnamed “senior Russian diplomat” is Sergei Ryabkov in the Reuters copy', () => {
    const found = namedElsewhere(articles.get('004')!.paragraphs, stories.filter((s) => s.url !== articles.get('004')!.url));
    expect(found).toEqual([expect.objectContaining({ paragraph: 0, phrase: 'a senior Russian diplomat', name: 'Sergei Ryabkov', outlet: outletOf('003'), otherParagraph: 5 })]);
    expect(namedElsewhere(articles.get('003')!.paragraphs, stories)).toEqual([]);
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
