import { Alert, Button, Card, Grid, Group, Loader, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import type { CaseStudyDetail, CreateCaseStudyRequest, UpdateCaseStudyRequest } from '@peerhub/contracts';
import { IconCheck, IconCloudUpload } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
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
import { STAGE_OPTIONS, VISIBILITY_OPTIONS } from '../model/labels';
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
          <Alert color="red" role="alert" title="Not saved">
            {error}
          </Alert>
        )}
        <FormSection id="cs-essentials" title="The case" description="What a peer needs to decide whether it is for them.">
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Textarea label="Summary" description="A sentence or two: what was done, and what it changed." required autosize minRows={2} {...form.getInputProps('summary')} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Country" required searchable data={countryOptions()} {...form.getInputProps('country')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Organisation" clearable searchable data={organisations} {...form.getInputProps('organisationId')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MultiSelect label="Topics" placeholder="Pick up to six" required data={topicOptions()} maxValues={6} {...form.getInputProps('topics')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Stage of the reform" required data={STAGE_OPTIONS} allowDeselect={false} {...form.getInputProps('stage')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label="Language it is written in" description="Search understands English and Russian words in all their forms" required searchable data={languageOptions()} allowDeselect={false} {...form.getInputProps('language')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NumberInput label="Year of the reform" min={1990} max={2100} allowDecimal={false} {...form.getInputProps('year')} />
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection id="cs-story" title="The story" description="Markdown: **bold**, _italic_, lists, links, ## headings. Images go in as files below.">
          <Tabs defaultValue="write" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">Write</Tabs.Tab>
              <Tabs.Tab value="preview">Preview</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="sm">
              <Textarea aria-label="The story (markdown)" autosize minRows={10} maxRows={30} {...form.getInputProps('body')} />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="sm">
              <Card withBorder padding="md" mih={200} aria-label="Preview">
                {values.body.trim() ? <MarkdownView markdown={values.body} /> : <Text c="dimmed">Nothing to preview yet.</Text>}
              </Card>
            </Tabs.Panel>
          </Tabs>
          <Textarea label="Results" description="What changed, with figures" autosize minRows={3} {...form.getInputProps('results')} />
          <Textarea label="Lessons learned" autosize minRows={3} {...form.getInputProps('lessons')} />
        </FormSection>

        <FormSection id="cs-people" title="Experts to contact and readers">
          <MultiSelect
            label="Experts to contact"
            placeholder="Search people by name"
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
              Who may read it once published
            </Text>
            <SegmentedControl data={VISIBILITY_OPTIONS} {...form.getInputProps('visibility')} />
          </Stack>
          {values.visibility !== 'everyone' && (
            <Select label="Alliance" required data={alliances.map((m) => ({ value: m.allianceId, label: m.allianceName }))} {...form.getInputProps('allianceId')} />
          )}
          {values.visibility === 'group' && (
            <Select label="Group" required disabled={!values.allianceId} data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))} {...form.getInputProps('groupId')} />
          )}
        </FormSection>

        {study ? (
          <FormSection id="cs-files" title="Files" description="PDFs, slides, documents and images. Their type is checked from their content.">
            <AttachmentList caseStudyId={study.id} attachments={study.attachments} removable />
            <AttachmentUpload caseStudyId={study.id} />
          </FormSection>
        ) : (
          <Group justify="flex-end">
            <Text size="sm" c="dimmed">
              Files can be added once the draft exists; from then on it saves itself.
            </Text>
            <Button type="submit" loading={create.isPending}>
              Create draft
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function SaveIndicator({ state, version }: { state: SaveState; version: number }) {
  const text: Record<SaveState, ReactNode> = {
    saved: (
      <>
        <IconCheck size={14} aria-hidden /> Saved (version {version})
      </>
    ),
    pending: 'Unsaved changes…',
    saving: (
      <>
        <Loader size={12} /> Saving…
      </>
    ),
    invalid: 'Not saved: fix the fields marked in red',
    failed: 'Not saved: see the message below',
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
