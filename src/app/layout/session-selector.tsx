/** Region and project pickers. Switching drops every cached answer: resources differ per project. */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiSession, setApiSession } from '../../api/session';
import { useRuntimeConfig } from '../../lib/runtime-config-context';
import { saveSessionChoice, type SessionChoice } from '../../lib/session-choice';

export function SessionSelector() {
  const { t } = useTranslation();
  const config = useRuntimeConfig();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [choice, setChoice] = useState<SessionChoice>(() => {
    const { region, projectId } = apiSession();
    return { region, projectId };
  });

  const change = (next: SessionChoice) => {
    setChoice(next);
    setApiSession({ config, ...next });
    saveSessionChoice(next);
    queryClient.clear();
    void navigate('/load-balancers');
  };

  return (
    <>
      <TextField
        select
        size="small"
        label={t('session.region')}
        value={choice.region}
        onChange={(event) => change({ ...choice, region: event.target.value })}
        sx={{ minWidth: { xs: 110, sm: 150 }, ml: { xs: 1, sm: 2 } }}
      >
        {config.regions.map((region) => (
          <MenuItem key={region.id} value={region.id}>
            {region.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('session.project')}
        value={choice.projectId}
        onChange={(event) => change({ ...choice, projectId: event.target.value })}
        sx={{ minWidth: 180, display: { xs: 'none', sm: 'inline-flex' } }}
      >
        {config.projects.map((project) => (
          <MenuItem key={project.id} value={project.id}>
            {project.name}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
