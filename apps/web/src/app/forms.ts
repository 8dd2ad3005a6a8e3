import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues, type ApiErrorCode } from './graphql-errors';

export type FieldErrors = Record<string, string>;

/** Field errors for the API codes a form knows how to place (`CODE_TAKEN` → the code field). */
export type KnownFailures = Partial<Record<ApiErrorCode, FieldErrors>>;

export interface FormFailure {
  /** The errors to show next to their fields; undefined leaves the fields as they are. */
  errors?: FieldErrors;
  /** The notice above the form, or null. */
  formError: string | null;
}

/**
 * What a refused save means for a form: a known code on its field, VALIDATION_FAILED's issues on theirs with "check the
 * fields" above, anything else as a generic notice.
 */
export function formFailure(t: TFunction, caught: unknown, known: KnownFailures = {}): FormFailure {
  const code = apiErrorCode(caught);
  const placed = code ? known[code] : undefined;
  if (placed) return { errors: placed, formError: null };
  if (code === 'VALIDATION_FAILED') return { errors: fieldIssues(t, caught), formError: t('errors.checkFields') };
  return { formError: t('errors.generic') };
}

/** A form's field errors and its notice, and `showFailure` to put a refused save's errors where they belong. */
export function useFormErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const showFailure = useCallback(
    (caught: unknown, known?: KnownFailures) => {
      const failure = formFailure(t, caught, known);
      if (failure.errors) setErrors(failure.errors);
      setFormError(failure.formError);
    },
    [t],
  );
  return { errors, setErrors, formError, setFormError, showFailure };
}

/** A modal's form: its values, started afresh from `empty` (a constant) each time the modal opens, and its errors. */
export function useModalForm<F extends object>(empty: F, opened: boolean) {
  const initial = useRef(empty);
  const [form, setForm] = useState<F>(empty);
  const formErrors = useFormErrors();
  const { setErrors, setFormError } = formErrors;

  useEffect(() => {
    if (!opened) return;
    setForm(initial.current);
    setErrors({});
    setFormError(null);
  }, [opened, setErrors, setFormError]);

  const set = useCallback(<K extends keyof F>(key: K, value: F[K]) => setForm((previous) => ({ ...previous, [key]: value })), []);
  return { form, set, ...formErrors };
}

/**
 * The fields of `values` that differ from `openedWith`, the values an edit form was opened with: an edit sends only
 * these, so a field another admin (or the person themself) changed meanwhile and this one left alone is not reverted.
 * Compared with ===, for scalar fields.
 */
export function changedFields<T extends object>(values: T, openedWith: Partial<Record<keyof T, unknown>> | null | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([field, value]) => openedWith?.[field as keyof T] !== value)) as Partial<T>;
}

/**
 * The largest file an import takes (a user or question CSV, a program package): what the API reads in one request
 * (the user import refuses more, and the body limit is 3 MB with its JSON envelope), checked before sending.
 */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
