import { Alert, Button, Checkbox, Grid, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { UpdateLearningNeedRequest, type LearningNeed } from '@peerhub/contracts';
import { activeRoleIn, isAdmin } from '@peerhub/domain';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { currentLocale } from '../../../i18n/locale-store';
import { useNavigate } from 'react-router';
import { languageOptions, topicOptions } from '../../../components/ui/labels';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useCreateLearningNeed } from '../api/create-learning-need';
import { useUpdateLearningNeed } from '../api/update-learning-need';
import { formErrors, newNeedValues, toRequest, validateNeed, valuesOf, type NeedFormValues } from '../model/form-values';
import { formatOptions } from '../model/labels';
import { FormSection, showFirstError } from '../../../components/ui/form-section';

/**
 * Posts or edits a learning need. Validation is the contract's (CreateLearningNeedRequest, with its
 * time-frame rule); the API's field problems land on the same fields. A draft can be saved as it is
 * or saved and posted (opened to the coordinators' matching) in one go.
 */
export function NeedForm({ need, allianceOptions, defaultAllianceId }: { need?: LearningNeed; allianceOptions: Array<{ value: string; label: string }>; defaultAllianceId: string }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const navigate = useNavigate();
  const create = useCreateLearningNeed();
  const update = useUpdateLearningNeed();
  const [error, setError] = useState<string | null>(null);
  const [posting, setPosting] = useState(false);
  const form = useForm<NeedFormValues>({
    mode: 'controlled',
    initialValues: need ? valuesOf(need) : newNeedValues(defaultAllianceId, me.languages, currentLocale()),
    validate: validateNeed,
  });
  const v = form.getValues();
  const draft = !need || need.status === 'draft';
  // Coordinators may post a need on behalf of an agency of their alliance.
  const forAgency = (actor !== null && v.allianceId !== '' && (isAdmin(actor) || activeRoleIn(actor, v.allianceId) === 'coordinator')) || v.organisation !== '';

  const save = async (values: NeedFormValues, post: boolean) => {
    setError(null);
    setPosting(post);
    try {
      if (need) {
        const { allianceId: _alliance, ...changes } = toRequest(values);
        const saved = await update.mutateAsync({ id: need.id, body: UpdateLearningNeedRequest.parse(changes), post });
        notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: post ? 'learning.form.posted' : 'learning.form.saved' }), message: saved.title });
        await navigate(`/learning/${saved.id}`);
      } else {
        const created = await create.mutateAsync({ body: toRequest(values), post });
        notifications.show({
          color: 'peerhub',
          title: intl.formatMessage({ id: post ? 'learning.form.posted' : 'learning.form.draftSaved' }),
          message: intl.formatMessage({ id: post ? 'learning.form.postedMessage' : 'learning.form.draftSavedMessage' }),
        });
        await navigate(`/learning/${created.id}`);
      }
    } catch (e) {
      const errors = formErrors(fieldErrors(e));
      form.setErrors(errors);
      if (Object.keys(errors).length) showFirstError();
      else setError(errorMessage(e));
    }
  };
  // Which button submitted the form ("Save draft" or "Save and post"); Enter in a field saves as it is.
  const posts = (event: FormEvent<HTMLFormElement> | undefined) => ((event?.nativeEvent as SubmitEvent | undefined)?.submitter as HTMLElement | null | undefined)?.dataset.intent === 'post';
  const submit = form.onSubmit((values, event) => save(values, posts(event)), showFirstError);
  const problems = Object.keys(form.errors).length;
  const busy = create.isPending || update.isPending;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {(error || problems > 0) && (
          <Alert color="red" role="alert">
            {error ?? intl.formatMessage({ id: 'learning.form.problems' }, { count: problems })}
          </Alert>
        )}
        <FormSection id="n-need" title={intl.formatMessage({ id: 'learning.form.section.need' })}>
          {!need && allianceOptions.length > 1 && (
            <Select label={intl.formatMessage({ id: 'learning.form.alliance' })} description={intl.formatMessage({ id: 'learning.form.alliance.description' })} data={allianceOptions} required allowDeselect={false} {...form.getInputProps('allianceId')} />
          )}
          <TextInput label={intl.formatMessage({ id: 'learning.form.title' })} description={intl.formatMessage({ id: 'learning.form.title.description' })} required autoComplete="off" {...form.getInputProps('title')} />
          <Textarea
            label={intl.formatMessage({ id: 'learning.form.challenge' })}
            description={intl.formatMessage({ id: 'learning.form.challenge.description' })}
            required
            autosize
            minRows={4}
            maxRows={14}
            {...form.getInputProps('challenge')}
          />
          <MultiSelect label={intl.formatMessage({ id: 'learning.form.topics' })} data={topicOptions()} required searchable maxValues={6} placeholder={v.topics.length ? undefined : intl.formatMessage({ id: 'learning.form.pickOneOrMore' })} {...form.getInputProps('topics')} />
        </FormSection>

        <FormSection id="n-learn" title={intl.formatMessage({ id: 'learning.form.section.learn' })}>
          <Textarea
            label={intl.formatMessage({ id: 'learning.form.outcomes' })}
            description={intl.formatMessage({ id: 'learning.form.outcomes.description' })}
            required
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('outcomes')}
          />
          <Textarea
            label={intl.formatMessage({ id: 'learning.form.addedValue' })}
            description={intl.formatMessage({ id: 'learning.form.addedValue.description' })}
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('addedValue')}
          />
        </FormSection>

        <FormSection id="n-how" title={intl.formatMessage({ id: 'learning.form.section.how' })}>
          <Checkbox.Group label={intl.formatMessage({ id: 'learning.form.formats' })} description={intl.formatMessage({ id: 'learning.form.formats.description' })} required {...form.getInputProps('formats')}>
            <Group gap="md" mt="xs">
              {formatOptions().map((f) => (
                <Checkbox key={f.value} value={f.value} label={f.label} />
              ))}
            </Group>
          </Checkbox.Group>
          <MultiSelect label={intl.formatMessage({ id: 'learning.form.languages' })} data={languageOptions()} required searchable placeholder={v.languages.length ? undefined : intl.formatMessage({ id: 'learning.form.pickOneOrMore' })} {...form.getInputProps('languages')} />
          <Select label={intl.formatMessage({ id: 'learning.form.writtenIn' })} description={intl.formatMessage({ id: 'learning.form.writtenIn.description' })} data={languageOptions()} required searchable allowDeselect={false} maw={360} {...form.getInputProps('language')} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, xs: 6, sm: 4 }}>
              <TextInput type="month" label={intl.formatMessage({ id: 'learning.form.timeFrom' })} placeholder="2027-03" required {...form.getInputProps('timeFrom')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, xs: 6, sm: 4 }}>
              <TextInput type="month" label={intl.formatMessage({ id: 'learning.form.timeTo' })} placeholder="2027-06" required {...form.getInputProps('timeTo')} />
            </Grid.Col>
          </Grid>
          {forAgency && (
            <TextInput
              label={intl.formatMessage({ id: 'learning.form.organisation' })}
              description={intl.formatMessage({ id: 'learning.form.organisation.description' })}
              autoComplete="organization"
              {...form.getInputProps('organisation')}
            />
          )}
        </FormSection>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void navigate(need ? `/learning/${need.id}` : '/learning')}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          {draft ? (
            <>
              <Button type="submit" variant="light" loading={busy && !posting} disabled={busy && posting}>
                {intl.formatMessage({ id: 'learning.form.saveDraft' })}
              </Button>
              <Button type="submit" loading={busy && posting} disabled={busy && !posting} data-intent="post">
                {intl.formatMessage({ id: 'learning.form.saveAndPost' })}
              </Button>
            </>
          ) : (
            <Button type="submit" loading={busy}>
              {intl.formatMessage({ id: 'learning.form.saveChanges' })}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
