/** What "Create alarm rule" from a chart pre-fills: the metric, the watched resource, a threshold hint. Monitoring hands it over, alarm rules take it. */
export interface AlarmPrefill {
  metricName: string;
  dimensions: { name: string; value: string }[];
  unit: string;
  resourceName: string;
  /** The latest value, to suggest a threshold. */
  value?: number;
}
