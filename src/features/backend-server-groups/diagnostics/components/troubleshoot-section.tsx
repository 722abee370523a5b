/**
 * "Troubleshoot" on a group's page (FEATURES §12.4–12.7): the group's diagnostics as questions,
 * each with how many checks failed; `?troubleshoot=<area>` opens one (links from FAQ articles).
 */
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Build from '@mui/icons-material/BuildOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LoadBalancer } from '../../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { StatusChip } from '../../../../components/status-chip';
import { useGroupContext } from '../../api/use-group-context';
import { useGroupDiagnostics, type GroupDiagnostics } from '../api/use-group-diagnostics';
import { useMemberTraffic } from '../api/use-member-traffic';
import { failedCount, type DiagnosticCheck } from '../model/check';
import type { DiagnosticArea } from './diagnostic-panel';
import { BalanceDiagnosticPanel, HealthCheckDiagnosticPanel, StickyDiagnosticPanel } from './group-diagnostic-panels';

export const TROUBLESHOOT_PARAM = 'troubleshoot';
const SECTION_ID = 'troubleshoot';
const areas: readonly DiagnosticArea[] = ['sticky', 'balance', 'healthCheck'];
const isArea = (value: string | null): value is DiagnosticArea => areas.some((area) => area === value);

function ResultChip({ checks }: { checks: readonly DiagnosticCheck[] | undefined }) {
  const { t } = useTranslation('poolChecks');
  if (!checks) return <StatusChip tone="busy" label={t('troubleshoot.checking')} />;
  // A group without sticky sessions is no fault of the group: its page says "off", not "1 problem"
  // (inside the sticky FAQ, where the question is why stickiness fails, "off" stays the finding).
  if (checks.some((check) => check.id === 'enabled' && check.variant === 'off')) {
    return <StatusChip tone="off" label={t('troubleshoot.stickyOff')} />;
  }
  const failed = failedCount(checks);
  return failed > 0 ? (
    <StatusChip tone="error" label={t('troubleshoot.problems', { count: failed })} />
  ) : (
    <StatusChip tone="ok" label={t('troubleshoot.noProblem')} />
  );
}

function Question({
  area,
  expanded,
  onToggle,
  checks,
  children,
}: {
  area: DiagnosticArea;
  expanded: boolean;
  onToggle(): void;
  checks: readonly DiagnosticCheck[] | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation('poolChecks');
  return (
    <Accordion
      variant="outlined"
      disableGutters
      expanded={expanded}
      onChange={onToggle}
      slotProps={{ transition: { unmountOnExit: true } }}
    >
      <AccordionSummary expandIcon={<ExpandMore />}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Typography variant="h3" component="span">
            {t(`${area}.question`)}
          </Typography>
          <ResultChip checks={checks} />
        </Box>
      </AccordionSummary>
      <AccordionDetails>{children}</AccordionDetails>
    </Accordion>
  );
}

/** In the page header: brings the section into view, below a long list of servers. */
export function TroubleshootButton() {
  const { t } = useTranslation('poolChecks');
  return (
    <Button
      variant="outlined"
      startIcon={<Build />}
      onClick={() => {
        const section = document.getElementById(SECTION_ID);
        section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        section?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
      }}
    >
      {t('troubleshoot.title')}
    </Button>
  );
}

export function TroubleshootSection({ lb, poolId }: { lb: LoadBalancer; poolId: string }) {
  const { t } = useTranslation('poolChecks');
  const headingId = useId();
  // The open question is kept in the URL, so a link (from a FAQ article) can open it.
  const [search, setSearch] = useSearchParams();
  const param = search.get(TROUBLESHOOT_PARAM);
  const open = isArea(param) ? param : undefined;
  const context = useGroupContext(lb, poolId);
  // Reading access logs costs a log query: only once the question is open.
  const traffic = useMemberTraffic(lb.id, poolId, open === 'balance');
  const diagnostics = useGroupDiagnostics(lb, context, open === 'balance' ? traffic.sample : undefined);
  const toggle = (area: DiagnosticArea) => () =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (next.get(TROUBLESHOOT_PARAM) === area) next.delete(TROUBLESHOOT_PARAM);
        else next.set(TROUBLESHOOT_PARAM, area);
        return next;
      },
      { replace: true },
    );
  const loading = <LinearProgress aria-label={t('loading')} />;
  const panel = (area: DiagnosticArea, diagnostics: GroupDiagnostics, pool: Pool) => {
    if (area === 'sticky') return <StickyDiagnosticPanel diagnostics={diagnostics} />;
    if (area === 'balance') return <BalanceDiagnosticPanel lb={lb} diagnostics={diagnostics} traffic={traffic} />;
    return <HealthCheckDiagnosticPanel pool={pool} diagnostics={diagnostics} />;
  };
  return (
    <Paper
      component="section"
      id={SECTION_ID}
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: 2, display: 'grid', gap: 1.5, scrollMarginTop: 16 }}
    >
      <Typography id={headingId} variant="h2" tabIndex={-1}>
        {t('troubleshoot.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('troubleshoot.intro')}
      </Typography>
      <Box>
        {areas.map((area) => (
          <Question
            key={area}
            area={area}
            expanded={open === area}
            onToggle={toggle(area)}
            checks={diagnostics?.[area]}
          >
            {diagnostics && context.pool ? panel(area, diagnostics, context.pool) : loading}
          </Question>
        ))}
      </Box>
    </Paper>
  );
}
