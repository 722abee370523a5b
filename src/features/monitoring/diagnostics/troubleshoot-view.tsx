/**
 * "Troubleshoot" on a load balancer's Monitoring tab: the traffic FAQs' checks for this load balancer
 * in place of the charts (`?troubleshoot=<topic>` in the URL), and back.
 */
import ArrowBack from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { InlineLink } from '../../../components/diagnostics/inline-link';
import { diagnosticPath } from '../../../components/diagnostics/target-picker';
import { helpPath } from '../../../lib/help-topics';
import { StressTestPanel, TrafficInconsistentPanel } from './traffic-panels';

const TROUBLESHOOT_PARAM = 'troubleshoot';
const views = {
  'traffic-inconsistent': { Panel: TrafficInconsistentPanel, prefix: 'trafficInconsistent' },
  'stress-test': { Panel: StressTestPanel, prefix: 'stressTest' },
} as const;
type TrafficTopic = keyof typeof views;
const trafficTopics = Object.keys(views) as TrafficTopic[];
const isTrafficTopic = (value: string | null): value is TrafficTopic => trafficTopics.some((topic) => topic === value);

export function LoadBalancerTroubleshooting({
  loadBalancer,
  children,
}: {
  loadBalancer: LoadBalancer;
  children: ReactNode;
}) {
  const { t } = useTranslation('lbChecks');
  const [search, setSearch] = useSearchParams();
  const topic = search.get(TROUBLESHOOT_PARAM);
  const show = (next: TrafficTopic | null) =>
    setSearch((current) => {
      const params = new URLSearchParams(current);
      if (next) params.set(TROUBLESHOOT_PARAM, next);
      else params.delete(TROUBLESHOOT_PARAM);
      return params;
    });
  if (!isTrafficTopic(topic)) {
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            {t('troubleshoot.prompt')}
          </Typography>
          {trafficTopics.map((candidate) => (
            <Button key={candidate} size="small" variant="outlined" onClick={() => show(candidate)}>
              {t(`troubleshoot.${candidate}`)}
            </Button>
          ))}
        </Box>
        {children}
      </Box>
    );
  }
  const { Panel, prefix } = views[topic];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<ArrowBack />} onClick={() => show(null)}>
          {t('troubleshoot.back')}
        </Button>
        <Typography variant="h6" component="h2">
          {t(`troubleshoot.${topic}`)}
        </Typography>
      </Box>
      <Typography variant="body2">{t(`${prefix}.intro`)}</Typography>
      <Panel loadBalancer={loadBalancer} />
      <InlineLink to={diagnosticPath(helpPath(topic), { loadBalancer: loadBalancer.id })}>
        {t('links.faqArticle')}
      </InlineLink>
    </Box>
  );
}
