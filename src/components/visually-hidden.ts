/** Styles for text that screen readers read and sighted users do not see (labels, chart summaries). */
export const visuallyHidden = {
  position: 'absolute',
  // Strings, not numbers: in `sx`, a number from 0 to 1 is a fraction of the parent (1 = 100%).
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
