/** Bind an unbound EIP to a load balancer, or unbind its EIP (guide: one EIP per load balancer). */
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { PublicIp } from '../../../../contract/vpc/publicips';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { HelpLinks } from '../../../components/help-link';
import { useNotify } from '../../../components/notifications';
import { useEipBinding } from '../api/bind-eip';

export function BindEipDialog({ lb, unbound, onClose }: { lb: LoadBalancer; unbound: PublicIp[]; onClose(): void }) {
  const { t } = useTranslation('lb');
  const notify = useNotify();
  const { bind } = useEipBinding();
  const [eipId, setEipId] = useState(unbound[0]?.id ?? '');
  const chosen = unbound.find((eip) => eip.id === eipId);
  return (
    <ConfirmDialog
      open
      title={t('eip.bindTitle', { name: lb.name || lb.id })}
      confirmLabel={t('eip.bind')}
      busy={bind.isPending}
      error={bind.error}
      confirmDisabled={!chosen}
      onClose={onClose}
      onConfirm={() =>
        bind.mutate(
          { eipId, portId: lb.vip_port_id },
          {
            onSuccess: () => {
              notify.success(t('eip.bound', { address: chosen?.public_ip_address, name: lb.name }));
              onClose();
            },
          },
        )
      }
    >
      <Typography variant="body2" color="text.secondary">
        {t('eip.bindHelp')}
      </Typography>
      <HelpLinks topics={['eip-exclusive']} />
      {unbound.length === 0 ? (
        <Typography>{t('reasons.noFreeEip')}</Typography>
      ) : (
        <RadioGroup aria-label={t('eip.choose')} value={eipId} onChange={(event) => setEipId(event.target.value)}>
          {unbound.map((eip) => (
            <FormControlLabel
              key={eip.id}
              value={eip.id}
              control={<Radio />}
              label={t('eip.option', { address: eip.public_ip_address, bandwidth: eip.bandwidth_size, type: eip.type })}
            />
          ))}
        </RadioGroup>
      )}
    </ConfirmDialog>
  );
}

export function UnbindEipDialog({ lb, eip, onClose }: { lb: LoadBalancer; eip: PublicIp; onClose(): void }) {
  const { t } = useTranslation('lb');
  const notify = useNotify();
  const { unbind } = useEipBinding();
  return (
    <ConfirmDialog
      open
      title={t('eip.unbindTitle', { name: lb.name || lb.id })}
      confirmLabel={t('eip.unbind')}
      danger
      busy={unbind.isPending}
      error={unbind.error}
      onClose={onClose}
      onConfirm={() =>
        unbind.mutate(eip.id, {
          onSuccess: () => {
            notify.success(t('eip.unbound', { address: eip.public_ip_address }));
            onClose();
          },
        })
      }
    >
      <Typography>{t('eip.unbindBody', { address: eip.public_ip_address })}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('eip.unbindKept')}
      </Typography>
    </ConfirmDialog>
  );
}
