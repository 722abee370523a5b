/**
 * "Configure forwarding policy" fields (FEATURES §4.8.1): Name, Domain Name, URL Matching Rule, URL,
 * Description, and a warning when the rules repeat another policy's (which would make this one Faulty).
 */
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { duplicateL7Policy } from '../../../../contract/elb-v2/l7-match';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { l7CompareTypes } from '../../../../contract/elb-v2/l7-rules';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormTextField } from '../../../components/form/form-text-field';
import { formRules, type PolicyFormValues } from '../model/policy-form';
import { matchable } from '../model/policy-rules';

export type PolicyForm = UseFormReturn<PolicyFormValues, unknown, PolicyFormValues>;

export function PolicyRuleFields({ form, others }: { form: PolicyForm; others: readonly L7Policy[] }) {
  const { t } = useTranslation('policies');
  const [domain, compareType, url] = useWatch({ control: form.control, name: ['domain', 'compare_type', 'url'] });
  const duplicate = duplicateL7Policy(others.map(matchable), {
    rules: formRules({ domain, compare_type: compareType, url }),
  });
  return (
    <>
      <Typography variant="h3">{t('dialog.policySection')}</Typography>
      <FormTextField control={form.control} name="name" label={t('dialog.name')} helperText={t('dialog.nameHelp')} />
      <FormTextField
        control={form.control}
        name="domain"
        label={t('dialog.domain')}
        helperText={t('dialog.domainHelp')}
      />
      <FormRadioGroup
        control={form.control}
        name="compare_type"
        label={t('dialog.compareType')}
        options={l7CompareTypes.map((value) => ({ value, label: t(`compareTypes.${value}`) }))}
        helperText={t('dialog.matching')}
        // The URL's rules depend on the matching rule: check the URL again once it has been checked.
        onValueChange={() => {
          if (form.getFieldState('url').isTouched || form.formState.isSubmitted) void form.trigger('url');
        }}
      />
      <FormTextField
        control={form.control}
        name="url"
        label={t('dialog.url')}
        helperText={t(`dialog.urlHelp.${compareType}`)}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      {duplicate ? (
        <Alert severity="warning" sx={{ overflowWrap: 'anywhere' }}>
          {t('dialog.duplicate', { name: duplicate.policy.name || duplicate.policy.id })}
        </Alert>
      ) : null}
      <FormTextField
        control={form.control}
        name="description"
        label={t('dialog.description')}
        helperText={t('dialog.descriptionHelp')}
        multiline
        minRows={2}
      />
    </>
  );
}
