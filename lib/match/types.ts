import type { ChangedPassage } from '../compare/changes';

export type { ChangedPassage };

/** How another version relates to this article. */
export type Relation = 'same-wire' | 'same-story';

/** A paragraph of this article that the other version lacks. */
export interface AddedParagraph {
  paragraph: number;
  text: string;
}

/** A paragraph of the other version (index into its own paragraphs) that this article lacks. */
export interface MissingParagraph {
  from: string;
  paragraph: number;
  text: string;
}

/** One other version of the same story. */
export interface VersionMatch {
  id: string;
  outlet: string;
  url: string;
  title: string;
  published: string | null;
  /** 0..1, higher is closer. */
  score: number;
  relation: Relation;
  added: AddedParagraph[];
  missing: MissingParagraph[];
  /** Aligned passages whose wording differs, with a word diff (this article's paragraphs first). */
  changed: ChangedPassage[];
  /**
   * Which text this version carries: 0 = this article's own text (a same-wire copy), and versions
   * with the same number ≥ 1 carry one other text between them (e.g. one agency's write-up).
   */
  text: number;
}
