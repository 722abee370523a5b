/** The dialog of whichever classic load balancer action is open, shared by the list and the detail page. */
import type { ClassicLbDialog } from './classic-lb-actions';
import { ClassicBandwidthDialog } from './classic-bandwidth-dialog';
import { ClassicDeleteDialog } from './classic-delete-dialog';
import { ClassicToggleDialog } from './classic-toggle-dialog';

export function ClassicLbDialogs({
  dialog,
  onClose,
  onDeleteStarted,
}: {
  dialog: ClassicLbDialog | undefined;
  onClose(): void;
  onDeleteStarted?(): void;
}) {
  if (!dialog) return null;
  const { kind, lb } = dialog;
  switch (kind) {
    case 'enable':
    case 'disable':
      return <ClassicToggleDialog lb={lb} enable={kind === 'enable'} onClose={onClose} />;
    case 'bandwidth':
      return <ClassicBandwidthDialog lb={lb} onClose={onClose} />;
    case 'delete':
      return <ClassicDeleteDialog lb={lb} onClose={onClose} onStarted={onDeleteStarted} />;
  }
}
