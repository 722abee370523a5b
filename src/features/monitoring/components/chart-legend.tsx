/** The chart's legend as toggle buttons: keyboard-reachable, and each says whether its series is shown. */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { ChartSeries } from './chart-canvas';

export function ChartLegend({
  series,
  hidden,
  onToggle,
}: {
  series: readonly ChartSeries[];
  hidden: ReadonlySet<string>;
  onToggle(key: string): void;
}) {
  const { t } = useTranslation('monitoring');
  return (
    <Stack
      component="ul"
      aria-label={t('chart.legend')}
      direction="row"
      sx={{ listStyle: 'none', m: 0, p: 0, justifyContent: 'center', flexWrap: 'wrap', columnGap: 1 }}
    >
      {series.map((item) => {
        const shown = !hidden.has(item.key);
        return (
          <li key={item.key}>
            <Button
              size="small"
              color="inherit"
              aria-pressed={shown}
              title={t(shown ? 'chart.hideSeries' : 'chart.showSeries')}
              onClick={() => onToggle(item.key)}
              sx={{ color: shown ? 'text.primary' : 'text.disabled', maxWidth: '100%' }}
              startIcon={
                <span
                  aria-hidden
                  style={{
                    width: 12,
                    height: 3,
                    borderRadius: 2,
                    background: item.color,
                    opacity: shown ? 1 : 0.35,
                  }}
                />
              }
            >
              <span style={{ overflowWrap: 'anywhere' }}>{item.label}</span>
            </Button>
          </li>
        );
      })}
    </Stack>
  );
}
