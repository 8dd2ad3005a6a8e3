import { SpaceShell } from './SpaceShell';

const STUDIO_SECTIONS = ['programs', 'modules', 'questions', 'skills', 'review', 'translations', 'statistics', 'gaps'] as const;

/** The Studio space: skills for now; programs, modules and the question bank join it. */
export function StudioShell() {
  return <SpaceShell space="studio" sections={STUDIO_SECTIONS} />;
}
