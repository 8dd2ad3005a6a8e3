import { resolveText, type SkillCategory } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import { SkillEntity } from '../studio/entities/skill.entity';
import type { SkillRefModel } from './dtos/adaptive.model';

export type SkillNamer = (code: string) => SkillRefModel;

/** Names skills in the reader's locale (a code no longer in the maison's skills is shown as is). */
export async function skillNamer(manager: EntityManager, locale: string): Promise<SkillNamer> {
  const skills = await manager.find(SkillEntity, { select: { code: true, name: true, category: true } });
  const byCode = new Map(skills.map((skill) => [skill.code, skill]));
  return (code) => {
    const skill = byCode.get(code);
    return { code, name: skill ? resolveText(skill.name, locale).text : code, category: (skill?.category ?? 'PRODUCT') as SkillCategory };
  };
}
