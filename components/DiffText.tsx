import type { DiffPiece } from '../lib/compare/word-diff';
import { shown } from './format';
import { strings } from './strings';

/**
 * A word diff as text: words both carry plain, this article's own words struck (`del`), the other
 * version's words instead underlined (`ins`). Hidden labels say which is which to screen readers,
 * which do not announce del/ins by themselves.
 */
export function DiffText({ pieces }: { pieces: DiffPiece[] }) {
  return (
    <span class="diff">
      {pieces.map((p, i) => {
        if (p.op === 'same') return <span key={i}>{shown(p.text)}</span>;
        if (p.op === 'added') {
          return <del key={i}><span class="sr-only">{strings.diffMine}</span>{shown(p.text)}</del>;
        }
        return <ins key={i}><span class="sr-only">{strings.diffTheirs}</span>{shown(p.text)}</ins>;
      })}
    </span>
  );
}
