/**
 * Fewer points for display, same shape: each bucket keeps the rows where some series has its
 * minimum or maximum, so spikes and dips survive while 10 080 one-minute rows become ~2 per pixel
 * column. The data itself (tooltips at kept rows, alarms) is not changed.
 */
export function downsample<Row extends Record<string, number | undefined>>(
  rows: readonly Row[],
  keys: readonly string[],
  maxRows: number,
): Row[] {
  if (rows.length <= maxRows || maxRows < 4) return [...rows];
  const bucketSize = Math.ceil((rows.length * 2) / maxRows);
  const kept = new Set<number>([0, rows.length - 1]);
  for (let start = 0; start < rows.length; start += bucketSize) {
    const end = Math.min(start + bucketSize, rows.length);
    for (const key of keys) {
      let low = -1;
      let high = -1;
      for (let index = start; index < end; index += 1) {
        const value = rows[index]?.[key];
        if (value === undefined) continue;
        if (low < 0 || value < (rows[low]?.[key] ?? Infinity)) low = index;
        if (high < 0 || value > (rows[high]?.[key] ?? -Infinity)) high = index;
      }
      if (low >= 0) kept.add(low);
      if (high >= 0) kept.add(high);
    }
  }
  return [...kept].sort((a, b) => a - b).map((index) => rows[index]!);
}
