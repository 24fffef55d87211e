import { esc, PAGE_CSS } from './html';
import type { PageMeta } from './seed-pages';

/** Invented headlines for page rails and the home page: unrelated to any seed story. */
export const RAIL_HEADLINES = [
  'City council approves new cycle lanes for the old harbour district',
  'Heatwave tips: how to keep your houseplants alive in August',
  'Local bakery wins regional prize for its rye sourdough',
  'Five quiet hiking trails within an hour of the city',
];

/** A home-page-like page that is not an article: a masthead and a short list of links. */
export function renderPlainPage(): string {
  const items = RAIL_HEADLINES.map((h) => `<li><a href="/">${esc(h)}</a><p>${esc('Read more in our daily digest.')}</p></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Daily Digest: Home</title>
<meta property="og:type" content="website"><style>${PAGE_CSS}</style></head><body>
<header class="site"><a class="logo" href="/">The Daily Digest</a><nav aria-label="Sections"><a href="/">News</a><a href="/">Weather</a><a href="/">Sport</a></nav></header>
<main><section><h1>Today's top stories</h1><ul>${items}</ul>
<p>Subscribe to get the digest in your inbox every morning. Manage your newsletter preferences at any time.</p></section>
<aside class="rail"><h3>Weather</h3><p>Sunny spells, 21°C.</p></aside></main>
<footer><p>© The Daily Digest. Contact · Privacy · Terms</p></footer></body></html>`;
}

/** A page far over the size limits (200k elements): Parallax must decline it quickly and say why (case 5). */
export function renderHugePage(cells = 200_000): string {
  const row = '<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td><td>9</td></tr>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Every result, every district</title></head><body>
<article><h1>Every result, every district</h1><p>${esc('The full table of results follows, one row per polling station, as published by the election office this morning.')}</p>
<table>${row.repeat(Math.ceil(cells / 10))}</table></article></body></html>`;
}

/** An invented story that no seed covers: an article with no other versions. */
export const LONELY: { text: string; meta: PageMeta } = {
  meta: {
    outlet: 'The Valley Courier', site: 'valley-courier.example',
    url: 'https://valley-courier.example/2025/11/20/library-lends-seeds.html', published: '2025-11-20', lang: 'en',
  },
  text: [
    'Community news',
    'Riverside library starts lending seeds to home gardeners',
    'The Riverside public library opened a seed-lending shelf on Thursday, letting card holders borrow packets of tomato, bean and squash seeds and return seeds from their own harvest at the end of the season.',
    'The project began with donations from three allotment societies and a retired botany teacher, who sorted more than four hundred packets by hand over the summer.',
    '“People borrow a book, read it and bring it back. We thought seeds could work the same way, only they come back multiplied,” said head librarian Marta Okafor.',
    'Borrowers are asked to let a few plants go to seed and to label what they return with the variety and the year it was grown.',
    'Volunteers will run free workshops on saving seeds every second Saturday, starting with beans and peas, which are the easiest to keep true to type.',
    'Local growers welcomed the idea. “Old varieties disappear when nobody plants them, and a shelf in the library is a good place to keep them going,” said allotment secretary Daniel Reyes.',
    'The library plans to publish a catalogue of the collection on its notice board in the spring, once the first seeds have been returned.',
    'Opening hours and workshop dates are listed at the front desk.',
  ].join('\n'),
};

/** Markup, script and bidi payloads as plain article text (case 1): the page shows them escaped, so must Parallax. */
export const HOSTILE: { text: string; meta: PageMeta } = {
  meta: {
    outlet: 'The <b>Bold</b> Gazette', site: 'hostile.example',
    url: 'https://hostile.example/news/council-budget-vote-runs-late.html', published: '2025-11-21', lang: 'en',
  },
  text: [
    'Council <img src=x onerror="window.__pwned=1"> budget vote runs late into the night',
    'The town council <script>window.__pwned=2</script> voted on the budget after a nine-hour session that ran past midnight, with members arguing over road repairs and the library.',
    '“<img src=x onerror=window.__pwned=3> is not a line item we can defend,” said treasurer Ana Ruiz, holding up a printout of the spending plan.',
    'Residents who followed the stream at javascript:window.__pwned=4 saw the chair call three recesses </style><style>body{display:none}</style> before the final vote.',
    '“We will publish every figure\u200b\u200b, line by line\u202e, so nobody has to guess,” said council chair Tom\u202e Okoro\u202c after the vote.',
    'The budget passed by five votes to four and takes effect in January, when the new road programme starts.',
    'A public meeting on the library hours is planned for next month, the council said in a statement.',
  ].join('\n'),
};
