import type { AnalysisJson } from '../../lib/report/analysis';
import type { MatchJson } from '../../lib/report/match-report';

const RELATION_LABEL = { 'same-wire': 'same wire copy', 'same-story': 'separate write-up' } as const;

function clip(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A readable report of an analysis, for people at a terminal. */
export function analysisText(a: Omit<AnalysisJson, 'schema'>): string {
  const lines = [`${a.title ?? '(no title)'} — ${a.outlet ?? '?'}, ${a.published ?? 'date unknown'}`];
  lines.push(`article: ${a.isArticle ? 'yes' : 'no'} (${a.reasons.join(', ')})`);
  if (a.byline) lines.push(`by: ${a.byline}`);
  if (a.url) lines.push(`url: ${a.url}`);
  lines.push('', `${a.paragraphs.length} paragraphs:`);
  for (const p of a.paragraphs) lines.push(`  [${p.index}] ${clip(p.text)}`);
  lines.push('', `${a.quotes.length} quotes:`);
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.title ? ` (${q.speaker.title})` : ''}` : q.kind === 'speech' ? 'unattributed' : q.kind;
    lines.push(`  [${q.paragraph}] “${clip(q.text, 80)}” — ${who}`);
  }
  return lines.join('\n');
}

/** A readable report of a match, for people at a terminal. */
export function matchText(m: MatchJson): string {
  const lines = [analysisText(m.article).split('\n').slice(0, 2).join('\n'), ''];
  if (m.matches.length === 0) lines.push('no other versions found');
  else lines.push(`${m.matches.length} other version${m.matches.length === 1 ? '' : 's'}:`);
  for (const v of m.matches) {
    lines.push(`  ${v.outlet} — ${clip(v.title, 70)} (${v.published ?? 'date unknown'})`);
    lines.push(`    ${RELATION_LABEL[v.relation]}, score ${v.score}; this article adds ${v.added.length} paragraph(s), lacks ${v.missing.length}`);
    // A separate write-up lacks nearly everything by nature: only a copy's gaps are worth listing.
    if (v.relation === 'same-wire') for (const p of v.missing) lines.push(`    lacks [${p.paragraph}] ${clip(p.text, 90)}`);
  }
  return lines.join('\n');
}
