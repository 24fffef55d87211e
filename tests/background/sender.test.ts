// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkContentScriptSender, checkExtensionPageSender, type SenderLike } from '../../lib/messaging/sender';

const ID = 'our-extension';
const ORIGIN = 'chrome-extension://our-extension/';
const page = 'https://news.example/story';
const content: SenderLike = { id: ID, url: page, frameId: 0, tab: { id: 7, url: page } };

describe('checkContentScriptSender', () => {
  it("accepts our top-frame content script and returns the tab's real URL", () => {
    expect(checkContentScriptSender(content, ID)).toEqual({ ok: true, value: { tabId: 7, url: page } });
  });

  it.each<[string, SenderLike | undefined]>([
    ['no sender', undefined],
    ['another extension', { ...content, id: 'other-extension' }],
    ['no id', { ...content, id: undefined }],
    ['no tab (an extension page)', { ...content, tab: undefined }],
    ['a negative tab id (devtools, TAB_ID_NONE)', { ...content, tab: { id: -1, url: page } }],
    ['a sub-frame', { ...content, frameId: 3 }],
    ['no frame id', { ...content, frameId: undefined }],
    ['a file: tab', { ...content, tab: { id: 7, url: 'file:///etc/passwd' } }],
    ['a chrome: tab', { ...content, tab: { id: 7, url: 'chrome://settings' } }],
    ['a javascript: tab URL', { ...content, tab: { id: 7, url: 'javascript:alert(1)' } }],
    ['a tab without URL', { ...content, tab: { id: 7 } }],
  ])('rejects %s as forbidden-sender', (_, sender) => {
    const result = checkContentScriptSender(sender, ID);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden-sender');
  });

  it("uses the tab's URL even when the frame URL claims another", () => {
    const result = checkContentScriptSender({ ...content, url: 'https://elsewhere.example/' }, ID);
    expect(result.ok && result.value.url).toBe(page);
  });
});

describe('checkExtensionPageSender', () => {
  it('accepts the side panel (no tab) and an extension page opened in a tab', () => {
    expect(checkExtensionPageSender({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN).ok).toBe(true);
    const inTab = { id: ID, url: `${ORIGIN}sidepanel.html?tab=3`, tab: { id: 4, url: `${ORIGIN}sidepanel.html?tab=3` } };
    expect(checkExtensionPageSender(inTab, ID, ORIGIN).ok).toBe(true);
  });

  it.each<[string, SenderLike | undefined]>([
    ['no sender', undefined],
    ['our content script', content],
    ['another extension', { id: 'other', url: 'chrome-extension://other/sidepanel.html' }],
    ['a lookalike origin', { id: ID, url: 'chrome-extension://our-extension.evil/x.html' }],
    ['an extension URL in a web tab', { id: ID, url: `${ORIGIN}sidepanel.html`, tab: { id: 7, url: page } }],
  ])('rejects %s as forbidden-sender', (_, sender) => {
    const result = checkExtensionPageSender(sender, ID, ORIGIN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden-sender');
  });
});
