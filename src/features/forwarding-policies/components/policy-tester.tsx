/**
 * "Which policy takes this request?": host and path in, the policy (or the listener's default group)
 * out, answered by the same `matchPolicy` the load balancer routes with. The tab highlights the row.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TesterResult } from '../model/request-tester';

export interface TesterNames {
  orderOf: ReadonlyMap<string, number>;
  groupName(poolId: string | null): string | undefined;
  listenerName(listenerId: string | null): string;
}

function answerText(t: TFunction<'policies'>, result: TesterResult, names: TesterNames): string {
  const { answer } = result;
  if (answer.kind === 'redirect') {
    return t('tester.redirect', {
      policy: answer.policy.name || answer.policy.id,
      listener: names.listenerName(answer.policy.redirect_listener_id),
    });
  }
  if (answer.kind === 'policy') {
    return t('tester.policy', {
      policy: answer.policy.name || answer.policy.id,
      order: names.orderOf.get(answer.policy.id),
      group: names.groupName(answer.policy.redirect_pool_id) ?? answer.policy.redirect_pool_id,
    });
  }
  const group = names.groupName(null);
  return group === undefined ? t('tester.noDefault') : t('tester.default', { group });
}

function TesterAnswerText({ result, names }: { result: TesterResult; names: TesterNames }) {
  const { t } = useTranslation('policies');
  const faulty = result.faultyMatches.map((policy) => policy.name || policy.id);
  return (
    <>
      <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{answerText(t, result, names)}</Typography>
      {faulty.length > 0 ? (
        <Typography variant="body2" color="error" sx={{ overflowWrap: 'anywhere' }}>
          {t('tester.faultySkipped', { count: faulty.length, names: faulty.join(', ') })}
        </Typography>
      ) : null}
    </>
  );
}

export function PolicyTester({
  host,
  path,
  onChange,
  result,
  names,
}: {
  host: string;
  path: string;
  onChange(request: { host: string; path: string }): void;
  /** undefined until something is typed. */
  result?: TesterResult;
  names: TesterNames;
}) {
  const { t } = useTranslation('policies');
  const titleId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2, display: 'grid', gap: 1.5 }}>
      <Box>
        <Typography variant="h3" id={titleId}>
          {t('tester.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('tester.help')}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField
          label={t('tester.host')}
          value={host}
          onChange={(event) => onChange({ host: event.target.value, path })}
          helperText={t('tester.hostHelp')}
          size="small"
        />
        <TextField
          label={t('tester.path')}
          value={path}
          onChange={(event) => onChange({ host, path: event.target.value })}
          helperText={t('tester.pathHelp')}
          size="small"
        />
      </Box>
      <Box role="status" aria-label={t('tester.title')}>
        {result ? <TesterAnswerText result={result} names={names} /> : null}
      </Box>
    </Paper>
  );
}
