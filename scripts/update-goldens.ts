/**
 * Regenerates tests/fixtures/<name>/expected.json from source.html after a
 * reviewed change to extraction. Run: npx tsx scripts/update-goldens.ts
 * An optional tests/fixtures/<name>/url.txt gives the page URL the extension would pass.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromHtml } from '../lib/article/from-html';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures');
for (const name of readdirSync(root).sort()) {
  const source = join(root, name, 'source.html');
  if (!existsSync(source)) continue;
  const urlFile = join(root, name, 'url.txt');
  const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : undefined;
  const article = articleFromHtml(readFileSync(source, 'utf8'), url ? { url } : {});
  writeFileSync(join(root, name, 'expected.json'), `${JSON.stringify(article, null, 2)}\n`);
  console.log(`${name}: isArticle=${article.isArticle} paragraphs=${article.paragraphs.length} [${article.reasons.join(', ')}]`);
}
