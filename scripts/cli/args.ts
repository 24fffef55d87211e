/** A parsed CLI invocation. */
export interface CliArgs {
  command: 'analyze' | 'match';
  file: string;
  json: boolean;
  /** The page's URL when the file itself does not say (plain-text files). */
  url: string | null;
  /** Another story bundle to match against instead of the bundled seeds. */
  bundle: string | null;
}

/** Usage text printed by --help. */
export const USAGE = `usage: npm run cli -- <analyze|match> FILE [--json] [--url URL] [--bundle BUNDLE.json]
  analyze  extract the article (paragraphs, metadata, quotes, speakers) from an .html/.htm or .txt file
  match    find the other versions of its story among the bundled seed stories (or --bundle)`;

/** Parses argv (without node and script); throws an Error with a one-line message on bad usage. */
export function parseArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  let json = false;
  let url: string | null = null;
  let bundle: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url' || arg === '--bundle') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error(`option ${arg} needs a value`);
      if (arg === '--url') url = value;
      else bundle = value;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [command, file, extra] = positional;
  if (command !== 'analyze' && command !== 'match') throw new Error(command ? `unknown command ${command}` : 'no command given');
  if (!file) throw new Error(`${command} needs a FILE`);
  if (extra) throw new Error(`unexpected argument ${extra}`);
  if (bundle && command !== 'match') throw new Error('option --bundle goes with match');
  return { command, file, json, url, bundle };
}
