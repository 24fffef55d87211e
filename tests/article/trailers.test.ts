// @vitest-environment node
/** Editorial trailers (updates, contributor credits) leave the body, corrections stay, and a mixed meta line yields byline and date. */
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../lib/article/from-html';
import { articleFromText } from '../../lib/article/from-text';
import { lineNoise } from '../../lib/article/noise-rules';

const BODY = [
  'The regional water authority said on Tuesday that it would raise bills by 8 percent next year to pay for new treatment plants along the coast.',
  'The increase, the largest in a decade, was approved by the authority’s board after a two-hour meeting that was repeatedly interrupted by protesters.',
  '“We know this is a hard moment for many households, but the plants cannot wait,” the authority’s chair, Ruth Calder, told reporters after the vote.',
  'Consumer groups said the rise would hit pensioners hardest and called on the government to fund a discount for low-income customers.',
];
const TRAILERS = [
  'This is a developing story and will be updated.',
  'Staff writer Jane Doe contributed to this report.',
  '(Reporting by Ana Lima in Lisbon; Editing by Tom Hogue)',
  'Additional reporting by Sam Ito.',
];
const CORRECTION = 'Correction: An earlier version of this story misstated the date of the board meeting.';

describe('trailers', () => {
  it('classifies each trailer shape as footer and leaves look-alike reporting alone', () => {
    for (const t of TRAILERS) expect(lineNoise(t), t).toBe('footer');
    expect(lineNoise('This story will be updated as more information becomes available.')).toBe('footer');
    expect(lineNoise('Reuters and The Associated Press contributed reporting.')).toBe('footer');
    expect(lineNoise('Check back later for updates.')).toBe('footer');
    expect(lineNoise(CORRECTION)).toBeNull();
    expect(lineNoise('The council contributed £2m to the scheme, officials said.')).toBeNull();
    expect(lineNoise('This is a story about a town that refused to give up, the mayor said.')).toBeNull();
  });
  it('drops trailers after the body and keeps the correction', () => {
    const article = articleFromText([...BODY, ...TRAILERS, CORRECTION].join('\n'));
    expect(article.paragraphs).toEqual([...BODY, CORRECTION]);
  });
  it('drops a developing-story note placed right under the lede', () => {
    const article = articleFromText([BODY[0], TRAILERS[0], ...BODY.slice(1)].join('\n'));
    expect(article.paragraphs).toEqual(BODY);
  });
});

describe('mixed meta line', () => {
  const META = 'By Jane Doe · Nov 26, 2025 · 4 min read · 37 Comments';
  it('yields the name only and the date on the text path', () => {
    const article = articleFromText(['Water bills to rise by 8 percent next year', META, ...BODY].join('\n'));
    expect(article.byline).toBe('Jane Doe');
    expect(article.published).toBe('2025-11-26');
    expect(article.paragraphs).toEqual(BODY);
  });
  it('yields the name only and the date on a page without metadata', () => {
    const html = `<html><head><title>Water bills to rise</title></head><body><main><article>
      <h1>Water bills to rise by 8 percent next year</h1>
      <div class="meta-line">${META.replace(/·/g, '<span>·</span>')}</div>
      ${BODY.map((p) => `<p>${p}</p>`).join('\n')}
      <p>${TRAILERS[1]}</p></article></main></body></html>`;
    const article = articleFromHtml(html);
    expect(article.byline).toBe('Jane Doe');
    expect(article.published).toBe('2025-11-26');
    expect(article.paragraphs).toEqual(BODY);
  });
});
