import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from './session';
import './style.css';

/** Finds the article on the page, reports it once, then highlights its quotes and shows a card on hover. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageSession(ctx);
  },
});
