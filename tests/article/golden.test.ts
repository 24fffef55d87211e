// @vitest-environment node
/** Golden files: every tests/fixtures/<name>/source.html must extract to its reviewed expected.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../lib/article/from-html';

const root = join(import.meta.dirname, '..', 'fixtures');
const names = readdirSync(root).filter((n) => existsSync(join(root, n, 'source.html'))).sort();

describe('golden fixtures', () => {
  it('has at least twenty fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
  });
  for (const name of names) {
    it(name, () => {
      const dir = join(root, name);
      const urlFile = join(dir, 'url.txt');
      const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : undefined;
      const actual = articleFromHtml(readFileSync(join(dir, 'source.html'), 'utf8'), url ? { url } : {});
      const expected: unknown = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      expect(actual).toEqual(expected);
    });
  }
});
