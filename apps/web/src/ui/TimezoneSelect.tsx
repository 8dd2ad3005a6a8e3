import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

let cached: string[] | null = null;

/** Every IANA time zone the browser knows (`Intl.supportedValuesOf('timeZone')`), with UTC. */
export function ianaTimeZones(): string[] {
  if (!cached) {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cached = zones.includes('UTC') ? [...zones] : ['UTC', ...zones];
  }
  return cached;
}

export type TimezoneSelectProps = Omit<SelectProps, 'data' | 'searchable'>;

export function TimezoneSelect(props: TimezoneSelectProps) {
  const data = useMemo(() => ianaTimeZones(), []);
  return <Select {...props} data={data} searchable limit={50} nothingFoundMessage="—" />;
}
