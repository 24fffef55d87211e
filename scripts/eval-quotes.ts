/**
 * `npm run eval:quotes`: quote recall, speaker accuracy and precision against every hand-labelled
 * article set. A measurement, not a test: the `heldout2-*` set is kept out of the test suite and out
 * of rule tuning so that its figures stay an honest estimate for pages Parallax has never seen.
 * `--dir DIR` measures a folder of labelled texts kept outside the repository instead (real pages
 * whose text may not be redistributed): every DIR/NAME.txt with its DIR/NAME.tsv, as one set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findQuotes } from '../lib/quotes/find-quotes';
import { figures, readLabels, score, total, type Score } from '../tests/quotes/labels';

const dirArg = process.argv.indexOf('--dir');
const outside = dirArg > 0 ? process.argv[dirArg + 1] : undefined;
const dir = outside ? pathToFileURL(`${resolve(outside)}/`) : new URL('../tests/quotes/fixtures/', import.meta.url);
const FIXTURE_SETS: { prefix: string; role: string }[] = [
  { prefix: 'unseen-', role: 'written by the quotes engineer; tuned on' },
  { prefix: 'heldout-', role: 'written independently; tuned on since' },
  { prefix: 'heldout2-', role: 'written independently; tuned on since' },
  { prefix: 'heldout3-', role: 'written independently; tuned on since' },
  { prefix: 'heldout4-', role: 'written independently; tuned on since' },
  { prefix: 'heldout5-', role: 'written independently; never tuned on (an honest figure)' },
  { prefix: 'heldout6-', role: 'written independently; tuned on since' },
  { prefix: 'heldout7-', role: 'written independently; tuned on since (measured at 83.1% before)' },
  { prefix: 'heldout8-', role: 'written independently; tuned on since (measured at 83.1% before)' },
  { prefix: 'heldout9-', role: 'written independently; tuned on since (measured at 82.4% before)' },
  { prefix: 'heldout10-', role: 'written independently; tuned on since (measured at 74.3% before)' },
  { prefix: 'heldout11-', role: 'written independently; tuned on since (measured at 81.4% before)' },
  { prefix: 'heldout12-', role: 'written independently; tuned on since (measured at 85.4% before)' },
  { prefix: 'heldout13-', role: 'written independently; tuned on since (measured at 80.2% before)' },
  { prefix: 'heldout14-', role: 'written independently; tuned on since (measured at 88.6% before)' },
  { prefix: 'heldout15-', role: 'written independently; tuned on since (measured at 91.2% before)' },
  { prefix: 'heldout16-', role: 'written independently; tuned on since (measured at 79.6% before)' },
  { prefix: 'heldout17-', role: 'written independently; tuned on since (measured at 79.6% before)' },
  { prefix: 'heldout18-', role: 'written independently; tuned on since (measured at 86.1% before)' },
  { prefix: 'heldout19-', role: 'written independently; partly tuned on since (measured at 80.8% before)' },
  { prefix: 'heldout20-', role: 'written independently; tuned on since (measured at 86.4% before)' },
  { prefix: 'heldout21-', role: 'written independently; tuned on since (measured at 81.3% before)' },
  { prefix: 'heldout22-', role: 'written independently; tuned on since (measured at 91.8% before)' },
  { prefix: 'heldout23-', role: 'written independently; tuned on since (measured at 85.0% before)' },
  { prefix: 'heldout24-', role: 'written independently; tuned on since (measured at 89.5% before)' },
  { prefix: 'heldout25-a', role: 'written independently; tuned on since (measured at 80.9% before)' },
  { prefix: 'heldout25-b', role: 'written independently; tuned on since (measured at 87.1% before)' },
  { prefix: 'heldout26-', role: 'written independently; tuned on since (measured at 77.8% before)' },
];
const SETS = outside ? [{ prefix: '', role: `labelled texts in ${outside}` }] : FIXTURE_SETS;
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function line(name: string, s: Score): string {
  const f = figures(s);
  return `${name.padEnd(34)} labelled ${String(s.labelled).padStart(3)}  recall ${pct(f.recall).padStart(6)}  speaker ${pct(f.speaker).padStart(6)}  precision ${pct(f.precision).padStart(6)}  kind ${pct(f.kind).padStart(6)}`;
}

const verbose = process.argv.includes('--verbose');
for (const set of SETS) {
  const names = readdirSync(dir).filter((f) => f.startsWith(set.prefix) && f.endsWith('.txt') && existsSync(new URL(`${f.slice(0, -4)}.tsv`, dir))).map((f) => f.slice(0, -4)).sort();
  const scores = names.map((name) => {
    const paragraphs = readFileSync(new URL(`${name}.txt`, dir), 'utf8').split('\n').filter((l) => l.trim());
    const s = score(readLabels(new URL(`${name}.tsv`, dir).pathname, name), findQuotes(paragraphs));
    console.log(line(name, s));
    return s;
  });
  const t = total(scores);
  console.log(`${line(`TOTAL ${set.prefix}* (${set.role})`, t)}\n`);
  if (verbose) console.log(['misses:', ...t.misses, 'wrong:', ...t.wrong, 'extra:', ...t.extra].join('\n  '), '\n');
}
