/**
 * In-console help: "Differences Between Classic and Enhanced Load Balancers" (FEATURES §1.4). The guide
 * has no text for it (Gap 1); the comparison is derived from the two API references and written here
 * in the console's own words, with advice on which to choose.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isClassicOfferedIn } from '../../../../contract/elb-classic/regions';
import { apiSession } from '../../../api/session';
import { PageHeader } from '../../../components/page-header';
import { differenceValues, typeDifferences } from '../model/lb-type-differences';

const ADVICE = ['new', 'existing', 'network', 'region'] as const;

export default function ClassicVsEnhancedPage() {
  const { t } = useTranslation('classic');
  const { region } = apiSession();
  return (
    <>
      <PageHeader
        title={t('differences.title')}
        crumbs={[{ label: t('crumb', { ns: 'help' }) }, { label: t('differences.title') }]}
        help={t('differences.intro')}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        <Paper component="section" variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }}>
          <Typography variant="h2">{t('differences.choose.title')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.5 }}>
            {ADVICE.map((advice) => (
              <li key={advice}>
                <Typography variant="body2">{t(`differences.choose.${advice}`)}</Typography>
              </li>
            ))}
          </Box>
          {isClassicOfferedIn(region) ? null : (
            <Alert severity="info">{t('create.type.notInRegion', { region })}</Alert>
          )}
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button variant="contained" component={RouterLink} to="/load-balancers/create">
              {t('differences.createEnhanced')}
            </Button>
            {isClassicOfferedIn(region) ? (
              <Button variant="outlined" component={RouterLink} to="/load-balancers/create?type=classic">
                {t('differences.createClassic')}
              </Button>
            ) : null}
          </Box>
        </Paper>
        <Paper component="section" variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5, overflowX: 'auto' }}>
          <Typography variant="h2">{t('differences.tableTitle')}</Typography>
          <Table size="small" aria-label={t('differences.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col" sx={{ width: '20%' }}>
                  {t('differences.aspect')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('create.type.enhanced')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('create.type.classic')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {typeDifferences.map(({ id }) => (
                <TableRow key={id}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600, verticalAlign: 'top' }}>
                    {t(`differences.rows.${id}.aspect`)}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {t(`differences.rows.${id}.enhanced`, differenceValues)}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {t(`differences.rows.${id}.classic`, differenceValues)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      </Box>
    </>
  );
}
