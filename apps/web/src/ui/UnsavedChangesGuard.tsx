import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationType, useBlocker } from 'react-router';

/**
 * While `unsaved`, edits that live only in an editor's state are not lost by leaving: a move to another page of the
 * app waits for the user to choose between staying and leaving, and the browser asks before the page itself is left
 * (reload, closing the tab, another address). A replacement is the app's own move after a save (a new question
 * becomes its page) and is let through, as are moves that keep the page (its search: the content language).
 */
export function UnsavedChangesGuard({ unsaved }: { unsaved: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation, historyAction }) => unsaved && historyAction !== NavigationType.Replace && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome and Edge before 119 ask only when returnValue is set.
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const stay = () => blocker.reset?.();
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title={t('common.unsavedChanges.title')}>
      <Stack gap="md">
        <Text size="sm">{t('common.unsavedChanges.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={stay} data-autofocus>
            {t('common.unsavedChanges.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('common.unsavedChanges.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
