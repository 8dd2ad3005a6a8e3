import { Button, Group, MultiSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues, prerequisiteCycle } from '../../../app/graphql-errors';
import type { SkillGraph_SkillFragment, SkillsTable_SkillFragment } from '../../../generated/graphql';
import { useSetSkillPrerequisites } from '../hooks/useSkillMutations';

export interface SkillPrerequisitesFormProps {
  skill: SkillsTable_SkillFragment;
  /** Every skill of the maison: the candidates (the skill itself excluded). */
  skills: ReadonlyArray<SkillGraph_SkillFragment>;
}

function sameIds(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Pick the skills to master first; saving replaces the whole list, and a loop is refused by name. */
export function SkillPrerequisitesForm({ skill, skills }: SkillPrerequisitesFormProps) {
  const { t } = useTranslation();
  const { setPrerequisites, loading } = useSetSkillPrerequisites(skill.id);
  const savedIds = skill.prerequisites.map((prerequisite) => prerequisite.id);
  // The list last read or saved: what "unchanged" compares with (the baseline of ProgramSettingsForm, the same way).
  const [base, setBase] = useState<string[]>(savedIds);
  const [selected, setSelected] = useState<string[]>(savedIds);
  // While a save is on its way the picker stays usable: what is picked meanwhile outlives the save (see save).
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const unchanged = sameIds(selected, base);
  // Another reading with other prerequisites (another author's save) refreshes a form with nothing unsaved; an
  // unsaved choice is kept instead.
  if (!sending && unchanged && !sameIds(savedIds, base)) {
    setBase(savedIds);
    setSelected(savedIds);
    setError(null);
  }

  const options = skills
    .filter((candidate) => candidate.id !== skill.id)
    .map((candidate) => ({ value: candidate.id, label: t('studio.skill.option', { name: candidate.name.text, code: candidate.code }) }));

  async function save() {
    setError(null);
    const sent = selected;
    setSending(true);
    try {
      await setPrerequisites(sent);
      // What was sent is now saved; anything picked since the request left stays in the form, unsaved.
      setBase(sent);
      notifications.show({ color: 'green', message: t('studio.skill.prerequisitesSaved') });
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'PREREQUISITE_CYCLE') {
        const cycle = prerequisiteCycle(caught);
        setError(cycle ? t('studio.skill.errors.cycleNamed', { cycle: cycle.join(' → ') }) : t('studio.skill.errors.cycle'));
      }
      else if (code === 'VALIDATION_FAILED') setError(fieldIssues(t, caught)['prerequisiteIds'] ?? t('errors.checkFields'));
      else setError(t('errors.generic'));
    } finally {
      setSending(false);
    }
  }

  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('studio.skill.prerequisitesLabel')}
        description={t('studio.skill.prerequisitesHelp')}
        placeholder={selected.length === 0 ? t('studio.skill.prerequisitesPlaceholder') : undefined}
        data={options}
        value={selected}
        onChange={(ids) => {
          setSelected(ids);
          setError(null);
        }}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('studio.skill.noOtherSkill')}
        error={error}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" disabled={unchanged || loading} onClick={() => setSelected(base)}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={loading} disabled={unchanged}>
          {t('studio.skill.savePrerequisites')}
        </Button>
      </Group>
    </Stack>
  );
}
