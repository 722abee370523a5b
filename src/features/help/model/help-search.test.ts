import { describe, expect, it } from 'vitest';
import { markWords, queryWords, searchHelp, snippetAround, type HelpDocument } from './help-search';

const documents: HelpDocument[] = [
  {
    topic: 'how-elb-works',
    title: 'How ELB works',
    location: 'Service Overview',
    text: 'A listener receives the request and a backend server group picks a healthy server.',
  },
  {
    topic: 'sticky-session-types',
    title: 'What types of sticky sessions does ELB support?',
    location: 'FAQs › Load balancer — ELB functionality',
    text: 'Source IP for TCP and UDP, load balancer cookie and application cookie for HTTP.',
  },
  {
    topic: 'sticky-not-working',
    title: 'How can I rectify the issue that sticky sessions fail to take effect?',
    location: 'FAQs › Load balancer — service abnormality',
    text: 'Check the algorithm: sticky sessions need round robin. The listener protocol matters too.',
  },
  {
    topic: 'backend-status',
    title: 'How can I check the status of a backend server?',
    location: 'FAQs › Backend server',
    text: 'Look at the health check result of each member.',
  },
];

describe('help search', () => {
  it('splits the query into distinct lower-case words', () => {
    expect(queryWords('  Sticky  SESSION sticky ')).toEqual(['sticky', 'session']);
    expect(queryWords('   ')).toEqual([]);
    expect(queryWords('client IP? (TCP) X-Forwarded-For 100.125.0.0/16 -- ')).toEqual([
      'client',
      'ip',
      'tcp',
      'x-forwarded-for',
      '100.125.0.0/16',
    ]);
  });

  it('finds nothing for an empty query', () => {
    expect(searchHelp(documents, ' ')).toEqual([]);
  });

  it('matches case-insensitively in the title or the text, and every word must occur', () => {
    expect(searchHelp(documents, 'LISTENER').map((hit) => hit.document.topic)).toEqual([
      'how-elb-works',
      'sticky-not-working',
    ]);
    expect(searchHelp(documents, 'listener cookie')).toEqual([]);
    expect(searchHelp(documents, 'cookie udp').map((hit) => hit.document.topic)).toEqual(['sticky-session-types']);
  });

  it('ranks pages whose title holds more of the words first, then keeps the contents order', () => {
    expect(searchHelp(documents, 'server').map((hit) => hit.document.topic)).toEqual([
      'backend-status',
      'how-elb-works',
    ]);
    expect(searchHelp(documents, 'sticky').map((hit) => hit.document.topic)).toEqual([
      'sticky-session-types',
      'sticky-not-working',
    ]);
    expect(searchHelp(documents, 'check sticky').map((hit) => hit.document.topic)).toEqual(['sticky-not-working']);
  });

  it('marks every occurrence of a word, longest word first, without changing the text', () => {
    const parts = markWords('Sticky sessions and a sticky cookie', ['sticky', 'cookie']);
    expect(parts.map((part) => part.text).join('')).toBe('Sticky sessions and a sticky cookie');
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Sticky', 'sticky', 'cookie']);
    expect(markWords('a+b (c)', ['(c)'])).toEqual([
      { text: 'a+b ', match: false },
      { text: '(c)', match: true },
    ]);
  });

  it('cuts a snippet around the first match at spaces, with ellipses where it cut', () => {
    const text = `${'start '.repeat(30)}the needle is here ${'end '.repeat(60)}`.trim();
    const snippet = snippetAround(text, ['needle']);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('the needle is here');
    expect(snippet.length).toBeLessThan(230);
    expect(snippetAround('short text', ['text'])).toBe('short text');
    // A title-only match shows the start of the text.
    expect(snippetAround('Begins here and goes on', ['absent'])).toBe('Begins here and goes on');
  });

  it('gives each hit its title and snippet with the matches marked', () => {
    const [hit] = searchHelp(documents, 'healthy');
    expect(hit?.title).toEqual([{ text: 'How ELB works', match: false }]);
    expect(hit?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['healthy']);
  });
});
