import { Fragment } from 'react';
import type { TextPart } from '../model/help-search';

/** A text with the search words highlighted; the rest stays plain text so names read as one string. */
export function MarkedText({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
  );
}
