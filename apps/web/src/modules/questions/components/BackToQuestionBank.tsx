import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackToQuestionBank() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/studio/questions" size="sm" c="dimmed" mb="md" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden="true" />
      {t('studio.questions.back')}
    </Anchor>
  );
}
