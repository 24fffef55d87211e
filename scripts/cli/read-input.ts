import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { articleFromHtml } from '../../lib/article/from-html';
import { articleFromText } from '../../lib/article/from-text';
import type { Article, KnownMetadata } from '../../lib/article/types';

/** Files larger than this are refused before reading: no real article page comes close. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

// windows-1252's printable 0x80-0x9f range (Node's decoder treats the label as plain Latin-1 there).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b))).join('');
  }
  return out;
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv content type), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes bytes as text: a BOM first, then strict UTF-8, then (for HTML) the page's declared charset, then
 * windows-1252, which every byte sequence decodes in; the fallbacks print a one-line note on stderr.
 */
export function decodeText(bytes: Uint8Array, path: string, html: boolean): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${path} is not a text file (it holds NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Fall through: older pages are often Latin-1 or windows-1252 and say so in a meta tag.
  }
  const declared = html ? declaredCharset(bytes) : null;
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      const text = new TextDecoder(declared, { fatal: true }).decode(bytes);
      process.stderr.write(`parallax: note: ${path} is not UTF-8; decoded as ${declared}, as the page declares\n`);
      return text;
    } catch {
      // An unknown or wrong label: use the web's default below.
    }
  }
  const text = windows1252(bytes);
  // Binary data decodes too; real text has almost no C0 control characters.
  if ((text.slice(0, 8192).match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0) > 16) throw new Error(`${path} is not a text file (binary data)`);
  process.stderr.write(`parallax: note: ${path} is not valid UTF-8${declared ? ` (it claims ${declared})` : ''}; decoded as windows-1252\n`);
  return text;
}

/** Reads a file as text (UTF-8, or a legacy encoding with a note), refusing what is not text with a one-line reason. */
export function readTextFile(path: string, html = false): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error)}`);
  }
  if (size === 0) throw new Error(`${path} is empty`);
  if (size > MAX_FILE_BYTES) throw new Error(`${path} is too large (${size} bytes; the limit is ${MAX_FILE_BYTES})`);
  return decodeText(readFileSync(path), path, html);
}

/** Metadata for a plain-text file from a seeds.json-style manifest beside it, if one lists it. */
function manifestMetadata(path: string): KnownMetadata {
  const manifest = join(dirname(path), 'seeds.json');
  if (!existsSync(manifest)) return {};
  try {
    const data: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    const stories = (data as { stories?: unknown }).stories;
    if (!Array.isArray(stories)) return {};
    const entry: unknown = stories.find((s: unknown) => (s as { file?: unknown })?.file === basename(path));
    if (!entry || typeof entry !== 'object') return {};
    const e = entry as Record<string, unknown>;
    const str = (k: string): string | null => (typeof e[k] === 'string' ? (e[k] as string) : null);
    return { outlet: str('outlet'), site: str('site'), url: str('url'), published: str('published'), lang: str('lang') };
  } catch {
    return {};
  }
}

/** Reads an .html/.htm page or a .txt file in the seeds' format into an Article. */
export function readArticle(path: string, url: string | null): Article {
  const ext = extname(path).toLowerCase();
  if (ext !== '.html' && ext !== '.htm' && ext !== '.txt') throw new Error(`${path}: unsupported file type (use .html, .htm or .txt)`);
  const text = readTextFile(path, ext !== '.txt');
  if (ext === '.txt') {
    const known = manifestMetadata(path);
    return articleFromText(text, url ? { ...known, url } : known);
  }
  return articleFromHtml(text, url ? { url } : {});
}
