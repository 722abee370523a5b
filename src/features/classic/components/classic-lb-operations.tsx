/**
 * The Operation cell of a classic load balancer in the list (FEATURES §3.4, §3.5): Delete, and a
 * More menu with Enable/Disable, Modify bandwidth and Manage. The same actions and dialogs as the
 * detail page; each disabled one says why. Loaded by the app only when the classic table shows.
 */
import Box from '@mui/material/Box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { ActionButton, type Action } from '../../../components/action-button';
import { ActionMenu } from '../../../components/action-menu';
import { classicLbActions, type ClassicLbDialog } from '../detail/classic-lb-actions';
import { ClassicLbDialogs } from '../detail/classic-lb-dialogs';
import { classicLbPath } from '../detail/paths';
import { useLbJobRunning } from '../detail/use-lb-job-running';

export default function ClassicLbOperations({ lb }: { lb: ClassicLoadBalancer }) {
  const { t } = useTranslation('classic');
  const navigate = useNavigate();
  const jobRunning = useLbJobRunning();
  const [dialog, setDialog] = useState<ClassicLbDialog>();
  const actions = classicLbActions({ t, jobRunning, open: setDialog });
  const manage: Action<ClassicLoadBalancer> = {
    id: 'manage',
    label: t('detail.actions.manage'),
    reason: () => undefined,
    run: (item) => void navigate(classicLbPath(item.id)),
  };
  return (
    <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}>
      <ActionButton
        act={actions.delete}
        item={lb}
        size="small"
        aria-label={t('detail.actions.deleteNamed', { name: lb.name })}
      />
      <ActionMenu
        label={t('detail.actions.more')}
        ariaLabel={t('detail.actions.moreFor', { name: lb.name })}
        item={lb}
        actions={[
          lb.admin_state_up === 0 ? actions.enable : actions.disable,
          ...(lb.type === 'External' ? [actions.bandwidth] : []),
          manage,
        ]}
      />
      <ClassicLbDialogs dialog={dialog} onClose={() => setDialog(undefined)} />
    </Box>
  );
}
