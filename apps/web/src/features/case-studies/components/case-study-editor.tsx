import { Alert, Button, Card, Grid, Group, Loader, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import type { CaseStudyDetail, CreateCaseStudyRequest, UpdateCaseStudyRequest } from '@peerhub/contracts';
import { IconCheck, IconCloudUpload } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { countryOptions } from '../../../components/ui/country';
import { languageOptions, topicOptions } from '../../../components/ui/labels';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { useGroups } from '../../groups';
import { usePeople } from '../../people';
import { useOrganisationOptions } from '../../reference-data';
import { useCreateCaseStudy, useUpdateCaseStudy } from '../api/save-case-study';
import { newValues, toRequest, validateNew, validateUpdate, validateUpdateRequest, valuesOf, type CaseStudyFormValues } from '../model/form-values';
import { fieldName, stageOptions, visibilityOptions } from '../model/labels';
import { AttachmentList } from './attachment-list';
import { AttachmentUpload } from './attachment-upload';
import { MarkdownView } from './markdown-view';
import { FormSection } from '../../../components/ui/form-section';

const AUTOSAVE_AFTER_MS = 1200;

type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

/**
 * Writes a case study. A new one is created as a draft once its essentials are valid; from then on
 * every change is saved by itself a moment after typing stops (each save that changes something is
 * a version), with the state shown beside the title. Validation is the contracts' schemas'.
 */
export function CaseStudyEditor({ study }: { study?: CaseStudyDetail }) {
  const intl = useIntl();
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateCaseStudy();
  const update = useUpdateCaseStudy();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CaseStudyFormValues>({
    mode: 'controlled',
    initialValues: study ? valuesOf(study) : newValues(me.country),
    validate: study ? validateUpdate : validateNew,
  });
  const values = form.getValues();

  // Autosave: the text last saved, so only changes are saved and our own answer never loops.
  const serialised = JSON.stringify(toRequest(values));
  const [lastSaved, setLastSaved] = useState(serialised);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(study?.version ?? 0);
  const [debounced] = useDebouncedValue(serialised, AUTOSAVE_AFTER_MS);
  const problems = study ? validateUpdate(values) : {};
  const saveState: SaveState = update.isPending ? 'saving' : failed ? 'failed' : serialised === lastSaved ? 'saved' : Object.keys(problems).length > 0 ? 'invalid' : 'pending';
  const { mutate: save, isPending: saving } = update;
  const { setErrors, clearErrors } = form;
  useEffect(() => {
    // Runs again when a save ends, so what was typed meanwhile is saved next.
    if (!study || debounced === lastSaved || saving) return;
    const request = JSON.parse(debounced) as UpdateCaseStudyRequest;
    const invalid = validateUpdateRequest(request);
    if (Object.keys(invalid).length > 0) {
      setErrors(invalid);
      return;
    }
    save(
      { id: study.id, body: request },
      {
        onSuccess: (saved) => {
          setLastSaved(debounced);
          setVersion(saved.version);
          setFailed(false);
          setError(null);
          clearErrors();
        },
        onError: (e) => {
          setErrors(fieldErrors(e));
          setError(errorMessage(e));
          setFailed(true);
        },
      },
    );
  }, [debounced, study, saving, lastSaved, save, setErrors, clearErrors]);

  const submitNew = form.onSubmit(async (v) => {
    setError(null);
    try {
      const created = await create.mutateAsync(toRequest(v) as CreateCaseStudyRequest);
      await navigate(`/case-studies/${created.id}/edit`, { replace: true });
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(errorMessage(e));
    }
  });

  const organisations = useOrganisationOptions();
  const alliances = me.memberships.filter((m) => m.status === 'active');
  const groups = useGroups({ allianceId: values.allianceId ?? undefined, pageSize: 100, status: 'active' });
  const [peopleSearch, setPeopleSearch] = useState('');
  const people = usePeople({ q: peopleSearch || undefined, pageSize: 20 });
  // The names of the chosen experts, kept when the search moves on to other people.
  const [chosenNames, setChosenNames] = useState(() => new Map((study?.contacts ?? []).map((c) => [c.personId, c.name])));
  const peopleOptions = new Map(chosenNames);
  for (const p of people.data?.items ?? []) peopleOptions.set(p.id, p.name);
  const contactProps = form.getInputProps('contactIds');

  return (
    <form onSubmit={study ? (e) => e.preventDefault() : submitNew} noValidate>
      <Stack gap="lg">
        {study && <SaveIndicator state={saveState} version={version} />}
        {error && (
          <Alert color="red" role="alert" title={intl.formatMessage({ id: 'caseStudies.editor.notSaved' })}>
            {error}
          </Alert>
        )}
        <FormSection id="cs-essentials" title={intl.formatMessage({ id: 'caseStudies.editor.essentials' })} description={intl.formatMessage({ id: 'caseStudies.editor.essentialsDescription' })}>
          <TextInput label={fieldName('title')} required {...form.getInputProps('title')} />
          <Textarea label={fieldName('summary')} description={intl.formatMessage({ id: 'caseStudies.editor.summaryDescription' })} required autosize minRows={2} {...form.getInputProps('summary')} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={fieldName('country')} required searchable data={countryOptions()} {...form.getInputProps('country')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={fieldName('organisationId')} clearable searchable data={organisations} {...form.getInputProps('organisationId')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MultiSelect label={fieldName('topics')} placeholder={intl.formatMessage({ id: 'caseStudies.editor.topicsPlaceholder' })} required data={topicOptions()} maxValues={6} {...form.getInputProps('topics')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={intl.formatMessage({ id: 'caseStudies.editor.stage' })} required data={stageOptions()} allowDeselect={false} {...form.getInputProps('stage')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={intl.formatMessage({ id: 'caseStudies.editor.language' })}
                description={intl.formatMessage({ id: 'caseStudies.editor.languageDescription' })}
                required
                searchable
                data={languageOptions()}
                allowDeselect={false}
                {...form.getInputProps('language')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput label={intl.formatMessage({ id: 'caseStudies.editor.year' })} min={1990} max={2100} allowDecimal={false} {...form.getInputProps('year')} />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection id="cs-story" title={fieldName('body')} description={intl.formatMessage({ id: 'caseStudies.editor.storyDescription' })}>
          <Tabs defaultValue="write" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">{intl.formatMessage({ id: 'caseStudies.editor.write' })}</Tabs.Tab>
              <Tabs.Tab value="preview">{intl.formatMessage({ id: 'caseStudies.editor.preview' })}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="sm">
              <Textarea aria-label={intl.formatMessage({ id: 'caseStudies.editor.storyMarkdown' })} autosize minRows={10} maxRows={30} {...form.getInputProps('body')} />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="sm">
              <Card withBorder padding="md" mih={200} aria-label={intl.formatMessage({ id: 'caseStudies.editor.preview' })}>
                {values.body.trim() ? <MarkdownView markdown={values.body} /> : <Text c="dimmed">{intl.formatMessage({ id: 'caseStudies.editor.nothingToPreview' })}</Text>}
              </Card>
            </Tabs.Panel>
          </Tabs>
          <Textarea label={fieldName('results')} description={intl.formatMessage({ id: 'caseStudies.editor.resultsDescription' })} autosize minRows={3} {...form.getInputProps('results')} />
          <Textarea label={fieldName('lessons')} autosize minRows={3} {...form.getInputProps('lessons')} />
        </FormSection>

        <FormSection id="cs-people" title={intl.formatMessage({ id: 'caseStudies.editor.peopleSection' })}>
          <MultiSelect
            label={fieldName('contactIds')}
            placeholder={intl.formatMessage({ id: 'caseStudies.editor.contactsPlaceholder' })}
            searchable
            maxValues={10}
            searchValue={peopleSearch}
            onSearchChange={setPeopleSearch}
            data={[...peopleOptions.entries()].map(([value, label]) => ({ value, label }))}
            {...contactProps}
            onChange={(ids: string[]) => {
              setChosenNames(new Map(ids.map((id) => [id, peopleOptions.get(id) ?? id])));
              form.setFieldValue('contactIds', ids);
            }}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {intl.formatMessage({ id: 'caseStudies.editor.visibility' })}
            </Text>
            <SegmentedControl data={visibilityOptions()} {...form.getInputProps('visibility')} />
          </Stack>
          {values.visibility !== 'everyone' && (
            <Select label={fieldName('allianceId')} required data={alliances.map((m) => ({ value: m.allianceId, label: m.allianceName }))} {...form.getInputProps('allianceId')} />
          )}
          {values.visibility === 'group' && (
            <Select label={fieldName('groupId')} required disabled={!values.allianceId} data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))} {...form.getInputProps('groupId')} />
          )}
        </FormSection>

        {study ? (
          <FormSection id="cs-files" title={intl.formatMessage({ id: 'caseStudies.files.label' })} description={intl.formatMessage({ id: 'caseStudies.editor.filesDescription' })}>
            <AttachmentList caseStudyId={study.id} attachments={study.attachments} removable />
            <AttachmentUpload caseStudyId={study.id} />
          </FormSection>
        ) : (
          <Group justify="flex-end">
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'caseStudies.editor.filesLater' })}
            </Text>
            <Button type="submit" loading={create.isPending}>
              {intl.formatMessage({ id: 'caseStudies.editor.createDraft' })}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function SaveIndicator({ state, version }: { state: SaveState; version: number }) {
  const intl = useIntl();
  const text: Record<SaveState, ReactNode> = {
    saved: (
      <>
        <IconCheck size={14} aria-hidden /> {intl.formatMessage({ id: 'caseStudies.editor.saved' }, { version })}
      </>
    ),
    pending: intl.formatMessage({ id: 'caseStudies.editor.unsaved' }),
    saving: (
      <>
        <Loader size={12} /> {intl.formatMessage({ id: 'caseStudies.editor.saving' })}
      </>
    ),
    invalid: intl.formatMessage({ id: 'caseStudies.editor.invalid' }),
    failed: intl.formatMessage({ id: 'caseStudies.editor.failed' }),
  };
  return (
    <Group gap={6} role="status" aria-live="polite" data-save-state={state} c={state === 'invalid' || state === 'failed' ? 'red' : 'dimmed'}>
      {state === 'saved' ? null : state === 'pending' ? <IconCloudUpload size={14} aria-hidden /> : null}
      <Text size="sm" component="span" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
        {text[state]}
      </Text>
    </Group>
  );
}
