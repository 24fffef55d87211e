/** The Parallax CLI over lib/: `analyze FILE` and `match FILE`, readable or `--json`. */
import { analysisJson } from '../lib/report/analysis';
import { matchJson } from '../lib/report/match-report';
import { buildBundle } from '../lib/stories/build-bundle';
import { validateBundle } from '../lib/stories/seed-bundle';
import { loadSeedFiles } from '../lib/stories/seed-files';
import type { Story } from '../lib/stories/types';
import { parseArgs, USAGE, type CliArgs } from './cli/args';
import { readArticle, readTextFile } from './cli/read-input';
import { analysisText, matchText } from './cli/text-report';

function loadStories(bundlePath: string | null): Story[] {
  if (!bundlePath) return buildBundle(loadSeedFiles()).stories;
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(bundlePath));
  } catch (error) {
    throw new Error(error instanceof SyntaxError ? `${bundlePath} is not JSON` : (error as Error).message);
  }
  const checked = validateBundle(data);
  if (!checked.ok) throw new Error(`${bundlePath}: ${checked.error.message}`);
  return checked.value.stories;
}

async function run(args: CliArgs): Promise<string> {
  const article = readArticle(args.file, args.url);
  if (args.command === 'analyze') {
    const json = analysisJson(article);
    return args.json ? JSON.stringify(json, null, 2) : analysisText(json);
  }
  const json = await matchJson(article, loadStories(args.bundle));
  return args.json ? JSON.stringify(json, null, 2) : matchText(json);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`parallax: ${(error as Error).message} (try --help)\n`);
    process.exit(64);
  }
  try {
    process.stdout.write(`${await run(args)}\n`);
  } catch (error) {
    process.stderr.write(`parallax: ${(error as Error).message.split('\n')[0]}\n`);
    process.exit(1);
  }
}

void main();
