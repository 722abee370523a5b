/**
 * One classic listener: Summary, Health Check and Backend ECSs (FEATURES §4, §5.4, §6.1), with
 * Modify and Delete. The open section is in the URL (`?section=`).
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ActionButton, type Action } from '../../../../components/action-button';
import { HealthCheckPanel } from '../health-check/health-check-panel';
import { MembersPanel } from '../members/members-panel';
import { listenerRoute } from '../model/listener-view';
import { DeleteListenerDialog } from './delete-listener-dialog';
import { ListenerDialog } from './listener-dialog';
import { ListenerSummary } from './listener-summary';
import type { ListenerSectionProps } from './listener-section-props';

const SECTIONS = ['summary', 'healthCheck', 'members'] as const;
type Section = (typeof SECTIONS)[number];

export function ListenerPane({ loadBalancer, listener, writesBlocked }: ListenerSectionProps) {
  const { t } = useTranslation('classic');
  const [search, setSearch] = useSearchParams();
  const [dialog, setDialog] = useState<'modify' | 'delete'>();
  // The load balancer's lock (frozen, creating, a job of its own) is the reason on both buttons.
  const paneAction = (id: 'modify' | 'delete'): Action<unknown> => ({
    id,
    label: t(`listeners.${id}.action`),
    danger: id === 'delete',
    reason: () => writesBlocked,
    run: () => setDialog(id),
  });
  const section: Section = SECTIONS.find((id) => id === search.get('section')) ?? 'summary';
  const setSection = (id: Section) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === 'summary') next.delete('section');
        else next.set('section', id);
        return next;
      },
      { replace: true },
    );
  const name = listener.name;
  return (
    // minmax(0, 1fr): wide content (tables) scrolls inside the pane instead of widening it.
    <Paper
      variant="outlined"
      sx={{ p: 2.5, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1.5, minWidth: 0 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h2" sx={{ overflowWrap: 'anywhere' }}>
          {name}
        </Typography>
        <Typography color="text.secondary">{listenerRoute(listener)}</Typography>
        <Box sx={{ flexGrow: 1 }} />
        <ActionButton
          act={paneAction('modify')}
          item={listener}
          variant="outlined"
          aria-label={t('listeners.modifyNamed', { name })}
        />
        <ActionButton
          act={paneAction('delete')}
          item={listener}
          variant="outlined"
          aria-label={t('listeners.deleteNamed', { name })}
        />
      </Box>
      <Tabs
        value={section}
        onChange={(_, value: Section) => setSection(value)}
        aria-label={t('listeners.sections.label')}
        variant="scrollable"
        allowScrollButtonsMobile
      >
        {SECTIONS.map((id) => (
          <Tab
            key={id}
            value={id}
            label={t(`listeners.sections.${id}`)}
            id={`classic-listener-tab-${id}`}
            aria-controls={`classic-listener-panel-${id}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`classic-listener-panel-${section}`} aria-labelledby={`classic-listener-tab-${section}`}>
        {section === 'summary' ? <ListenerSummary listener={listener} /> : null}
        {section === 'healthCheck' ? (
          <HealthCheckPanel loadBalancer={loadBalancer} listener={listener} writesBlocked={writesBlocked} />
        ) : null}
        {section === 'members' ? (
          <MembersPanel loadBalancer={loadBalancer} listener={listener} writesBlocked={writesBlocked} />
        ) : null}
      </Box>
      {dialog === 'modify' ? (
        <ListenerDialog loadBalancer={loadBalancer} listener={listener} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog === 'delete' ? <DeleteListenerDialog listener={listener} onClose={() => setDialog(undefined)} /> : null}
    </Paper>
  );
}
