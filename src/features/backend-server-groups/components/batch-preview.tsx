/** The batch calls Add Backend Servers will send, before anything is sent. */
import { useTranslation } from 'react-i18next';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { addMembersCalls } from '../api/add-members';
import type { BatchMember } from '../model/batches';

export function BatchPreview({ poolId, members }: { poolId: string; members: readonly BatchMember[] }) {
  const { t } = useTranslation('groups');
  const calls = addMembersCalls(poolId, members);
  if (calls.length === 0) return null;
  return (
    <ApiRequestPanel
      requests={calls.map((apiCall, index) => ({
        title: t('add.call', { batch: index + 1, total: calls.length }),
        ...describeCall(apiCall),
      }))}
    />
  );
}
