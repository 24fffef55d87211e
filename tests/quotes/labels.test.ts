// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../lib/quotes/types';
import { figures, score, type Label } from './labels';

// One remark broken by its attribution (“A,” X said. “B.”), reported once with two parts.
const text = 'The roof held, … The walls did not.';
const remark: Quote = {
  text, speaker: { name: 'Nell Price', title: null }, paragraph: 0, start: 1, end: 60, kind: 'speech',
  parts: [{ start: 1, end: 15 }, { start: 40, end: 57 }],
};
const label = (startsWith: string, speaker = 'Nell Price'): Label => ({ file: 'x', paragraph: 0, startsWith, kind: 'speech', speaker });

describe('scoring a remark with parts against either labelling convention', () => {
  it('one row for the whole remark is found', () => {
    expect(figures(score([label('The roof held')], [remark]))).toMatchObject({ recall: 1, speaker: 1, precision: 1 });
  });

  it('one row per part, same speaker, are all found by the one remark', () => {
    expect(figures(score([label('The roof held'), label('The walls did not')], [remark]))).toMatchObject({ recall: 1, speaker: 1, precision: 1 });
  });

  it('a row for a part with another speaker is not taken by it', () => {
    expect(score([label('The roof held'), label('The walls did not', 'Amir Sayed')], [remark]).misses).toHaveLength(1);
  });
});
