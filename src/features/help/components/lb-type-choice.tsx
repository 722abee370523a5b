/**
 * The first choice of Create Load Balancer: Enhanced or Classic (FEATURES §3.3 "Type"), as two cards
 * side by side with the differences that most often decide it (FEATURES §1.4) and a link to all of them.
 * Where classic load balancers are not offered (eu-nl) only Enhanced is shown, with a note.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isClassicOfferedIn } from '../../../../contract/elb-classic/regions';
import {
  DIFFERENCES_HELP_PATH,
  differenceValues,
  loadBalancerTypes,
  typeDifferences,
  type LoadBalancerType,
} from '../model/lb-type-differences';

const keyFacts = typeDifferences.filter((row) => row.keyFact);

function TypeCard({ type, selected }: { type: LoadBalancerType; selected: boolean }) {
  const { t } = useTranslation('classic');
  const factsId = useId();
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, borderColor: selected ? 'primary.main' : 'divider', borderWidth: selected ? 2 : 1, flex: 1 }}
    >
      <FormControlLabel
        value={type}
        control={<Radio slotProps={{ input: { 'aria-describedby': factsId } }} />}
        label={<Typography sx={{ fontWeight: 600 }}>{t(`create.type.${type}`)}</Typography>}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t(`create.type.${type}Summary`)}
      </Typography>
      <Box component="dl" id={factsId} sx={{ m: 0, display: 'grid', gap: 0.75 }}>
        {keyFacts.map(({ id }) => (
          <div key={id}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {t(`differences.rows.${id}.aspect`)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {t(`differences.rows.${id}.${type}`, differenceValues)}
            </Typography>
          </div>
        ))}
      </Box>
    </Paper>
  );
}

export function LoadBalancerTypeChoice({
  value,
  onChange,
  region,
}: {
  value: LoadBalancerType;
  onChange(type: LoadBalancerType): void;
  region: string;
}) {
  const { t } = useTranslation('classic');
  const labelId = useId();
  const offered = loadBalancerTypes.filter((type) => type === 'enhanced' || isClassicOfferedIn(region));
  return (
    <Box component="section" aria-labelledby={labelId} sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="h2" id={labelId}>
        {t('create.type.label')}
      </Typography>
      <RadioGroup
        aria-labelledby={labelId}
        name="load-balancer-type"
        value={value}
        onChange={(event) => onChange(event.target.value === 'classic' ? 'classic' : 'enhanced')}
        sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, gap: 2, flexWrap: 'nowrap' }}
      >
        {offered.map((type) => (
          <TypeCard key={type} type={type} selected={type === value} />
        ))}
      </RadioGroup>
      {offered.length < loadBalancerTypes.length ? (
        <Alert severity="info">{t('create.type.notInRegion', { region })}</Alert>
      ) : null}
      <Link component={RouterLink} to={DIFFERENCES_HELP_PATH} sx={{ justifySelf: 'start' }}>
        {t('create.type.compare')}
      </Link>
    </Box>
  );
}
