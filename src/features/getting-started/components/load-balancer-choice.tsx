/** Which load balancer the setup is about: an existing one, or (through Create) the one just created. */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { setupQueries } from '../api/setup-queries';

export function LoadBalancerChoice({ value, onChange }: { value: string | undefined; onChange(id: string): void }) {
  const { t } = useTranslation('gettingStarted');
  const choices = useQuery(setupQueries.loadBalancers());
  const options = choices.data ?? [];
  // A deleted or not yet listed load balancer shows as "none chosen" rather than as an unknown value.
  const selected = options.some((lb) => lb.id === value) ? value : '';
  return (
    <TextField
      select
      size="small"
      label={t('steps.loadBalancer.choose')}
      value={selected}
      onChange={(event) => onChange(event.target.value)}
      disabled={choices.isPending}
      sx={{ minWidth: 280, maxWidth: 480 }}
    >
      <MenuItem value="" disabled>
        {t('steps.loadBalancer.none')}
      </MenuItem>
      {options.map((lb) => (
        <MenuItem key={lb.id} value={lb.id} sx={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
          {lb.name || lb.id}
        </MenuItem>
      ))}
    </TextField>
  );
}
