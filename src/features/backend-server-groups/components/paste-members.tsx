/**
 * "Paste IP addresses" mode of Add Backend Servers: `ip,port[,weight]` per line, checked as
 * typed; each bad line is listed with its number and the rule it breaks, and only the good
 * lines are sent, in batches of at most 200.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Server } from '../../../../contract/ecs/servers';
import type { Member } from '../../../../contract/elb-v2/members';
import type { Subnet } from '../../../../contract/vpc/vpcs';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { translateRule } from '../../../i18n';
import type { BatchMember } from '../model/batches';
import { parseMemberPaste, type PasteIssue } from '../model/paste-members';
import { BatchPreview } from './batch-preview';

const pasteSchema = z.object({ text: z.string() });
const SHOWN_ERRORS = 50;

function issueText(t: TFunction, issue: PasteIssue, cidrs: string): string {
  switch (issue.kind) {
    case 'fields':
      return t('groups:paste.issue.fields', { count: issue.count });
    case 'outsideVpc':
      return t('groups:paste.issue.outsideVpc', { address: issue.address, cidrs });
    case 'rule':
      return translateRule(t, issue.message);
  }
}

export function PasteMembers({
  formId,
  poolId,
  subnets,
  servers,
  existing,
  onSubmit,
}: {
  formId: string;
  poolId: string;
  subnets: readonly Subnet[];
  servers: readonly Server[];
  existing: readonly Member[];
  onSubmit(members: BatchMember[]): void;
}) {
  const { t } = useTranslation('groups');
  const [empty, setEmpty] = useState(false);
  const form = useZodForm(pasteSchema, { defaultValues: { text: '' } });
  const text = useWatch({ control: form.control, name: 'text' });
  const result = useMemo(
    () => parseMemberPaste(text, { subnets, existing, servers }),
    [text, subnets, existing, servers],
  );
  const members = result.valid.map((line) => line.member);
  const cidrs = subnets.map((subnet) => subnet.cidr).join(', ');
  const submit = form.handleSubmit(() => {
    setEmpty(members.length === 0);
    if (members.length > 0) onSubmit(members);
  });
  return (
    <Box
      component="form"
      id={formId}
      noValidate
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'grid', gap: 1.5 }}
    >
      <FormTextField
        control={form.control}
        name="text"
        label={t('paste.label')}
        multiline
        minRows={6}
        maxRows={16}
        helperText={t('paste.help', { cidrs })}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
      {result.errors.length > 0 ? (
        <Alert severity="error" role="alert">
          <AlertTitle>{t('paste.errorsTitle', { count: result.errors.length })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {result.errors.slice(0, SHOWN_ERRORS).map((error) => (
              <li key={error.line}>
                {t('paste.lineError', {
                  line: error.line,
                  text: error.text,
                  issues: error.issues.map((issue) => issueText(t, issue, cidrs)).join(' '),
                })}
              </li>
            ))}
          </Box>
          {result.errors.length > SHOWN_ERRORS
            ? t('paste.moreErrors', { count: result.errors.length - SHOWN_ERRORS })
            : null}
        </Alert>
      ) : null}
      {members.length > 0 ? (
        <Typography role="status">
          {result.errors.length > 0
            ? t('paste.readySkipping', { count: members.length, skipped: result.errors.length })
            : t('paste.ready', { count: members.length })}
        </Typography>
      ) : null}
      {empty ? <Alert severity="error">{t('paste.nothing')}</Alert> : null}
      <BatchPreview poolId={poolId} members={members} />
    </Box>
  );
}
