import * as v from 'valibot';
import type { Article } from '../article/types';
import type { InPageTarget, StoredSettings } from './protocol';
import { fail, ok, type Result } from './result';

/** Bounds on what a page may send: generous for real articles, small enough to keep the worker safe. */
export const LIMITS = {
  paragraphs: 2000,
  paragraphChars: 20_000,
  /** All paragraphs together: ~2 MB of text is far beyond any article. */
  totalChars: 2_000_000,
  title: 2000,
  short: 300,
  url: 4096,
  reasons: 50,
  subheads: 500,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));

const SubheadSchema = v.strictObject({
  text: text(LIMITS.title),
  before: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.paragraphs)),
});

/** An Article as a page may claim it: strict objects (no extra keys, so no `__proto__`), bounded strings. */
const ArticleSchema = v.strictObject({
  isArticle: v.boolean(),
  reasons: v.pipe(v.array(text(LIMITS.short)), v.maxLength(LIMITS.reasons)),
  title: nullableText(LIMITS.title),
  outlet: nullableText(LIMITS.short),
  site: nullableText(LIMITS.short),
  url: nullableText(LIMITS.url),
  byline: nullableText(LIMITS.title),
  published: nullableText(64),
  lang: nullableText(35),
  paragraphs: v.pipe(
    v.array(text(LIMITS.paragraphChars)),
    v.maxLength(LIMITS.paragraphs),
    v.check((ps) => ps.reduce((n, p) => n + p.length, 0) <= LIMITS.totalChars, 'article text is too long'),
  ),
  subheads: v.pipe(v.array(SubheadSchema), v.maxLength(LIMITS.subheads)),
});

const ReportArticleSchema = v.strictObject({ article: ArticleSchema });
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const GetTabReportSchema = v.strictObject({ tabId: TabId });
const UpdateSettingsSchema = v.strictObject({
  tabId: TabId,
  siteEnabled: v.optional(v.boolean()),
  markUnique: v.optional(v.boolean()),
});
const InPageTargetSchema = v.strictObject({
  kind: v.picklist(['quote', 'paragraph']),
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.paragraphs * 100)),
});
const StepQuoteSchema = v.strictObject({ step: v.picklist([1, -1]) });
const StoredSettingsSchema = v.object({
  disabledSites: v.pipe(v.array(text(LIMITS.short)), v.maxLength(10_000)),
  markUnique: v.boolean(),
});

// Compile-time guard: the schema's output must stay assignable to the shared Article type.
const _sameShape: (a: v.InferOutput<typeof ArticleSchema>) => Article = (a) => a;
void _sameShape;

function parse<T>(schema: v.GenericSchema<unknown, T>, data: unknown, what: string): Result<T> {
  const parsed = v.safeParse(schema, data, { abortEarly: true });
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0];
  const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  // The path and valibot's message only: never echo page-supplied values back.
  return fail('invalid-message', `${what}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}`);
}

/** Validates a reportArticle payload from a page's content script. */
export function parseReportArticle(data: unknown): Result<{ article: Article }> {
  return parse(ReportArticleSchema, data, 'reportArticle');
}

/** Validates a getTabReport payload. */
export function parseGetTabReport(data: unknown): Result<{ tabId: number }> {
  return parse(GetTabReportSchema, data, 'getTabReport');
}

/** Validates an updateSettings payload from the side panel. */
export function parseUpdateSettings(data: unknown): Result<{ tabId: number; siteEnabled?: boolean; markUnique?: boolean }> {
  return parse(UpdateSettingsSchema, data, 'updateSettings');
}

/** Validates a showInPage payload (side panel → content script). */
export function parseInPageTarget(data: unknown): Result<InPageTarget> {
  return parse(InPageTargetSchema, data, 'showInPage');
}

/** Validates a stepQuote payload (background → content script). */
export function parseStepQuote(data: unknown): Result<{ step: 1 | -1 }> {
  return parse(StepQuoteSchema, data, 'stepQuote');
}

/** Reads stored settings; anything missing or malformed gives the defaults (everything on, no marks). */
export function parseStoredSettings(data: unknown): StoredSettings {
  const parsed = v.safeParse(StoredSettingsSchema, data);
  return parsed.success
    ? { disabledSites: parsed.output.disabledSites, markUnique: parsed.output.markUnique }
    : { disabledSites: [], markUnique: false };
}
