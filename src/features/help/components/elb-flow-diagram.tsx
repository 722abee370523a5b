/**
 * How ELB works (FEATURES §1.5): the request flow client → listener → forwarding policy → backend
 * server group → backend servers, and the two paths inside the load balancer (TCP/UDP through LVS;
 * HTTP/HTTPS through LVS then Nginx). Drawn with boxes whose text is the diagram's text alternative.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FlowRow, type FlowNode } from './flow-row';

const FLOW = ['client', 'listener', 'policy', 'group', 'servers'] as const;
const PATHS = { layer4: ['client', 'lvs', 'servers'], layer7: ['client', 'lvs', 'nginx', 'servers'] } as const;

export function ElbFlowDiagram() {
  const { t } = useTranslation('overview');
  const captionId = useId();
  const node = (id: string, detail: boolean): FlowNode => ({
    id,
    title: t(`diagram.nodes.${id}.title`),
    detail: detail ? t(`diagram.nodes.${id}.detail`) : undefined,
  });
  return (
    <Paper
      component="figure"
      aria-labelledby={captionId}
      variant="outlined"
      sx={{ m: 0, p: 2, display: 'grid', gap: 2, bgcolor: 'action.hover' }}
    >
      <Typography id={captionId} component="figcaption" variant="body2" sx={{ fontWeight: 600 }}>
        {t('diagram.caption')}
      </Typography>
      <FlowRow label={t('diagram.flowLabel')} nodes={FLOW.map((id) => node(id, true))} />
      {(Object.keys(PATHS) as (keyof typeof PATHS)[]).map((path) => (
        <Box key={path} sx={{ display: 'grid', gap: 0.75 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t(`diagram.paths.${path}`)}
          </Typography>
          <FlowRow label={t(`diagram.paths.${path}`)} nodes={PATHS[path].map((id) => node(id, id === 'nginx'))} />
        </Box>
      ))}
      <Typography variant="body2">{t('diagram.fullNat')}</Typography>
    </Paper>
  );
}
