// Metadata a news page carries in its markup: <title>, the publication date
// (Open Graph / schema.org / Dublin Core meta tags, <time datetime>) and the
// canonical URL. Fed tag by tag by the extractor.
import { normaliseDate } from '../published-date.js';
import { decodeEntities } from './entities.js';
import type { StartTag } from './tokenizer.js';

export interface HtmlMeta {
  title: string | null;
  published: string | null;
  url: string | null;
}

/** Meta keys (property, name or itemprop) naming the publication date; lower rank wins. */
const PUBLISHED_KEYS: Record<string, number> = {
  'article:published_time': 1, 'og:article:published_time': 1, 'og:published_time': 1,
  datepublished: 2, pubdate: 3, publishdate: 3, 'publish-date': 3, publish_date: 3,
  'dc.date.issued': 4, 'dcterms.issued': 4, 'dcterms.created': 4, 'sailthru.date': 4, 'parsely-pub-date': 4,
  date: 5, 'dc.date': 5,
};
/** A <time datetime> in the page: the first one is usually the dateline. */
const TIME_RANK = 6;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface MetaCollector {
  title(text: string): void;
  tag(tag: StartTag): void;
  result(): HtmlMeta;
}

export function readHtmlMeta(): MetaCollector {
  let title: string | null = null;
  let ogTitle: string | null = null;
  let published: { value: string; rank: number } | null = null;
  let canonical: string | null = null;
  let ogUrl: string | null = null;

  const offerDate = (raw: string | undefined, rank: number): void => {
    if (!raw || (published && published.rank <= rank)) return;
    const value = normaliseDate(decodeEntities(raw));
    if (value) published = { value, rank };
  };
  const httpUrl = (raw: string | undefined): string | null => {
    const url = raw ? decodeEntities(raw).trim() : '';
    return /^https?:\/\//i.test(url) ? url : null;
  };

  return {
    title(text) {
      if (title === null) title = collapse(text) || null;
    },
    tag(tag) {
      const a = tag.attrs;
      const itemprop = a.get('itemprop')?.toLowerCase();
      if (itemprop === 'datepublished') offerDate(a.get('content') ?? a.get('datetime'), PUBLISHED_KEYS.datepublished);
      if (tag.name === 'meta') {
        const key = (a.get('property') ?? a.get('name') ?? '').toLowerCase();
        if (Object.hasOwn(PUBLISHED_KEYS, key)) offerDate(a.get('content'), PUBLISHED_KEYS[key]);
        else if (key === 'og:title' && ogTitle === null) ogTitle = collapse(decodeEntities(a.get('content') ?? '')) || null;
        else if (key === 'og:url') ogUrl ??= httpUrl(a.get('content'));
      } else if (tag.name === 'link') {
        const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical')) canonical ??= httpUrl(a.get('href'));
      } else if (tag.name === 'time') {
        offerDate(a.get('datetime'), a.has('pubdate') ? PUBLISHED_KEYS.pubdate : TIME_RANK);
      }
    },
    result() {
      const date = published as { value: string } | null;
      return { title: title ?? ogTitle, published: date ? date.value : null, url: canonical ?? ogUrl };
    },
  };
}
