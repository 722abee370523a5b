/**
 * In-context help for algorithms and sticky sessions (FEATURES §4.3, §4.4): what each
 * algorithm does, what changing it does, and the FAQ's algorithm × sticky-type matrix.
 */
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { lbAlgorithms } from '../../../../contract/elb-v2/pool-protocols';
import { AlgorithmHelpText } from '../../../components/elb/algorithm-help-text';
import { stickyMatrix } from '../model/sticky-matrix';

export function AlgorithmStickyHelp() {
  const { t } = useTranslation('groups');
  return (
    <Accordion variant="outlined" disableGutters>
      <AccordionSummary expandIcon={<ExpandMore />}>
        <Typography variant="h3" component="span">
          {t('algorithmHelp.title')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ display: 'grid', gap: 1.5 }}>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {lbAlgorithms.map((algorithm) => (
            <li key={algorithm}>
              <Typography variant="body2">
                <strong>{t(`elb:pool.algorithms.${algorithm}`)}</strong>: <AlgorithmHelpText algorithm={algorithm} />
              </Typography>
            </li>
          ))}
        </ul>
        <Typography variant="body2">{t('algorithmHelp.change')}</Typography>
        <Typography variant="body2">{t('algorithmHelp.sourceIpRehash')}</Typography>
        <Table size="small" aria-label={t('algorithmHelp.matrixLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('algorithmHelp.algorithm')}</TableCell>
              <TableCell>{t('algorithmHelp.stickyType')}</TableCell>
              <TableCell>{t('algorithmHelp.layer4')}</TableCell>
              <TableCell>{t('algorithmHelp.layer7')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {stickyMatrix.map((row) => (
              <TableRow key={`${row.algorithm}-${row.type}`}>
                <TableCell>{t(`elb:pool.algorithms.${row.algorithm}`)}</TableCell>
                <TableCell>{t(`elb:pool.stickyTypes.${row.type}`)}</TableCell>
                <TableCell>{t(`algorithmHelp.cell.${row.layer4}`)}</TableCell>
                <TableCell>{t(`algorithmHelp.cell.${row.layer7}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2">{t('algorithmHelp.matrixNote')}</Typography>
        <Typography variant="body2">{t('algorithmHelp.stickyBreaks')}</Typography>
        <Typography variant="body2">{t('algorithmHelp.privateLines')}</Typography>
      </AccordionDetails>
    </Accordion>
  );
}
