/** The steps outside ELB: the ECSs (created in the ECS console) and the application on them. */
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { setupStore } from '../model/setup-store';
import { CopyValue } from './copy-value';
import type { StepProps } from './step-props';

/** The guide's example for CentOS: install Nginx, start it now and at every boot. */
const DEPLOY_COMMANDS = ['yum -y install nginx', 'systemctl start nginx', 'systemctl enable nginx'];

export function ServersStep() {
  const { t } = useTranslation('gettingStarted');
  return <Typography variant="body2">{t('steps.servers.body')}</Typography>;
}

export function DeployStep({ track, state }: StepProps) {
  const { t } = useTranslation('gettingStarted');
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="body2">{t('steps.deploy.body')}</Typography>
      {DEPLOY_COMMANDS.map((command) => (
        <CopyValue key={command} value={command} />
      ))}
      <FormControlLabel
        control={
          <Checkbox
            checked={state.deployConfirmed === true}
            onChange={(event) => setupStore.update(track, { deployConfirmed: event.target.checked })}
          />
        }
        label={t('steps.deploy.confirm')}
      />
    </Box>
  );
}
