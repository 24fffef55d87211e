// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => l && !l.includes('nodedir')) };
}

const tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-'));

describe('CLI', () => {
  it('analyze --json prints exactly one JSON document with the documented fields', () => {
    const r = cli('analyze', 'seeds/002_8083833801e800f5.txt', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('parallax.analyze/1');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['isArticle', 'reasons', 'title', 'outlet', 'site', 'url', 'byline', 'published', 'lang', 'paragraphs', 'quotes', 'speakers']));
    expect(json.paragraphs[0]).toEqual({ index: 0, text: expect.stringMatching(/^MOSCOW: Russia will make no big concessions/) });
    const q = json.quotes.find((x: { text: string }) => x.text.startsWith('We stand by our story'));
    expect(json.paragraphs[q.paragraph].text).toContain(q.text);
  }, 60_000);

  it('match --json lists the other versions and never the file’s own story', () => {
    const r = cli('match', 'seeds/004_12398170cc927cdf.txt', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('parallax.match/1');
    expect(json.matches.map((m: { outlet: string }) => m.outlet).sort()).toEqual(['Ben Borges', 'Business Standard', 'SRI', 'TechWordNews']);
    const sri = json.matches.find((m: { outlet: string }) => m.outlet === 'SRI');
    expect(sri).toMatchObject({ relation: 'same-wire', added: [], missing: [] });
  }, 60_000);

  it('a page that is not an article gives isArticle false with reasons and exit 0', () => {
    const file = join(tmp, 'home.html');
    writeFileSync(file, '<html><head><title>Example — Home</title></head><body><nav><a href="/a">World</a><a href="/b">Sport</a></nav><ul>' +
      Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i} about things</a></li>`).join('') + '</ul></body></html>');
    const r = cli('analyze', file, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.isArticle).toBe(false);
    expect(json.reasons.length).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    [['frobnicate', 'x.txt'], 64, /unknown command frobnicate/],
    [['analyze', 'seeds/000_7f72ad32432839a5.txt', '--colour'], 64, /unknown option --colour/],
    [['analyze', join(tmp, 'nope.txt')], 1, /cannot read/],
  ])('bad usage or input %j: one line on stderr and exit %i', (args, code, message) => {
    const r = cli(...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  }, 60_000);

  it('a binary file is refused with a clear error', () => {
    const file = join(tmp, 'garbage.html');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    const r = cli('analyze', file);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toMatch(/not a text file/);
  }, 60_000);
});
