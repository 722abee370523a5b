/**
 * Delete a classic load balancer (FEATURES §3.5 [classic]). The API refuses while any listener has
 * backend ECSs (ELB.1018), so those listeners are listed first, with a way to them. A public
 * (External) load balancer's EIP is released by default, or kept (deleting_a_public_network_load_balancer.rst).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { canDeleteClassicKeepingEip, type ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { classicQueries } from '../api/classic-queries';
import { classicLbPath } from './paths';
import { useDeleteClassicLb } from './use-classic-lb-jobs';

type EipChoice = 'release' | 'keep';

function EipChoiceField({
  lb,
  value,
  onChange,
}: {
  lb: ClassicLoadBalancer;
  value: EipChoice;
  onChange(value: EipChoice): void;
}) {
  const { t } = useTranslation('classic');
  const labelId = useId();
  const option = (choice: EipChoice) => (
    <FormControlLabel
      value={choice}
      control={<Radio />}
      label={
        <>
          <Typography>{t(`detail.delete.${choice}`)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t(`detail.delete.${choice}Help`, { address: lb.vip_address })}
          </Typography>
        </>
      }
      sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.25 } }}
    />
  );
  return (
    <FormControl>
      <FormLabel id={labelId}>{t('detail.delete.eip', { address: lb.vip_address })}</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={value}
        onChange={(event) => onChange(event.target.value === 'keep' ? 'keep' : 'release')}
        sx={{ gap: 1, mt: 0.5 }}
      >
        {option('release')}
        {option('keep')}
      </RadioGroup>
    </FormControl>
  );
}

export function ClassicDeleteDialog({
  lb,
  onClose,
  onStarted,
}: {
  lb: ClassicLoadBalancer;
  onClose(): void;
  /** The delete job started (the dialog closes; the job list shows its progress). */
  onStarted?(): void;
}) {
  const { t } = useTranslation('classic');
  const listeners = useQuery(classicQueries.listeners(lb.id));
  const remove = useDeleteClassicLb(lb);
  const [eip, setEip] = useState<EipChoice>('release');
  const withMembers = (listeners.data ?? []).filter((listener) => (listener.member_number ?? 0) > 0);
  const blocked = withMembers.length > 0;
  return (
    <ConfirmDialog
      open
      title={t('detail.delete.title', { name: lb.name })}
      confirmLabel={t('detail.actions.delete')}
      danger
      busy={remove.isPending}
      error={remove.error}
      confirmDisabled={!listeners.data || blocked}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(
          { keepEip: eip === 'keep' },
          {
            onSuccess: () => {
              onStarted?.();
              onClose();
            },
          },
        )
      }
    >
      <Alert severity="warning">{t('detail.delete.irreversible')}</Alert>
      {listeners.error ? <ErrorAlert error={listeners.error} onRetry={() => void listeners.refetch()} /> : null}
      {listeners.isPending ? <Skeleton variant="rounded" height={48} aria-label={t('detail.delete.checking')} /> : null}
      {blocked ? (
        <Alert severity="error">
          <AlertTitle>{t('detail.delete.blockedTitle')}</AlertTitle>
          {t('detail.delete.blockedHelp')}
          <ul>
            {withMembers.map((listener) => (
              <li key={listener.id}>
                <Link component={RouterLink} to={classicLbPath(lb.id, 'listeners')} onClick={onClose}>
                  {t('detail.delete.listenerMembers', {
                    name: listener.name,
                    protocol: listener.protocol,
                    port: listener.port,
                    count: listener.member_number,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {canDeleteClassicKeepingEip(lb) ? (
        <EipChoiceField lb={lb} value={eip} onChange={setEip} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('detail.delete.noEip')}
        </Typography>
      )}
    </ConfirmDialog>
  );
}
