// @vitest-environment node
/** Unit checks for the general rules: dates, titles, bylines, outlets, noise shapes, and that the page is never mutated. */
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { cleanByline } from '../../lib/article/byline';
import { findTextDate, parseDate, stripDatePrefix } from '../../lib/article/dates';
import { articleFromDocument } from '../../lib/article/from-document';
import { articleFromText } from '../../lib/article/from-text';
import { lineNoise } from '../../lib/article/noise-rules';
import { outletFromSite, outletFromTitle, siteFromUrl } from '../../lib/article/outlet';
import { quotedRepeat } from '../../lib/article/repetition';
import { splitRunInSubhead } from '../../lib/article/subheads';
import { stripSiteSuffix, titleFromUrl } from '../../lib/article/title';

describe('dates', () => {
  it('parses the printed forms', () => {
    expect(findTextDate('Published in Dawn, November 27th, 2025')).toEqual({ kind: 'published', iso: '2025-11-27' });
    expect(findTextDate('First Published: Nov 26 2025 | 10:48 PM IST')).toEqual({ kind: 'published', iso: '2025-11-26T22:48:00+05:30' });
    expect(findTextDate('Last Updated : Nov 26 2025 | 10:48 PM IST')?.kind).toBe('updated');
    expect(parseDate('2025-11-27T09:14:00+0000')).toBe('2025-11-27T09:14:00+00:00');
    expect(parseDate('26 November 2025')).toBe('2025-11-26');
    expect(parseDate('February 30, 2025')).toBeNull();
    expect(stripDatePrefix(' date 2025-11-26 Home / World')).toEqual({ date: '2025-11-26', rest: 'Home / World' });
  });
});

describe('titles, bylines, outlets', () => {
  it('strips site suffixes and reads slugs', () => {
    expect(stripSiteSuffix('Chile copper output slides | The Northern Ledger', ['The Northern Ledger'])).toBe('Chile copper output slides');
    expect(stripSiteSuffix('Ontario to cap rent increases at 2.1% - Lakeshore Tribune')).toBe('Ontario to cap rent increases at 2.1%');
    expect(titleFromUrl('https://www.dawn.com/news/1957632/recording-shows-trump-aide-advised-moscow-over-ukraine-deal')).toBe('Recording shows trump aide advised moscow over ukraine deal');
    expect(titleFromUrl('https://techwordnews.com/?p=167006')).toBeNull();
  });
  it('reduces bylines to names', () => {
    expect(cleanByline('By Jane Doe, Moscow correspondent | The Northern Ledger', 'The Northern Ledger')).toBe('Jane Doe');
    expect(cleanByline('By Ingrid Solberg and Lars Eide · Updated 24 November 2025')).toBe('Ingrid Solberg, Lars Eide');
    expect(cleanByline('Staff reporter')).toBeNull();
  });
  it('names outlets from domains', () => {
    expect(siteFromUrl('https://www.business-standard.com/amp/x')).toBe('business-standard.com');
    expect(outletFromSite('business-standard.com')).toBe('Business Standard');
    expect(outletFromSite('northernledger.co.uk')).toBe('Northernledger');
    expect(outletFromTitle('Chile copper output slides | The Northern Ledger', 'northernledger.co.uk')).toBe('The Northern Ledger');
    expect(outletFromTitle('Chile copper output slides | World', 'northernledger.co.uk')).toBeNull();
  });
  it('finds a pull quote reworded from the body', () => {
    const body = ['Critics said the plan would fail. "Real-time data is only useful if someone acts on it, and the fines are tiny," said Amelia Hart, who runs a swimmers group.'];
    expect(quotedRepeat('“Real-time data is only useful if somebody acts on it”', body)).toBe(true);
    expect(quotedRepeat('Fines to rise', body)).toBe(false);
  });
});

describe('noise shapes', () => {
  it('classifies furniture lines', () => {
    expect(lineNoise('Home / World News / Something happened in a place')).toBe('breadcrumb');
    expect(lineNoise('4 min read Last Updated : Nov 26 2025 | 10:48 PM IST')).toBe('read-time');
    expect(lineNoise('Share Facebook X WhatsApp Email')).toBe('share');
    expect(lineNoise('Also read: Minister resigns over expenses')).toBe('related');
    expect(lineNoise('Sign up for our morning newsletter')).toBe('newsletter');
    expect(lineNoise('ADVERTISEMENT')).toBe('ad');
    expect(lineNoise('Tags: economy, inflation')).toBe('tags');
    expect(lineNoise('(Reporting by A. Writer; Editing by B. Editor)')).toBe('footer');
    expect(lineNoise('A man walks past the site, November 20, 2025. REUTERS/John Smith')).toBe('caption');
    expect(lineNoise('Publicité')).toBe('ad');
    expect(lineNoise('When you buy through links on our site, we may earn an affiliate commission.')).toBe('ad');
    expect(lineNoise('Jane Doe covers transport. Reach her at jdoe@example.com.')).toBe('footer');
    expect(lineNoise('The minister said on Tuesday that talks would continue next week.')).toBeNull();
  });
  it('splits run-in upper-case subheads but not datelines', () => {
    expect(splitRunInSubhead('MARKETS FALL SHARPLY\u00a0 Stocks dropped on Monday after the central bank raised rates.')).toEqual({
      subhead: 'MARKETS FALL SHARPLY',
      rest: 'Stocks dropped on Monday after the central bank raised rates.',
    });
    expect(splitRunInSubhead('MOSCOW: Russia said on Wednesday it would make no big concessions.')).toBeNull();
    expect(splitRunInSubhead('RIO DE JANEIRO, Nov 26 (Reuters) - Brazil said on Wednesday it would act.')).toBeNull();
  });
  it('treats a short text with prose and attribution as an article, and a list as not', () => {
    const para = 'The council said on Monday that the new bridge would open in March, two years later than planned, after costs rose sharply.';
    expect(articleFromText([para, para.replace('council', 'mayor'), para.replace('Monday', 'Friday')].join('\n')).isArticle).toBe(true);
    expect(articleFromText('Home\nNews\nSport\nWeather').isArticle).toBe(false);
  });
});

describe('the page is never mutated', () => {
  it('leaves the live document unchanged', () => {
    const p = '<p>The mayor said on Monday that the bridge over the river would reopen in March after repairs that cost far more than expected.</p>';
    const html = `<html lang="en"><head><title>Bridge to reopen | Town Post</title></head><body><nav><a href="/">Home</a></nav><article><h1>Bridge to reopen</h1>${p.repeat(8)}</article></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const before = doc.documentElement.outerHTML;
    const a = articleFromDocument(doc, { url: 'https://townpost.org/news/bridge-to-reopen' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(a.title).toBe('Bridge to reopen');
    expect(a.site).toBe('townpost.org');
  });
});
