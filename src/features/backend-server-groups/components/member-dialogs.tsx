/** The dialog of whichever backend server action is open; each loads when first opened. */
import { lazy, Suspense } from 'react';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import type { GroupContext } from '../api/use-group-context';
import type { MemberDialogKind } from '../model/group-actions';
import type { MemberRow } from '../model/member-rows';

const AddMembersDialog = lazy(() => import('./add-members-dialog').then((m) => ({ default: m.AddMembersDialog })));
const WeightDialog = lazy(() => import('./weight-dialog').then((m) => ({ default: m.WeightDialog })));
const RemoveMembersDialog = lazy(() =>
  import('./remove-members-dialog').then((m) => ({ default: m.RemoveMembersDialog })),
);
const WhyUnhealthyPanel = lazy(() => import('./why-unhealthy-panel').then((m) => ({ default: m.WhyUnhealthyPanel })));

export interface OpenMemberDialog {
  kind: MemberDialogKind | 'why';
  rows: MemberRow[];
}

export function MemberDialogs({
  dialog,
  lb,
  pool,
  context,
  onClose,
  onDone,
}: {
  dialog: OpenMemberDialog | undefined;
  lb: LoadBalancer;
  pool: Pool;
  context: GroupContext;
  onClose(): void;
  /** After servers were removed or changed: clears the selection. */
  onDone(): void;
}) {
  if (!dialog) return null;
  const done = () => {
    onDone();
    onClose();
  };
  return (
    <Suspense fallback={null}>
      {dialog.kind === 'add' ? <AddMembersDialog lb={lb} pool={pool} context={context} onClose={onClose} /> : null}
      {dialog.kind === 'weight' ? (
        <WeightDialog pool={pool} rows={dialog.rows} onClose={onClose} onDone={done} />
      ) : null}
      {dialog.kind === 'remove' ? (
        <RemoveMembersDialog
          pool={pool}
          rows={dialog.rows}
          members={context.members ?? []}
          onClose={onClose}
          onDone={done}
        />
      ) : null}
      {dialog.kind === 'why' && dialog.rows[0] ? (
        <WhyUnhealthyPanel lb={lb} pool={pool} row={dialog.rows[0]} context={context} onClose={onClose} />
      ) : null}
    </Suspense>
  );
}
