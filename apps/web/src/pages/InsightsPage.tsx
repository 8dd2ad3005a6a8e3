import { SpaceWelcome } from '../modules/shell/components/SpaceWelcome';

export function InsightsPage() {
  return <SpaceWelcome space="insights" />;
}
