/**
 * Each backend server's weight, expected share of the traffic (weight / sum of the weights of the
 * servers that get traffic) and, from the access logs, the requests it really answered.
 */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert';
import { StatusChip } from '../../../../components/status-chip';
import { memberHealthTone } from '../../model/member-rows';
import type { MemberTraffic } from '../api/use-member-traffic';
import { sharePercent, type MemberShare } from '../model/balance-checks';
import { memberLabel } from '../model/check';

export function MemberSharesTable({ shares, traffic }: { shares: readonly MemberShare[]; traffic: MemberTraffic }) {
  const { t } = useTranslation('poolChecks');
  const measured = traffic.sample !== null && traffic.sample !== undefined;
  const percent = (share: number | undefined) =>
    share === undefined ? '—' : t('balance.percent', { value: sharePercent(share) });
  return (
    <Box sx={{ display: 'grid', gap: 1, minWidth: 0 }}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('balance.sharesLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('balance.columns.server')}</TableCell>
              <TableCell align="right">{t('balance.columns.weight')}</TableCell>
              <TableCell>{t('balance.columns.health')}</TableCell>
              <TableCell align="right">{t('balance.columns.expected')}</TableCell>
              {measured ? <TableCell align="right">{t('balance.columns.requests')}</TableCell> : null}
              {measured ? <TableCell align="right">{t('balance.columns.observed')}</TableCell> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {shares.map(({ member, expected, requests, observed }) => (
              <TableRow key={member.id}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {memberLabel(member)} ({member.address}:{member.protocol_port})
                </TableCell>
                <TableCell align="right">{member.weight}</TableCell>
                <TableCell>
                  <StatusChip
                    tone={memberHealthTone[member.operating_status]}
                    label={t(`groups:health.${member.operating_status}`)}
                  />
                </TableCell>
                <TableCell align="right">{percent(expected)}</TableCell>
                {measured ? <TableCell align="right">{requests}</TableCell> : null}
                {measured ? <TableCell align="right">{percent(observed)}</TableCell> : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {traffic.sample === undefined && !traffic.error ? (
        <LinearProgress aria-label={t('balance.loadingTraffic')} />
      ) : null}
      {traffic.error ? <ErrorAlert error={traffic.error} onRetry={traffic.refetch} /> : null}
      {traffic.sample ? (
        <Typography variant="body2" color="text.secondary">
          {t('balance.sampled', { sampled: traffic.sample.sampled })}
        </Typography>
      ) : null}
    </Box>
  );
}
