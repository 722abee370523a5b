/** One listener: Basic Information, its Backend Server Group, Tags (FEATURES §0.6). */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { DeleteListenerDialog } from './delete-listener-dialog';
import { ListenerBasicInfo } from './listener-basic-info';
import type { GroupPanelProps } from './listeners-tab';
import { ListenerTags } from './listener-tags';
import { ModifyListenerDialog } from './modify-listener-dialog';

const TABS = ['basic', 'group', 'tags'] as const;
type PaneTab = (typeof TABS)[number];

export function ListenerPane({
  loadBalancer,
  listener,
  GroupPanel,
}: {
  loadBalancer: LoadBalancer;
  listener: Listener;
  GroupPanel: ComponentType<GroupPanelProps>;
}) {
  const { t } = useTranslation('listeners');
  const [tab, setTab] = useState<PaneTab>('basic');
  const [dialog, setDialog] = useState<'modify' | 'delete'>();
  const name = listener.name || listener.id;
  return (
    <Paper variant="outlined" sx={{ p: 2.5, display: 'grid', gap: 1.5, minWidth: 0 }}>
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
      <Tabs value={tab} onChange={(_, value: PaneTab) => setTab(value)} aria-label={t('paneTabs')}>
        {TABS.map((id) => (
          <Tab
            key={id}
            value={id}
            label={t(`tabs.${id}`)}
            id={`listener-tab-${id}`}
            aria-controls={`listener-panel-${id}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`listener-panel-${tab}`} aria-labelledby={`listener-tab-${tab}`}>
        {tab === 'basic' ? <ListenerBasicInfo listener={listener} /> : null}
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
