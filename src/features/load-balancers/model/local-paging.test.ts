import { describe, expect, it } from 'vitest';
import { pageLocally } from './local-paging';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}` }));

describe('pageLocally', () => {
  it('pages forwards and backwards like the API', () => {
    const first = pageLocally(items, 3);
    expect(first.items.map((i) => i.id)).toEqual(['id-0', 'id-1', 'id-2']);
    expect(first).toMatchObject({ nextMarker: 'id-2', previousMarker: undefined });
    const second = pageLocally(items, 3, first.nextMarker);
    expect(second.items.map((i) => i.id)).toEqual(['id-3', 'id-4', 'id-5']);
    const last = pageLocally(items, 3, second.nextMarker);
    expect(last.items.map((i) => i.id)).toEqual(['id-6']);
    expect(last.nextMarker).toBeUndefined();
    const back = pageLocally(items, 3, last.previousMarker, true);
    expect(back.items.map((i) => i.id)).toEqual(['id-3', 'id-4', 'id-5']);
    const front = pageLocally(items, 3, back.previousMarker, true);
    expect(front.items.map((i) => i.id)).toEqual(['id-0', 'id-1', 'id-2']);
    expect(front.previousMarker).toBeUndefined();
  });

  it('starts over when the marker is gone', () => {
    expect(pageLocally(items, 2, 'missing').items.map((i) => i.id)).toEqual(['id-0', 'id-1']);
  });
});
