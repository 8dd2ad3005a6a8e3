import { SpaceWelcome } from '../modules/shell/components/SpaceWelcome';

export function StudioPage() {
  return <SpaceWelcome space="studio" />;
}
