import { Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';
import { FormActions } from './FormActions';

export interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The dialog's title, which also names the form. */
  title: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The notice above the fields, if any. */
  formError: string | null;
  loading: boolean;
  /** Defaults to "Save". */
  submitLabel?: string;
  children: ReactNode;
}

/** A form in a dialog: its notice, its fields, then Cancel and submit. The form checks itself (`noValidate`). */
export function FormModal({ opened, onClose, title, onSubmit, formError, loading, submitLabel, children }: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          {children}
          <FormActions onCancel={onClose} loading={loading} submitLabel={submitLabel} />
        </Stack>
      </form>
    </Modal>
  );
}
