/**
 * JSON-LD reading that tolerates what real pages ship: several blocks, @graph
 * arrays, nested arrays, trailing commas, raw newlines in strings, CDATA and
 * comment wrappers. A block that still fails to parse is skipped, never thrown.
 */

/** A JSON-LD node as found on a page (loosely typed: pages do not follow the schema). */
export type LdNode = Record<string, unknown>;

function parseLoose(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '').trim();
  try {
    return JSON.parse(text);
  } catch {
    // Common CMS damage: raw control characters inside strings and trailing commas.
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 6 || out.length > 200 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  if ('@type' in node) out.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], out, depth + 1);
  // Article pages sometimes wrap the article in a WebPage's mainEntity.
  if (node.mainEntity && typeof node.mainEntity === 'object') collect(node.mainEntity, out, depth + 1);
}

/** All typed JSON-LD nodes in the given script texts, flattened across blocks and @graph arrays. */
export function parseJsonLdBlocks(blocks: string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const raw of blocks) {
    if (raw.length > 2_000_000) continue;
    collect(parseLoose(raw), out, 0);
  }
  return out;
}

/** All typed JSON-LD nodes in the document, flattened across blocks and @graph arrays. */
export function readJsonLd(doc: Document): LdNode[] {
  return parseJsonLdBlocks(Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''));
}

/** The @type values of a node as an array of plain names ("schema:NewsArticle" → "NewsArticle"). */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Replaces {"@id": …} references (Yoast-style @graph) with the node they point to, one level deep. */
export function ldResolve(value: unknown, nodes: LdNode[]): unknown {
  const one = (v: unknown): unknown => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const id = (v as LdNode)['@id'];
    if (typeof id !== 'string' || 'name' in (v as LdNode)) return v;
    return nodes.find((n) => n['@id'] === id && n !== v) ?? v;
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** A string field, or the `name` of an object field, or names joined from an array field. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(ldText).filter((v): v is string => !!v);
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object') return ldText((value as LdNode).name);
  return null;
}
