import { Center, Loader } from '@mantine/core';

export function CenteredLoader({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader color="gold" size="sm" aria-label={label} />
    </Center>
  );
}
