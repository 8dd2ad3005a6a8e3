import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SkillCategory } from '../../../generated/graphql';

/** In the order authors think of them: the maison's story first, the client last. */
export const SKILL_CATEGORIES: SkillCategory[] = ['HERITAGE', 'PRODUCT', 'CRAFT_MATERIALS', 'CLIENTELING', 'SERVICE'];

export function SkillCategoryBadge({ category }: { category: SkillCategory }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gold" radius="xs" size="sm">
      {t(`studio.skills.categories.${category}`)}
    </Badge>
  );
}
