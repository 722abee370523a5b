/** The dialog of whichever load balancer action is open, shared by the list and the detail page. */
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { PublicIp } from '../../../../contract/vpc/publicips';
import type { LbDialogKind } from '../model/lb-actions';
import { DeleteLoadBalancerDialog } from './delete-load-balancer-dialog';
import { BindEipDialog, UnbindEipDialog } from './eip-dialogs';
import { ToggleLoadBalancerDialog } from './toggle-load-balancer-dialog';

export interface OpenDialog {
  kind: LbDialogKind;
  lb: LoadBalancer;
}

export function LbActionDialogs({
  dialog,
  eip,
  unboundEips,
  onClose,
  onDeleted,
}: {
  dialog: OpenDialog | undefined;
  eip: PublicIp | undefined;
  unboundEips: PublicIp[];
  onClose(): void;
  onDeleted(lb: LoadBalancer): void;
}) {
  if (!dialog) return null;
  const { kind, lb } = dialog;
  switch (kind) {
    case 'delete':
      return (
        <DeleteLoadBalancerDialog
          lb={lb}
          eipAddress={eip?.public_ip_address}
          onClose={onClose}
          onDeleted={() => onDeleted(lb)}
        />
      );
    case 'bindEip':
      return <BindEipDialog lb={lb} unbound={unboundEips} onClose={onClose} />;
    case 'unbindEip':
      return eip ? <UnbindEipDialog lb={lb} eip={eip} onClose={onClose} /> : null;
    case 'enable':
    case 'disable':
      return <ToggleLoadBalancerDialog lb={lb} enable={kind === 'enable'} onClose={onClose} />;
  }
}
