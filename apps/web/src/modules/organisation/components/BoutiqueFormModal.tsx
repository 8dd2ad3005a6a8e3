import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { BoutiqueRow_BoutiqueFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { TimezoneSelect } from '../../../ui/TimezoneSelect';
import { useSaveBoutique } from '../hooks/useOrganisationMutations';
import { FormActions } from '../../../ui/FormActions';

interface FormState {
  regionId: string | null;
  name: string;
  city: string;
  country: string;
  timezone: string | null;
  locale: string | null;
}

export interface BoutiqueFormModalProps {
  opened: boolean;
  /** null to create a boutique (in `defaultRegionId`). */
  boutique: BoutiqueRow_BoutiqueFragment | null;
  defaultRegionId: string | null;
  regions: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
}

export function BoutiqueFormModal({ opened, boutique, defaultRegionId, regions, onClose }: BoutiqueFormModalProps) {
  const { t } = useTranslation();
  const { saveBoutique, loading } = useSaveBoutique();
  const [form, setForm] = useState<FormState>({ regionId: null, name: '', city: '', country: '', timezone: null, locale: 'en' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // The values as opened: an edit sends only what differs from them, so another admin's change meanwhile to a field
  // left alone (a time zone corrected, which moves its advisors) is not reverted.
  const openedWith = useRef<FormState | null>(null);

  useEffect(() => {
    if (!opened) return;
    const initial = {
      regionId: boutique?.region.id ?? defaultRegionId,
      name: boutique?.name ?? '',
      city: boutique?.city ?? '',
      country: boutique?.country ?? '',
      timezone: boutique?.timezone ?? null,
      locale: boutique?.locale ?? 'en',
    };
    openedWith.current = initial;
    setForm(initial);
    setErrors({});
    setFormError(null);
  }, [opened, boutique, defaultRegionId]);

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((previous) => ({ ...previous, [key]: value }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const found: Record<string, string> = {};
    if (!form.regionId) found['regionId'] = t('organisation.errors.regionRequired');
    if (!form.name.trim()) found['name'] = t('organisation.errors.nameRequired');
    if (!form.city.trim()) found['city'] = t('organisation.errors.cityRequired');
    if (!/^[A-Za-z]{2}$/.test(form.country.trim())) found['country'] = t('organisation.errors.countryFormat');
    if (!form.timezone) found['timezone'] = t('organisation.errors.timezoneRequired');
    if (!form.locale) found['locale'] = t('organisation.errors.localeRequired');
    setErrors(found);
    if (Object.keys(found).length > 0 || !form.regionId || !form.timezone || !form.locale) return;
    try {
      await saveBoutique(
        boutique?.id ?? null,
        {
          regionId: form.regionId,
          name: form.name.trim(),
          city: form.city.trim(),
          country: form.country.trim().toUpperCase(),
          timezone: form.timezone,
          locale: form.locale,
        },
        openedWith.current,
      );
      onClose();
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'VALIDATION_FAILED') {
        setErrors(fieldIssues(t, caught));
        setFormError(t('errors.checkFields'));
      } else if (code === 'NAME_TAKEN') setErrors({ name: t('organisation.errors.nameTaken') });
      else setFormError(t('errors.generic'));
    }
  }

  const title = boutique ? t('organisation.editBoutique') : t('organisation.newBoutique');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <Select
            label={t('organisation.fields.region')}
            required
            allowDeselect={false}
            data={regions.map((region) => ({ value: region.id, label: region.name }))}
            value={form.regionId}
            error={errors['regionId']}
            onChange={(value) => set('regionId', value)}
          />
          <TextInput label={t('organisation.fields.boutiqueName')} required value={form.name} error={errors['name']} onChange={(event) => set('name', event.currentTarget.value)} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('organisation.fields.city')} required value={form.city} error={errors['city']} onChange={(event) => set('city', event.currentTarget.value)} />
            <TextInput
              label={t('organisation.fields.country')}
              description={t('organisation.countryHelp')}
              required
              maxLength={2}
              value={form.country}
              error={errors['country']}
              onChange={(event) => set('country', event.currentTarget.value.toUpperCase())}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TimezoneSelect label={t('organisation.fields.timezone')} required allowDeselect={false} value={form.timezone} error={errors['timezone']} onChange={(value) => set('timezone', value)} />
            <Select
              label={t('organisation.fields.locale')}
              required
              allowDeselect={false}
              data={[
                { value: 'en', label: t('locales.en') },
                { value: 'fr', label: t('locales.fr') },
              ]}
              value={form.locale}
              error={errors['locale']}
              onChange={(value) => set('locale', value)}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
