import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { articleFromHtml } from '../../lib/article/from-html';
import { articleFromText } from '../../lib/article/from-text';
import type { Article, KnownMetadata } from '../../lib/article/types';

/** Files larger than this are refused before reading: no real article page comes close. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads a file as UTF-8 text, refusing what is not text with a one-line reason. */
export function readTextFile(path: string): string {
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
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${path} is not a text file (it holds NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not valid UTF-8 text`);
  }
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
  const text = readTextFile(path);
  if (ext === '.txt') {
    const known = manifestMetadata(path);
    return articleFromText(text, url ? { ...known, url } : known);
  }
  return articleFromHtml(text, url ? { url } : {});
}
