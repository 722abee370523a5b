/**
 * One explanation per Faulty policy (FEATURES §4.8.1): which policy it repeats, that it takes no
 * requests and stays Faulty, and the fix, delete and add it again, with the delete at hand.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { ActionButton, type Action } from '../../../components/action-button';
import { duplicateOf, isFaulty } from '../model/faulty';

export function FaultyNotes({ policies, remove }: { policies: readonly L7Policy[]; remove: Action<L7Policy> }) {
  const { t } = useTranslation('policies');
  const faulty = policies.filter(isFaulty);
  if (faulty.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {faulty.map((policy) => {
        const name = policy.name || policy.id;
        const original = duplicateOf(policy, policies);
        return (
          <Alert key={policy.id} severity="error" sx={{ overflowWrap: 'anywhere' }}>
            <AlertTitle>{t('faulty.title', { name })}</AlertTitle>
            {original ? t('faulty.duplicate', { original: original.name || original.id }) : t('faulty.orphan')}{' '}
            {t('faulty.fix')}
            <Box sx={{ mt: 1 }}>
              <ActionButton
                act={{ ...remove, label: t('faulty.delete', { name }) }}
                item={policy}
                variant="outlined"
                size="small"
              />
            </Box>
          </Alert>
        );
      })}
    </Box>
  );
}
