/** The certification threshold travels as a share (0.8); authors read and type a percentage (80). */
export function percentToThreshold(percent: number): number {
  return Math.round(percent * 10) / 1000;
}

export function thresholdToPercent(threshold: number): number {
  return Math.round(threshold * 1000) / 10;
}

/** A percentage the API accepts as a threshold: above 0, at most 100. */
export function isThresholdPercent(percent: number | ''): percent is number {
  return percent !== '' && percent > 0 && percent <= 100;
}
