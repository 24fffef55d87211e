// @vitest-environment node
/** The CLI's file decoding: legacy encodings are read with a note, binary and empty files are refused clearly. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decodeText, readArticle } from '../../scripts/cli/read-input';

const latin1 = (s: string): Uint8Array => Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));

describe('decoding input files', () => {
  it('reads UTF-8 unchanged', () => {
    expect(decodeText(new TextEncoder().encode('Grève à Paris'), 'x.html', true)).toBe('Grève à Paris');
  });
  it('honours a declared legacy charset, with a note', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const bytes = latin1('<html><head><meta charset="iso-8859-1"></head><body><p>Grève à la SNCF</p></body></html>');
    expect(decodeText(bytes, 'p.html', true)).toContain('Grève à la SNCF');
    expect(String(err.mock.calls[0]?.[0])).toMatch(/not UTF-8; decoded as iso-8859-1/);
    err.mockRestore();
  });
  it('falls back to windows-1252 for undeclared non-UTF-8 bytes', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(decodeText(latin1('caf\u00e9 \u0093quoted\u0094'), 'p.txt', false)).toBe('café “quoted”');
    expect(String(err.mock.calls[0]?.[0])).toMatch(/windows-1252/);
    err.mockRestore();
  });
  it('refuses binary data and empty files with a reason', () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
    expect(() => decodeText(noise, 'b.html', true)).toThrow(/not a text file/);
    const dir = mkdtempSync(join(tmpdir(), 'px-'));
    writeFileSync(join(dir, 'empty.html'), '');
    expect(() => readArticle(join(dir, 'empty.html'), null)).toThrow(/is empty/);
    writeFileSync(join(dir, 'page.pdf'), 'x');
    expect(() => readArticle(join(dir, 'page.pdf'), null)).toThrow(/unsupported file type/);
  });
});
