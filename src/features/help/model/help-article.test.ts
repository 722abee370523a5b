import { describe, expect, it } from 'vitest';
import { articleText, parseArticle } from './help-article';

const article = {
  title: 'How can I use WebSocket?',
  summary: 'Use an HTTP or HTTPS listener.',
  sections: [
    { heading: 'Steps', steps: ['Add a listener.'], code: ['curl -i http://example.com'] },
    { table: { head: ['Protocol', 'Supported'], rows: [['HTTP', 'Yes']] }, bullets: ['No extra setting.'] },
  ],
  related: ['sticky-session-types', 'no-such-topic', 'toa-plug-in'],
};

describe('help article', () => {
  it('reads an article of the schema and drops related entries that name no help topic', () => {
    expect(parseArticle(article)?.related).toEqual(['sticky-session-types', 'toa-plug-in']);
    expect(parseArticle({ ...article, related: undefined })?.related).toEqual([]);
  });

  it('rejects what is not an article: a missing key, no summary, no sections, an empty line', () => {
    expect(parseArticle('articles.websocket')).toBeUndefined();
    expect(parseArticle({ ...article, summary: '' })).toBeUndefined();
    expect(parseArticle({ ...article, sections: [] })).toBeUndefined();
    expect(parseArticle({ ...article, sections: [{ paragraphs: [''] }] })).toBeUndefined();
  });

  it('joins everything the article says into one searchable text, summary first', () => {
    const text = articleText(parseArticle(article)!);
    expect(text.startsWith('Use an HTTP or HTTPS listener.')).toBe(true);
    for (const part of ['Steps · Add a listener.', 'curl -i http://example.com ·', 'No extra setting.']) {
      expect(text).toContain(part);
    }
    // Headings and table cells are kept apart, so a snippet does not run them together.
    expect(text).toContain('Protocol · Supported · HTTP · Yes ·');
  });
});
