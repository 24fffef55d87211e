// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paragraphCoverage } from '../../lib/compare/coverage';

const A = [
  'Russia will make no big concessions on a peace plan for Ukraine, a senior diplomat said on Wednesday.',
  'Witkoff is expected to travel to Moscow next week for talks with Russian leaders about a possible plan.',
  'Russian forces control more than 19 per cent of Ukraine following the 2022 invasion, officials said.',
  'The envoy will also meet business leaders to discuss sanctions and trade after the talks end.',
];

describe('paragraph coverage', () => {
  it('an identical version adds and lacks nothing', () => {
    const c = paragraphCoverage(A, [...A]);
    expect(c.onlyInA).toEqual([]);
    expect(c.onlyInB).toEqual([]);
  });

  it('a cut version lacks exactly the cut paragraph', () => {
    const c = paragraphCoverage(A, [A[0]!, A[1]!, A[2]!]);
    expect(c.onlyInA).toEqual([3]);
    expect(c.onlyInB).toEqual([]);
  });

  it('tolerates small edits: quote marks, "19%" for "19 per cent", a clause cut', () => {
    const edited = [A[0]!.replace(' on Wednesday', ''), A[1]!, A[2]!.replace('19 per cent', '19%'), A[3]!];
    expect(paragraphCoverage(A, edited).onlyInA).toEqual([]);
  });

  it('tolerates merges and splits: two paragraphs printed as one', () => {
    const merged = [A[0]!, `${A[1]!} ${A[2]!}`, A[3]!];
    const c = paragraphCoverage(A, merged);
    expect(c.onlyInA).toEqual([]);
    expect(c.onlyInB).toEqual([]);
  });

  it('every paragraph of both versions is either carried or listed once', () => {
    const B = [A[1]!, 'A paragraph only the other version has, about something else entirely and at length.', A[3]!];
    const c = paragraphCoverage(A, B);
    expect(c.coverageA).toHaveLength(A.length);
    expect(c.coverageB).toHaveLength(B.length);
    expect(c.onlyInA).toEqual([0, 2]);
    expect(c.onlyInB).toEqual([1]);
  });
});
