/** "Before you create": the preparation advice of the guide, folded away by default. */
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

const POINTS = ['region', 'network', 'layers', 'backends', 'securityGroup'] as const;

export function BeforeYouCreate() {
  const { t } = useTranslation('lb');
  return (
    <Accordion variant="outlined" disableGutters>
      <AccordionSummary expandIcon={<ExpandMore />}>
        <Typography variant="h3" component="span">
          {t('prepare.title')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {POINTS.map((point) => (
            <li key={point}>
              <Typography variant="body2" sx={{ mb: 0.5 }}>
                {t(`prepare.${point}`)}
              </Typography>
            </li>
          ))}
        </ul>
      </AccordionDetails>
    </Accordion>
  );
}
