/** How a quoted span is used: someone's words, quoted display text, or a term held at arm's length. */
export type QuoteKind = 'speech' | 'headline' | 'scare';

/** Who a quote is attributed to. */
export interface Speaker {
  name: string;
  /** Role or title when the text gives one ("Kremlin spokesman"), else null. */
  title: string | null;
}

/** One direct quotation found in the body paragraphs. */
export interface Quote {
  /** The quoted words without their quote marks. */
  text: string;
  speaker: Speaker | null;
  /** Index into the article's paragraphs. */
  paragraph: number;
  /** Character offsets of the quoted words (marks excluded) in that paragraph: [start, end). */
  start: number;
  end: number;
  kind: QuoteKind;
}

/** A speaker once per article with every quote attributed to them (indexes into the quote list). */
export interface SpeakerEntry {
  name: string;
  title: string | null;
  quotes: number[];
}
