/**
 * A small "?" link to the help article that answers the question a field or dialog raises. It opens
 * in a new tab, so an open form or dialog keeps what was typed.
 */
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { helpPath, type HelpTopic } from '../lib/help-topics';
import { visuallyHidden } from './visually-hidden';

/** Topics with a link text of their own (`help:links.<topic>`), a short form of the question. */
export const linkedTopics = [
  'bandwidth-vs-backend',
  'adjust-bandwidth',
  'bandwidth-billing',
  'eip-exclusive',
  'public-or-private',
  'how-many-load-balancers',
  'delete-impact',
  'different-oss',
  'adjust-backend-count',
  'sticky-session-types',
  'algorithm-sticky-relationship',
  'multiple-certificates',
  'health-check-interval-differs',
  'frequent-health-checks',
  'udp-precautions',
  'backend-network-configuration',
  'backend-internet-access',
  'traffic-distribution',
] as const satisfies readonly HelpTopic[];
export type LinkedTopic = (typeof linkedTopics)[number];

export function HelpLink({ topic }: { topic: LinkedTopic }) {
  const { t } = useTranslation('help');
  return (
    <Link
      component={RouterLink}
      to={helpPath(topic)}
      target="_blank"
      rel="noopener"
      variant="body2"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, verticalAlign: 'middle' }}
    >
      <HelpOutlineOutlined sx={{ fontSize: '1rem' }} aria-hidden />
      {t(`links.${topic}`)}{' '}
      <Box component="span" sx={visuallyHidden}>
        {t('newTab')}
      </Box>
    </Link>
  );
}

/** Several help links in a row, under the fields they explain. */
export function HelpLinks({ topics }: { topics: readonly LinkedTopic[] }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.5 }}>
      {topics.map((topic) => (
        <HelpLink key={topic} topic={topic} />
      ))}
    </Box>
  );
}
