/** Marker paging over a list already in memory, with the same semantics as the API's. */
export interface LocalPage<T> {
  items: T[];
  nextMarker?: string;
  previousMarker?: string;
}

export function pageLocally<T extends { id: string }>(
  all: T[],
  limit: number,
  marker?: string,
  reverse = false,
): LocalPage<T> {
  let start = 0;
  let end = all.length;
  const at = marker ? all.findIndex((item) => item.id === marker) : -1;
  if (marker && at >= 0) {
    if (reverse) end = at;
    else start = at + 1;
  }
  if (reverse && at >= 0) start = Math.max(0, end - limit);
  else end = Math.min(all.length, start + limit);
  const items = all.slice(start, end);
  return {
    items,
    nextMarker: end < all.length ? items[items.length - 1]?.id : undefined,
    previousMarker: start > 0 ? items[0]?.id : undefined,
  };
}
