import type { ComponentChildren } from 'preact';

interface Props {
  kind: 'nothing' | 'not-article' | 'too-large' | 'no-versions' | 'error' | 'loading';
  title: string;
  body?: string;
  children?: ComponentChildren;
}

/** A clear message for a state with nothing to compare; `kind` lets styles and tests tell the states apart. */
export function EmptyState({ kind, title, body, children }: Props) {
  return (
    <section class={`empty ${kind}`} data-state={kind} role="status">
      <h2>{title}</h2>
      {body ? <p>{body}</p> : null}
      {children}
    </section>
  );
}
