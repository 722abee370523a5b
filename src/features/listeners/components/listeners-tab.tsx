/**
 * The Listeners tab of a load balancer (FEATURES §0.6): the listeners on the left, the
 * selected one's details on the right. The selection is in the URL (`?listener=`).
 * The backend server group panel and the policy tabs come from their own features, handed
 * in by the page.
 */
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerQueries } from '../../../api/queries/listeners';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoading } from '../../../components/page-loading';
import { ListenerPane } from './listener-pane';

export interface GroupPanelProps {
  loadBalancer: LoadBalancer;
  poolId: string;
}

/** A tab of the listener pane that another feature supplies (Forwarding Policies, Redirects). */
export interface ListenerSection {
  /** The `section` the URL names. */
  id: string;
  label: string;
  /** Whether a listener has this tab at all (policies only on HTTP/HTTPS listeners, …). */
  appliesTo(listener: Listener): boolean;
  render(loadBalancer: LoadBalancer, listener: Listener): ReactNode;
}

/** What the page hands the listener pane from other features (a feature never imports another). */
export interface ListenerPanels {
  /** The listener's default backend server group. */
  GroupPanel: ComponentType<GroupPanelProps>;
  /** Shown between Backend Server Group and Tags, in this order. */
  sections: readonly ListenerSection[];
}

export function ListenersTab({
  loadBalancer,
  panels,
  addBlocked,
}: {
  loadBalancer: LoadBalancer;
  panels: ListenerPanels;
  addBlocked?: string;
}) {
  const { t } = useTranslation('listeners');
  const [search, setSearch] = useSearchParams();
  const query = useQuery(listenerQueries.byLoadBalancers([loadBalancer.id]));
  if (query.isPending) return <PageLoading />;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const listeners = [...query.data.listeners].sort(
    (a, b) => a.protocol_port - b.protocol_port || a.protocol.localeCompare(b.protocol),
  );
  const selected = listeners.find((listener) => listener.id === search.get('listener')) ?? listeners[0];
  const select = (id: string) => setSearch({ tab: 'listeners', listener: id }, { replace: true });
  // A link cannot be disabled: while adding is blocked it is a disabled button, with the reason beside it.
  const add =
    addBlocked === undefined ? (
      <Button
        variant="contained"
        startIcon={<Add />}
        component={RouterLink}
        to={`/load-balancers/${loadBalancer.id}/listeners/add`}
      >
        {t('actions.add')}
      </Button>
    ) : (
      <Button variant="contained" startIcon={<Add />} disabled>
        {t('actions.add')}
      </Button>
    );
  if (listeners.length === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 4, textAlign: 'center', display: 'grid', gap: 2, justifyItems: 'center' }}>
        <Typography>{t('empty')}</Typography>
        {add}
        {addBlocked ? (
          <Typography variant="body2" color="text.secondary">
            {addBlocked}
          </Typography>
        ) : null}
      </Paper>
    );
  }
  return (
    // Side by side only from lg: below, the pane's tables and tabs need the full width.
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '260px minmax(0, 1fr)' },
        alignItems: 'start',
      }}
    >
      <Paper variant="outlined" sx={{ p: 1.5, display: 'grid', gap: 1 }}>
        {add}
        {addBlocked ? (
          <Typography variant="caption" color="text.secondary">
            {addBlocked}
          </Typography>
        ) : null}
        <List dense aria-label={t('listLabel')}>
          {/* A list holds list items only (axe "list"): each button sits in its own item. */}
          {listeners.map((listener) => (
            <ListItem key={listener.id} disablePadding>
              <ListItemButton
                selected={listener.id === selected?.id}
                onClick={() => select(listener.id)}
                aria-current={listener.id === selected?.id ? 'true' : undefined}
              >
                <ListItemText
                  primary={listener.name || listener.id}
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                  secondary={
                    <Chip
                      component="span"
                      size="small"
                      label={`${listenerProtocolLabels[listener.protocol]}/${listener.protocol_port}`}
                    />
                  }
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Paper>
      {selected ? (
        <ListenerPane key={selected.id} loadBalancer={loadBalancer} listener={selected} panels={panels} />
      ) : null}
    </Box>
  );
}
