/** The dialog of whichever load balancer action is open, shared by the list and the detail page. */
import { lazy, Suspense } from 'react';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { PublicIp } from '../../../../contract/vpc/publicips';
import type { LbDialogKind } from '../model/lb-actions';

// Dialogs load when first opened, keeping them (and their form code) out of the list's first load.
const DeleteLoadBalancerDialog = lazy(() =>
  import('./delete-load-balancer-dialog').then((m) => ({ default: m.DeleteLoadBalancerDialog })),
);
const BindEipDialog = lazy(() => import('./eip-dialogs').then((m) => ({ default: m.BindEipDialog })));
const UnbindEipDialog = lazy(() => import('./eip-dialogs').then((m) => ({ default: m.UnbindEipDialog })));
const ToggleLoadBalancerDialog = lazy(() =>
  import('./toggle-load-balancer-dialog').then((m) => ({ default: m.ToggleLoadBalancerDialog })),
);

export interface OpenDialog {
  kind: LbDialogKind;
  lb: LoadBalancer;
}

export function LbActionDialogs(props: LbActionDialogsProps) {
  return (
    <Suspense fallback={null}>
      <OpenDialogOf {...props} />
    </Suspense>
  );
}

interface LbActionDialogsProps {
  dialog: OpenDialog | undefined;
  eip: PublicIp | undefined;
  unboundEips: PublicIp[];
  onClose(): void;
  onDeleted(lb: LoadBalancer): void;
}

function OpenDialogOf({ dialog, eip, unboundEips, onClose, onDeleted }: LbActionDialogsProps) {
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
