/**
 * One diagnostic of a group (FEATURES §12.4–12.7) in the look every diagnostic shares: the checks
 * with their fixes, then the FAQ articles it comes from. Wording from
 * `poolChecks:<area>.checks.<id>.<variant>`.
 */
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DiagnosticCheckList } from '../../../../components/diagnostics/check-list';
import type { DiagnosticCheck } from '../../../../lib/diagnostic-check';
import { useLocation } from 'react-router';
import { helpPath, type FaqTopic } from '../../../../lib/help-topics';
import { FaqLink } from './faq-link';

export type DiagnosticArea = 'sticky' | 'balance' | 'healthCheck';

export interface FaqReference {
  topic: FaqTopic;
  /** Key in `poolChecks`, e.g. `sticky.faq`. */
  labelKey: string;
}

export function DiagnosticPanel<Check extends DiagnosticCheck>({
  area,
  checks,
  faqs,
  extra,
  lead,
  children,
}: {
  area: DiagnosticArea;
  checks: readonly Check[];
  faqs: readonly FaqReference[];
  /** Shown under a check, e.g. a link to where it is fixed. */
  extra?: (check: Check) => ReactNode;
  /** Shown before the checks, e.g. why they may not apply. */
  lead?: ReactNode;
  /** Shown after the checks, e.g. a table of measured values. */
  children?: ReactNode;
}) {
  const { t } = useTranslation('poolChecks');
  const { pathname } = useLocation();
  // Codes in the facts read as the console labels them (weighted round robin, load balancer cookie).
  const labelled = checks.map((check) => ({
    ...check,
    params: {
      ...check.params,
      ...(typeof check.params.type === 'string' ? { type: t(`elb:pool.stickyTypes.${check.params.type}`) } : {}),
      ...(typeof check.params.algorithm === 'string'
        ? { algorithm: t(`elb:pool.algorithms.${check.params.algorithm}`) }
        : {}),
    },
  }));
  return (
    <Box sx={{ display: 'grid', gap: 1, minWidth: 0 }}>
      {lead}
      <DiagnosticCheckList
        checks={labelled}
        ns="poolChecks"
        prefix={area}
        label={t(`${area}.checksLabel`)}
        renderExtra={(check) => {
          const original = checks.find((item) => item.id === check.id);
          return original && extra ? extra(original) : null;
        }}
      />
      {children}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {faqs
          // Inside a FAQ article, no link to the article itself.
          .filter((faq) => helpPath(faq.topic) !== pathname)
          .map((faq) => (
            <FaqLink key={faq.topic} topic={faq.topic} label={t(faq.labelKey)} />
          ))}
      </Box>
    </Box>
  );
}
