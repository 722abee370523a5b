/**
 * The drawing itself, with recharts. Only metric-chart.tsx imports this module, lazily, so the
 * chart library stays out of the console's first download. Rows arrive downsampled; the legend
 * (chart-legend.tsx) hides and shows series; the tooltip shows each value in its unit.
 */
import { useTheme } from '@mui/material/styles';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricUnit } from '../../../../contract/ces/metrics';
import { useToggleSet } from '../../../lib/use-toggle-set';
import type { ChartRow } from '../model/chart-rows';
import { formatMetricValue } from '../model/format-value';
import { localMinute } from '../../../lib/local-time';
import { formatAxisTime, timeTicks } from '../model/format-time';
import { ChartLegend } from './chart-legend';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartCanvasProps {
  rows: ChartRow[];
  series: ChartSeries[];
  unit: MetricUnit;
  from: number;
  to: number;
  height: number;
  /** Accessible name of the drawing. */
  label: string;
}

export default function ChartCanvas({ rows, series, unit, from, to, height, label }: ChartCanvasProps) {
  const theme = useTheme();
  const [hidden, toggle] = useToggleSet();
  const span = to - from;
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer aria-label={label}>
          <CartesianGrid stroke={theme.palette.divider} vertical={false} />
          <XAxis
            dataKey="timestamp"
            type="number"
            scale="time"
            domain={[from, to]}
            ticks={timeTicks(from, to)}
            tickFormatter={(value: number) => formatAxisTime(value, span)}
            stroke={theme.palette.text.secondary}
            fontSize={12}
            minTickGap={24}
          />
          <YAxis
            width={72}
            tickFormatter={(value: number) => formatMetricValue(value, unit, { compact: true })}
            stroke={theme.palette.text.secondary}
            fontSize={12}
            // Servers and connections are whole numbers: no 0.3-server ticks.
            allowDecimals={unit !== 'count'}
          />
          <Tooltip
            labelFormatter={(value) => localMinute(Number(value))}
            formatter={(value) => formatMetricValue(Number(value), unit)}
            contentStyle={{ background: theme.palette.background.paper, borderColor: theme.palette.divider }}
          />
          {series.map((item) => (
            <Line
              key={item.key}
              dataKey={item.key}
              name={item.label}
              stroke={item.color}
              hide={hidden.has(item.key)}
              dot={false}
              strokeWidth={1.5}
              isAnimationActive={false}
              connectNulls
              type="linear"
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend series={series} hidden={hidden} onToggle={toggle} />
    </>
  );
}
