/** From/To pickers of a custom range; refuses from ≥ to, a future end and a start past the history kept. */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time';
import { customRangeProblem, MAX_HISTORY_MS, type TimeWindow } from '../model/time-range';

export function CustomRangeFields({
  initial,
  nowMs,
  onApply,
}: {
  initial: TimeWindow;
  nowMs: number;
  onApply(window: TimeWindow): void;
}) {
  const { t } = useTranslation('monitoring');
  const [from, setFrom] = useState(() => toLocalInput(initial.from));
  const [to, setTo] = useState(() => toLocalInput(initial.to));
  const [problem, setProblem] = useState<string | undefined>();
  const apply = () => {
    // An empty or unreadable field is NaN, which the range check names as invalid.
    const window = { from: fromLocalInput(from) ?? Number.NaN, to: fromLocalInput(to) ?? Number.NaN };
    const found = customRangeProblem(window.from, window.to, Date.now());
    setProblem(found ? t(`range.problem.${found}`, { days: MAX_HISTORY_MS / 86_400_000 }) : undefined);
    if (!found) onApply(window);
  };
  const fields = [
    { label: t('range.from'), value: from, set: setFrom },
    { label: t('range.to'), value: to, set: setTo },
  ];
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      {fields.map(({ label, value, set }, index) => (
        <TextField
          key={label}
          type="datetime-local"
          size="small"
          label={label}
          value={value}
          onChange={(event) => set(event.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: toLocalInput(nowMs) } }}
          error={problem !== undefined}
          helperText={index === 0 ? problem : undefined}
        />
      ))}
      <Button variant="outlined" onClick={apply} sx={{ mt: 0.25 }}>
        {t('range.apply')}
      </Button>
    </Stack>
  );
}
