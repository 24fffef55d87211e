import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article } from '../../lib/article/types';
import { StoryDb } from '../../lib/db/story-db';
import type { Story, StoryBundle } from '../../lib/stories/types';

/** A database on its own fresh fake IndexedDB; pass the same factory again to simulate a worker restart. */
export function freshDb(factory: IDBFactory = new IDBFactory(), schemaVersion?: number): StoryDb {
  return new StoryDb({ indexedDB: factory, IDBKeyRange, schemaVersion });
}

const WIRE = [
  'Rescue crews in the northern valley pulled twelve people from collapsed buildings on Tuesday after the river burst its banks overnight.',
  '"We are working around the clock and we will not stop until everyone is accounted for," said regional governor Elena Marsh.',
  'The flood, the worst in forty years, cut power to some 30,000 homes and closed the main railway line to the coast.',
  'Meteorologists warned that more heavy rain was expected on Thursday, raising fears of further landslides along the valley roads.',
];

/** A story with a 16-hex id; `extra` paragraphs make versions differ. */
export function makeStory(n: number, overrides: Partial<Story> = {}): Story {
  return {
    id: n.toString(16).padStart(16, '0'),
    url: `https://outlet${n}.example/news/flood`,
    outlet: `Outlet ${n}`,
    site: `outlet${n}.example`,
    title: 'Twelve rescued as river floods northern valley',
    published: '2025-11-26',
    lang: 'en',
    byline: null,
    paragraphs: [...WIRE, `Outlet ${n} adds its own closing line about local schools number ${n}.`],
    ...overrides,
  };
}

/** A bundle of the wire story in `count` outlets plus one unrelated story. */
export function makeBundle(count = 3): StoryBundle {
  const stories = Array.from({ length: count }, (_, i) => makeStory(i + 1));
  stories.push(
    makeStory(99, {
      title: 'Central bank holds interest rates steady',
      paragraphs: ['The central bank kept its benchmark rate unchanged at four percent, citing stubborn inflation in services.'],
    }),
  );
  return { format: 'parallax-bundle', version: 1, stories };
}

/** The article a content script would send for a page showing this story. */
export function articleOf(story: Story, overrides: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    reasons: ['jsonld:NewsArticle'],
    title: story.title,
    outlet: story.outlet,
    site: story.site,
    url: story.url,
    byline: story.byline,
    published: story.published,
    lang: story.lang,
    paragraphs: [...story.paragraphs],
    subheads: [],
    ...overrides,
  };
}

/** An article extraction that decided the page is not an article. */
export function notAnArticle(): Article {
  return {
    isArticle: false,
    reasons: ['too-short'],
    title: 'Home',
    outlet: null,
    site: null,
    url: null,
    byline: null,
    published: null,
    lang: null,
    paragraphs: [],
    subheads: [],
  };
}
