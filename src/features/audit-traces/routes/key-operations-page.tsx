/**
 * In-console help: "Key Operations Recorded by CTS" (guide/auditing/key_operations_recorded_by_cts.rst;
 * FEATURES §11.1), each row with a link to its traces. Names are spelled as documented (C16).
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ELB_SERVICE_TYPE, elbKeyOperations } from '../../../../contract/cts/key-operations';
import { PageHeader } from '../../../components/page-header';
import { tracesLinkFor } from '../model/trace-filters';

export default function KeyOperationsPage() {
  const { t } = useTranslation('traces');
  return (
    <>
      <PageHeader
        title={t('keyOps.title')}
        crumbs={[{ label: t('keyOps.crumb') }, { label: t('keyOps.title') }]}
        help={t('keyOps.intro')}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        <Typography variant="body2" color="text.secondary">
          {t('keyOps.spelling')}
        </Typography>
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('keyOps.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('keyOps.action')}</TableCell>
                <TableCell>{t('keyOps.resourceType')}</TableCell>
                <TableCell>{t('keyOps.traceName')}</TableCell>
                <TableCell>{t('keyOps.traces')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {elbKeyOperations.map((operation) => (
                <TableRow key={operation.trace_name}>
                  <TableCell>{operation.action}</TableCell>
                  <TableCell>{operation.resource_type}</TableCell>
                  <TableCell>
                    <code>{operation.trace_name}</code>
                  </TableCell>
                  <TableCell>
                    <Link
                      component={RouterLink}
                      to={tracesLinkFor({
                        source: ELB_SERVICE_TYPE,
                        resourceType: operation.resource_type,
                        searchBy: 'trace_name',
                        search: operation.trace_name,
                      })}
                      aria-label={t('keyOps.viewTracesOf', { name: operation.trace_name })}
                    >
                      {t('keyOps.viewTraces')}
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Box>
    </>
  );
}
