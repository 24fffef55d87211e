import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { QuoteCard, type QuoteCardProps } from '../../components/QuoteCard';
import { CARD_CSS } from './card-css';
import { placeCard, type Box } from './place-card';

/** The hover card's host in the page: shown next to a quote, hidden, or removed for good. */
export interface CardHost {
  show(props: QuoteCardProps, anchor: Box, pointerX: number): void;
  hide(): void;
}

/** Inline !important host styles beat any page rule aimed at our element (e.g. `parallax-card{display:none}`). */
function style(host: HTMLElement, props: Record<string, string>): void {
  for (const [k, v] of Object.entries(props)) host.style.setProperty(k, v, 'important');
}

/**
 * Creates the card lazily on first use in a CLOSED shadow root (the page cannot read or restyle it) and
 * renders it with Preact, which only ever creates text nodes from quote data. Removed when ctx is invalidated.
 */
export function createCardHost(ctx: ContentScriptContext): CardHost {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (host && mount && host.isConnected) return mount;
    host = document.createElement('parallax-card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const css = document.createElement('style');
    css.textContent = CARD_CSS;
    mount = document.createElement('div');
    // A live region: a card opened from the keyboard is read out without moving focus from the page.
    mount.setAttribute('aria-live', 'polite');
    shadow.append(css, mount);
    // The card holds no controls, so it never takes the pointer from the page.
    style(host, { all: 'initial', position: 'fixed', 'z-index': '2147483647', 'pointer-events': 'none', display: 'none' });
    document.documentElement.append(host);
    return mount;
  };

  const hide = (): void => {
    if (host) style(host, { display: 'none' });
  };

  ctx.onInvalidated(() => {
    if (mount) render(null, mount);
    host?.remove();
    host = mount = null;
  });

  return {
    show(props, anchor, pointerX) {
      const el = ensure();
      // Only keyboard moves are announced: a card under the pointer is read by hovering anyway.
      el.setAttribute('aria-live', props.announce ? 'polite' : 'off');
      render(h(QuoteCard, props), el);
      if (!host) return;
      // Measure off-screen first, then place: the size depends on the speaker and outlet names.
      style(host, { display: 'block', visibility: 'hidden', top: '0px', left: '0px' });
      const size = host.getBoundingClientRect();
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const at = placeCard(anchor, size, viewport, pointerX);
      style(host, { top: `${at.top}px`, left: `${at.left}px`, visibility: 'visible' });
      host.dataset.side = at.side;
    },
    hide,
  };
}
