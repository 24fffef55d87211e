import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

/** Node only (scripts, CLI, tests): the extension gets the seeds as a prebuilt bundle instead. */
const SeedMetaSchema = v.object({
  file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/)),
  outlet: v.string(),
  site: v.string(),
  url: v.pipe(v.string(), v.url()),
  published: v.nullish(v.string()),
  lang: v.nullish(v.string()),
  note: v.optional(v.string()),
});

const SeedManifestSchema = v.object({ stories: v.array(SeedMetaSchema) });

/** One seed story as shipped: its raw page text and the metadata from seeds.json. */
export interface SeedFile {
  file: string;
  text: string;
  meta: v.InferOutput<typeof SeedMetaSchema>;
}

/** Where the project keeps its own copy of the seed stories. */
export const DEFAULT_SEED_DIR = new URL('../../seeds/', import.meta.url).pathname;

/** Reads the seed texts and their manifest; throws with the file name when either is malformed. */
export function loadSeedFiles(dir: string = DEFAULT_SEED_DIR): SeedFile[] {
  const manifestPath = join(dir, 'seeds.json');
  const parsed = v.safeParse(SeedManifestSchema, JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) throw new Error(`${manifestPath}: ${parsed.issues[0]?.message ?? 'invalid manifest'}`);
  return parsed.output.stories.map((meta) => ({
    file: meta.file,
    text: readFileSync(join(dir, meta.file), 'utf8'),
    meta,
  }));
}
