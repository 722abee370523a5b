/** Name, description and tags of a new load balancer (at most 10 tags at creation, C1). */
import { useTranslation } from 'react-i18next';
import { useController } from 'react-hook-form';
import { MAX_TAGS_AT_LB_CREATION, type Tag } from '../../../../contract/elb-v2/tags';
import { FormTextField } from '../../../components/form/form-text-field';
import { TagEditor } from '../../../components/tags/tag-editor';
import type { CreateFormApi } from './create-form-types';
import { FormSection } from '../../../components/form/form-section';

export function CreateBasicsSection({ form }: { form: CreateFormApi }) {
  const { t } = useTranslation('lb');
  const { field } = useController({ control: form.control, name: 'tags' });
  const tags: Tag[] = field.value ?? [];
  return (
    <FormSection title={t('create.basics.title')}>
      <FormTextField
        control={form.control}
        name="name"
        label={t('create.basics.name')}
        required
        helperText={t('create.basics.nameHelp')}
      />
      <FormTextField
        control={form.control}
        name="description"
        label={t('create.basics.description')}
        multiline
        minRows={2}
        helperText={t('create.basics.descriptionHelp')}
      />
      <TagEditor
        tags={tags}
        max={MAX_TAGS_AT_LB_CREATION}
        onSave={async (tag) => field.onChange([...tags.filter((item) => item.key !== tag.key), tag])}
        onDelete={async (key) => field.onChange(tags.filter((item) => item.key !== key))}
      />
    </FormSection>
  );
}
