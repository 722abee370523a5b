/**
 * One listener: Basic Information, its Backend Server Group, the sections other features add
 * (Forwarding Policies, Redirects), Tags (FEATURES §0.6). The open tab is in the URL (`?section=`).
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { DeleteListenerDialog } from './delete-listener-dialog';
import { ListenerBasicInfo } from './listener-basic-info';
import type { ListenerPanels } from './listeners-tab';
import { ListenerTags } from './listener-tags';
import { ModifyListenerDialog } from './modify-listener-dialog';

export function ListenerPane({
  loadBalancer,
  listener,
  panels: { GroupPanel, sections },
}: {
  loadBalancer: LoadBalancer;
  listener: Listener;
  panels: ListenerPanels;
}) {
  const { t } = useTranslation('listeners');
  const [search, setSearch] = useSearchParams();
  const extra = sections.filter((section) => section.appliesTo(listener));
  const tabs = [
    { id: 'basic', label: t('tabs.basic') },
    { id: 'group', label: t('tabs.group') },
    ...extra,
    { id: 'tags', label: t('tabs.tags') },
  ];
  const tab = tabs.find((candidate) => candidate.id === search.get('section'))?.id ?? 'basic';
  const setTab = (id: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === 'basic') next.delete('section');
        else next.set('section', id);
        return next;
      },
      { replace: true },
    );
  const [dialog, setDialog] = useState<'modify' | 'delete'>();
  const name = listener.name || listener.id;
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
        <Typography color="text.secondary">
          {listenerProtocolLabels[listener.protocol]}/{listener.protocol_port}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="outlined" onClick={() => setDialog('modify')} aria-label={t('actions.modifyNamed', { name })}>
          {t('actions.modify')}
        </Button>
        <Button
          variant="outlined"
          color="error"
          onClick={() => setDialog('delete')}
          aria-label={t('actions.deleteNamed', { name })}
        >
          {t('actions.delete')}
        </Button>
      </Box>
      <Tabs
        value={tab}
        onChange={(_, value: string) => setTab(value)}
        aria-label={t('paneTabs')}
        variant="scrollable"
        allowScrollButtonsMobile
      >
        {tabs.map(({ id, label }) => (
          <Tab key={id} value={id} label={label} id={`listener-tab-${id}`} aria-controls={`listener-panel-${id}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`listener-panel-${tab}`} aria-labelledby={`listener-tab-${tab}`}>
        {tab === 'basic' ? <ListenerBasicInfo listener={listener} onModify={() => setDialog('modify')} /> : null}
        {tab === 'group' ? (
          listener.default_pool_id ? (
            <GroupPanel loadBalancer={loadBalancer} poolId={listener.default_pool_id} />
          ) : (
            <Box sx={{ py: 3, display: 'grid', gap: 1.5, justifyItems: 'start' }}>
              <Typography>{t('noGroup')}</Typography>
              <Button variant="outlined" onClick={() => setDialog('modify')}>
                {t('actions.associateGroup')}
              </Button>
            </Box>
          )
        ) : null}
        {extra.find((section) => section.id === tab)?.render(loadBalancer, listener)}
        {tab === 'tags' ? <ListenerTags listener={listener} /> : null}
      </Box>
      {dialog === 'modify' ? (
        <ModifyListenerDialog loadBalancer={loadBalancer} listener={listener} onClose={() => setDialog(undefined)} />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteListenerDialog loadBalancer={loadBalancer} listener={listener} onClose={() => setDialog(undefined)} />
      ) : null}
    </Paper>
  );
}
