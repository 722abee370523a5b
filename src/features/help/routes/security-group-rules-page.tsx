/**
 * In-console help: "Configuring Security Group Rules" for backend servers
 * (guide/backend_server/configuring_security_group_rules_for_backend_servers.rst,
 * guide/faq/backend_servers/why_are_backend_servers_frequently_accessed_by_ip_addresses_in_100.125.0.0_16.rst;
 * FEATURES §5.2, C12). There is no security-group API here, so the console explains, not checks.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { ELB_SOURCE_CIDR } from '../../../lib/elb-network';

const RULE_ROWS = ['tcp', 'http', 'udp'] as const;
const SG_STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;
const ACL_FIELDS = [
  'action',
  'protocol',
  'source',
  'sourcePort',
  'destination',
  'destinationPort',
  'description',
] as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }}>
      <Typography variant="h2">{title}</Typography>
      {children}
    </Paper>
  );
}

export default function SecurityGroupRulesPage() {
  const { t } = useTranslation('help');
  const cidr = ELB_SOURCE_CIDR;
  return (
    <>
      <PageHeader
        title={t('sg.title')}
        crumbs={[{ label: t('crumb') }, { label: t('sg.title') }]}
        help={t('sg.intro')}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        <Section title={t('sg.source.title')}>
          <Typography>{t('sg.source.body', { cidr })}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('sg.source.subnet', { cidr })}
          </Typography>
        </Section>
        <Section title={t('sg.rules.title')}>
          <Table size="small" aria-label={t('sg.rules.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('sg.rules.listener')}</TableCell>
                <TableCell>{t('sg.rules.protocol')}</TableCell>
                <TableCell>{t('sg.rules.ports')}</TableCell>
                <TableCell>{t('sg.rules.source')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {RULE_ROWS.map((row) => (
                <TableRow key={row}>
                  <TableCell>{t(`sg.rules.rows.${row}.listener`)}</TableCell>
                  <TableCell>{t(`sg.rules.rows.${row}.protocol`)}</TableCell>
                  <TableCell>{t(`sg.rules.rows.${row}.ports`)}</TableCell>
                  <TableCell>{cidr}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Alert severity="warning">{t('sg.rules.icmp')}</Alert>
          <Typography variant="body2">{t('sg.rules.healthPort')}</Typography>
          <Typography variant="body2">{t('sg.rules.defaultGroup')}</Typography>
          <Typography variant="body2">{t('sg.rules.crossVpc')}</Typography>
          <Typography variant="body2">{t('sg.rules.unsure')}</Typography>
        </Section>
        <Section title={t('sg.steps.title')}>
          <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.5 }}>
            {SG_STEPS.map((step) => (
              <li key={step}>
                <Typography variant="body2">{t(`sg.steps.${step}`)}</Typography>
              </li>
            ))}
          </Box>
        </Section>
        <Section title={t('sg.acl.title')}>
          <Typography>{t('sg.acl.body')}</Typography>
          <Box
            component="dl"
            sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5 }}
          >
            {ACL_FIELDS.map((field) => (
              <Box key={field} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                  {t(`sg.acl.fields.${field}.label`)}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {t(`sg.acl.fields.${field}.value`)}
                </Typography>
              </Box>
            ))}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t('sg.acl.layer4')}
          </Typography>
        </Section>
        <Section title={t('sg.troubleshoot.title')}>
          <Typography variant="body2">{t('sg.troubleshoot.body')}</Typography>
        </Section>
      </Box>
    </>
  );
}
