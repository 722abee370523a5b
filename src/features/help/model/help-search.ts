/**
 * Search over every help page: case-insensitive, every word of the query must occur (in the title
 * or the text), pages whose title holds more of the words rank first, otherwise the table-of-
 * contents order is kept. A hit carries a snippet around the first match, split into marked and
 * unmarked parts so the view highlights with <mark> and never injects HTML.
 */
import type { HelpTopic } from '../../../lib/help-topics';

export interface HelpDocument {
  topic: HelpTopic;
  title: string;
  /** Where the page sits in the help: "Service Overview", "FAQs › Listener", … */
  location: string;
  /** Summary first: the snippet of a title-only match shows the start of the text. */
  text: string;
}

export interface TextPart {
  text: string;
  match: boolean;
}

export interface HelpHit {
  document: HelpDocument;
  title: TextPart[];
  snippet: TextPart[];
}

/** Characters of context either side of the first match in a snippet. */
const CONTEXT = 70;

/** Lower-case words of the query; punctuation around a word ("ip?", "(tcp)") is dropped, inside it kept ("x-forwarded-for"). */
export function queryWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return [...new Set(words.filter(Boolean))];
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits a text into parts, marking every occurrence of a query word (longest word first). */
export function markWords(text: string, words: string[]): TextPart[] {
  if (words.length === 0) return [{ text, match: false }];
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(${alternatives.join('|')})`, 'gi');
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, match: words.includes(part.toLowerCase()) }));
}

/** A window of the text around the first match, cut at spaces, with ellipses where it was cut. */
export function snippetAround(text: string, words: string[]): string {
  const lower = text.toLowerCase();
  const positions = words.map((word) => lower.indexOf(word)).filter((position) => position >= 0);
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  let start = Math.max(0, first - CONTEXT);
  let end = Math.min(text.length, first + CONTEXT * 2);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

export function searchHelp(documents: readonly HelpDocument[], query: string): HelpHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return documents
    .map((document, order) => {
      const title = document.title.toLowerCase();
      const text = document.text.toLowerCase();
      const titleWords = words.filter((word) => title.includes(word)).length;
      const found = words.every((word) => title.includes(word) || text.includes(word));
      return { document, order, titleWords, found };
    })
    .filter((candidate) => candidate.found)
    .sort((a, b) => b.titleWords - a.titleWords || a.order - b.order)
    .map(({ document }) => ({
      document,
      title: markWords(document.title, words),
      snippet: markWords(snippetAround(document.text, words), words),
    }));
}
