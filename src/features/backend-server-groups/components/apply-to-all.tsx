/** One port and one weight for every server of the picker at once. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const toNumber = (text: string) => (text.trim() === '' ? null : Number(text));

export function ApplyToAll({ onApply }: { onApply(port: number | null, weight: number | null): void }) {
  const { t } = useTranslation('groups');
  const [port, setPort] = useState('');
  const [weight, setWeight] = useState('');
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }} role="group" aria-label={t('add.applyAllLabel')}>
      <TextField
        size="small"
        type="number"
        label={t('add.allPort')}
        value={port}
        onChange={(event) => setPort(event.target.value)}
        slotProps={{ htmlInput: { min: 1, max: 65535 } }}
        sx={{ width: 130 }}
      />
      <TextField
        size="small"
        type="number"
        label={t('add.allWeight')}
        value={weight}
        onChange={(event) => setWeight(event.target.value)}
        slotProps={{ htmlInput: { min: 0, max: 100 } }}
        sx={{ width: 140 }}
      />
      <Button
        variant="outlined"
        disabled={port.trim() === '' && weight.trim() === ''}
        onClick={() => onApply(toNumber(port), toNumber(weight))}
      >
        {t('add.applyAll')}
      </Button>
    </Box>
  );
}
