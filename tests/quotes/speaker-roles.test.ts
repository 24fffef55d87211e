// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { findPeople } from '../../lib/quotes/people';

// Each case is written fresh for the mechanism it checks: none is taken from a labelled article.
const speakers = (paragraphs: string[]): string[] => findQuotes(paragraphs).map((q) => q.speaker?.name ?? '-');

describe('titles and roles around a name', () => {
  it('reads past a dateline with a state abbreviation and an agency', () => {
    const text = ['DENVER, Colo. (AP) — Colorado Gov. Ana Ruiz on Monday signed the bill, calling it "long overdue."'];
    expect(speakers(text)).toEqual(['Ana Ruiz']);
  });

  it('treats a team or country before a role noun as part of the title, not a person', () => {
    const text = ['The visitors leaned on veteran Leeds winger Tom Price, 34, a former England B forward.', '"We gave everything," he said.'];
    expect(findPeople(text).map((p) => p.name)).toEqual(['Tom Price']);
    expect(speakers(text)).toEqual(['Tom Price']);
  });

  it('knows the skipper is the captain', () => {
    const text = ['Town captain Joe Blake scored twice.', 'Coach Ann Lee praised the defence.', '"We defended well," said the skipper.'];
    expect(speakers(text)).toEqual(['Joe Blake']);
  });

  it('reads a title of two lower-case words between a body and a name', () => {
    const text = ['SNP parliamentary leader Ruth Kane backed the plan, saying it was "the right call".'];
    expect(speakers(text)).toEqual(['Ruth Kane']);
  });

  it('does not take a clause before a name for a title', () => {
    const text = ['Asked whether the strike had hurt the mayor, Dan Ortiz said: "No."'];
    expect(findPeople(text).find((p) => p.name === 'Dan Ortiz')?.title ?? null).toBeNull();
  });
});

describe('bodies that speak through a spokesperson', () => {
  it('keeps the joining word of a body named before the role', () => {
    const text = ['A Department for Transport spokeswoman said: "Safety is our priority."'];
    expect(speakers(text)).toEqual(['Department for Transport']);
  });

  it('finds "the spokesman" of a lower-case body named earlier', () => {
    const text = ['A police spokesman said inquiries were continuing.', 'Mayor Dan Ortiz visited the scene.', '"We are appealing for witnesses," the spokesman added.'];
    expect(speakers(text)).toEqual(['police']);
  });
});
