/** How a quote is used: someone's words, quoted display text, or a term held at arm's length. */
export type QuoteKind = 'speech' | 'headline' | 'scare';

/** Who a quote is attributed to: a person, or an organisation or group that speaks ("Bloomberg News"). */
export interface Speaker {
  name: string;
  /** Role or title when the text gives one ("Kremlin spokesman"), else null. */
  title: string | null;
}

/** One stretch of quoted words in a paragraph: [start, end) offsets, marks excluded. */
export interface QuotePart {
  start: number;
  end: number;
}

/** One direct quotation found in the body paragraphs. */
export interface Quote {
  /** The quoted words without their quote marks; a remark interrupted by its attribution joins its parts with " … ". */
  text: string;
  speaker: Speaker | null;
  /** Index into the article's paragraphs. */
  paragraph: number;
  /** Character offsets in that paragraph: [start, end) from the first quoted word to the last (marks excluded). */
  start: number;
  end: number;
  kind: QuoteKind;
  /** Present when one remark is interrupted by its attribution (“A,” he said, “B.”): each quoted stretch. */
  parts?: QuotePart[];
  /** True when this quote continues a remark left open at the end of the paragraph before. */
  continues?: true;
}

/** A speaker once per article with every quote attributed to them (indexes into the quote list). */
export interface SpeakerEntry {
  name: string;
  title: string | null;
  quotes: number[];
}
