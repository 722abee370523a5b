/**
 * The result of a diagnostic: each check with its status (passed / failed / to verify by hand), its
 * explanation and fix, and the commands to run where the guide gives some, with a copy button.
 * Texts come from `<ns>:<prefix>.checks.<id>.title` and `.<variant>`; the look matches the
 * "why unhealthy?" panel of the backend server groups.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLine } from '../copy-line';
import { failedChecks, type DiagnosticCheck, type DiagnosticStatus } from '../../lib/diagnostic-check';
import { StatusChip, type StatusTone } from '../status-chip';

const tone: Record<DiagnosticStatus, StatusTone> = { passed: 'ok', failed: 'error', verify: 'warn' };

function CheckItem({
  check,
  ns,
  prefix,
  extra,
}: {
  check: DiagnosticCheck;
  ns: string;
  prefix: string;
  extra: ReactNode;
}) {
  const { t } = useTranslation([ns, 'lbChecks']);
  const titleId = useId();
  // A check several diagnostics share (unhealthy servers, bandwidth) has its texts under lbChecks:checks.
  const keys = (suffix: string) => [
    `${ns}:${prefix}.checks.${check.id}.${suffix}`,
    `lbChecks:checks.${check.id}.${suffix}`,
  ];
  return (
    <Box component="li" aria-labelledby={titleId} sx={{ display: 'grid', gap: 0.5, py: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <StatusChip tone={tone[check.status]} label={t(`lbChecks:status.${check.status}`)} />
        {/* Not a heading: the list sits under headings of varied levels (accordions, articles). */}
        <Typography id={titleId} variant="body1" sx={{ fontWeight: 600 }}>
          {t(keys('title'), check.params)}
        </Typography>
      </Box>
      <Typography variant="body2">{t(keys(check.variant), check.params)}</Typography>
      {check.commands?.map((command) => (
        <CopyLine key={command} value={command} label={t('lbChecks:copy', { command })} />
      ))}
      {extra}
    </Box>
  );
}

export function DiagnosticCheckList({
  checks,
  ns = 'lbChecks',
  prefix,
  label,
  renderExtra,
}: {
  checks: readonly DiagnosticCheck[];
  /** The translations' namespace (lbChecks by default) and the key the checks sit under. */
  ns?: string;
  prefix: string;
  /** The accessible name of the list. */
  label: string;
  /** A link or action under a check (the fix, the help article). */
  renderExtra?: (check: DiagnosticCheck) => ReactNode;
}) {
  const { t } = useTranslation('lbChecks');
  const failed = failedChecks(checks);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="body2" color={failed > 0 ? 'error' : 'text.secondary'} role="status">
        {failed > 0 ? t('summary.failed', { count: failed }) : t('summary.none')}
      </Typography>
      <Box component="ol" aria-label={label} sx={{ m: 0, pl: 2.5 }}>
        {checks.map((check) => (
          <CheckItem key={check.key ?? check.id} check={check} ns={ns} prefix={prefix} extra={renderExtra?.(check)} />
        ))}
      </Box>
    </Box>
  );
}
