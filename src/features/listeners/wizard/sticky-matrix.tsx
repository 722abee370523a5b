/** The FAQ's algorithm × sticky-session matrix: only weighted round robin allows stickiness. */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { lbAlgorithms, stickySessionTypes } from '../../../../contract/elb-v2/pool-protocols';

/** Which sticky types each algorithm supports (FAQ: relationships between algorithms and sticky types, C7). */
const SUPPORTED: Record<(typeof lbAlgorithms)[number], readonly (typeof stickySessionTypes)[number][]> = {
  ROUND_ROBIN: ['SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE'],
  LEAST_CONNECTIONS: [],
  SOURCE_IP: [],
};

export function StickyMatrix() {
  const { t } = useTranslation(['listeners', 'elb']);
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('help.stickyMatrix')}
      </Typography>
      <Table size="small" aria-label={t('help.stickyMatrixLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('elb:pool.algorithm')}</TableCell>
            {stickySessionTypes.map((type) => (
              <TableCell key={type}>{t(`elb:pool.stickyTypes.${type}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {lbAlgorithms.map((algorithm) => (
            <TableRow key={algorithm}>
              <TableCell>{t(`elb:pool.algorithms.${algorithm}`)}</TableCell>
              {stickySessionTypes.map((type) => (
                <TableCell key={type}>
                  {SUPPORTED[algorithm].includes(type) ? t('help.supported') : t('help.notSupported')}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
