/**
 * Rotate: pick (or upload) the replacement, swap it in on every listener that uses the old
 * certificate — server, CA and SNI alike — one call per listener, then offer to delete the old one.
 * A failed call stops the run; Retry continues from it.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../../lib/use-now';
import { call } from '../../../api/api-call';
import { listenersApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { certificateKeys } from '../../../api/queries/certificates';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { StepStateIcon, type StepRunState } from '../../../components/step-state-icon';
import { expiryOf } from '../../../lib/certificate-expiry';
import type { CertificateRow } from '../model/certificate-rows';
import { rotationPlan, type RotationStep } from '../model/rotation';
import { CertificateDialog } from './certificate-dialog';
import { ExpiryText } from '../../../components/certificates/expiry-text';

type Phase = 'choose' | 'running' | 'failed' | 'done';

export function RotateCertificateDialog({
  row,
  certificates,
  onClose,
  onDeleteOld,
}: {
  row: CertificateRow;
  certificates: readonly CertificateRow[];
  onClose(): void;
  onDeleteOld(): void;
}) {
  const { t } = useTranslation('certificates');
  const queryClient = useQueryClient();
  const now = useNow();
  const [replacementId, setReplacementId] = useState('');
  const [uploading, setUploading] = useState(false);
  const [phase, setPhase] = useState<Phase>('choose');
  const [states, setStates] = useState<StepRunState[]>([]);
  const [error, setError] = useState<unknown>();
  const name = row.name || row.id;
  const candidates = certificates
    .filter((candidate) => candidate.type === row.type && candidate.id !== row.id)
    // Same domain first, then the one that lasts longest.
    .sort(
      (a, b) =>
        Number(b.domain === row.domain) - Number(a.domain === row.domain) || b.expire_time.localeCompare(a.expire_time),
    );
  const replacement = certificates.find((candidate) => candidate.id === replacementId);
  // Frozen when the run starts: afterwards the old certificate has no users left to plan from.
  const [started, setStarted] = useState<RotationStep[]>();
  const plan = started ?? rotationPlan(row.uses, row.id, replacementId);
  const sniDomainChanges =
    replacement && row.uses.some((use) => use.role === 'sni') && replacement.domain !== row.domain;

  const mark = (index: number, state: StepRunState) =>
    setStates((current) => plan.map((_, i) => (i === index ? state : (current[i] ?? 'waiting'))));
  const run = async (from: number) => {
    setStarted(plan);
    setPhase('running');
    setError(undefined);
    for (let index = from; index < plan.length; index += 1) {
      const step = plan[index]!;
      mark(index, 'running');
      try {
        await call(listenersApi.update(step.listener.id, step.body));
        mark(index, 'done');
      } catch (failure) {
        mark(index, 'failed');
        setError(failure);
        setPhase('failed');
        await invalidateElbTree(queryClient);
        return;
      }
    }
    await Promise.all([
      invalidateElbTree(queryClient),
      queryClient.invalidateQueries({ queryKey: certificateKeys.all }),
    ]);
    setPhase('done');
  };
  const failedAt = states.indexOf('failed');

  if (uploading) {
    return <CertificateDialog onClose={() => setUploading(false)} onSaved={(saved) => setReplacementId(saved.id)} />;
  }
  return (
    <ConfirmDialog
      open
      maxWidth="md"
      title={t('rotate.title', { name })}
      confirmLabel={phase === 'failed' ? t('rotate.retry') : t('rotate.confirm', { count: plan.length })}
      confirmDisabled={!replacement || phase === 'running' || phase === 'done' || plan.length === 0}
      busy={phase === 'running'}
      onConfirm={() => void run(phase === 'failed' ? failedAt : 0)}
      onClose={onClose}
    >
      <Typography>{t('rotate.intro', { name, count: row.uses.length })}</Typography>
      {phase === 'choose' ? (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            select
            label={t('rotate.replacement')}
            value={replacementId}
            onChange={(event) => setReplacementId(event.target.value)}
            sx={{ minWidth: 360, flex: 1 }}
          >
            {candidates.map((candidate) => (
              <MenuItem key={candidate.id} value={candidate.id}>
                <ListItemText
                  primary={candidate.name || candidate.id}
                  secondary={
                    <>
                      {candidate.domain ? `${candidate.domain} · ` : ''}
                      <ExpiryText expireAt={candidate.expire_time} now={now} />
                    </>
                  }
                />
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" onClick={() => setUploading(true)} sx={{ mt: 1 }}>
            {t('rotate.upload')}
          </Button>
        </Box>
      ) : null}
      {replacement && expiryOf(replacement.expire_time, now).state !== 'valid' ? (
        <Alert severity="warning">{t('rotate.replacementExpiring', { name: replacement.name })}</Alert>
      ) : null}
      {sniDomainChanges ? (
        <Alert severity="warning">
          {t('rotate.sniDomain', { from: row.domain ?? '—', to: replacement.domain ?? '—' })}
        </Alert>
      ) : null}
      {replacement ? (
        <List dense aria-label={t('rotate.steps')}>
          {plan.map((step, index) => (
            <ListItem key={step.listener.id}>
              <ListItemIcon>
                <StepStateIcon state={states[index] ?? 'waiting'} />
              </ListItemIcon>
              <ListItemText
                primary={t('rotate.step', { listener: step.listener.name || step.listener.id })}
                secondary={t(`rotate.state.${states[index] ?? 'waiting'}`)}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {phase === 'done' ? (
        <Alert
          severity="success"
          action={
            <Button color="inherit" onClick={onDeleteOld}>
              {t('rotate.deleteOld')}
            </Button>
          }
        >
          {t('rotate.done', { name, replacement: replacement?.name ?? '' })}
        </Alert>
      ) : null}
    </ConfirmDialog>
  );
}
