import type { ComponentChildren } from 'preact';

/** The states with nothing to compare, each with its own message. */
export type EmptyKind =
  | 'nothing' | 'not-article' | 'too-large' | 'site-off' | 'no-versions' | 'db-loading' | 'error' | 'loading';

interface Props {
  kind: EmptyKind;
  title: string;
  body?: string;
  children?: ComponentChildren;
}

/** A clear message for a state with nothing to compare; `kind` lets styles and tests tell the states apart. */
export function EmptyState({ kind, title, body, children }: Props) {
  return (
    <section class={`empty ${kind}`} data-state={kind} role={kind === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      {body ? <p>{body}</p> : null}
      {children}
    </section>
  );
}
