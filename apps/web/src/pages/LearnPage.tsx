import { SpaceWelcome } from '../modules/shell/components/SpaceWelcome';

export function LearnPage() {
  return <SpaceWelcome space="learn" />;
}
