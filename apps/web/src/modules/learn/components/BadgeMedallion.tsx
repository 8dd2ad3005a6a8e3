import { IconAward } from '@tabler/icons-react';
import classes from './Learn.module.css';

/** A badge as a medallion: gold once earned, a quiet hairline while still in progress. Decorative: the name says it. */
export function BadgeMedallion({ earned, size = 'md' }: { earned: boolean; size?: 'md' | 'lg' }) {
  return (
    <span className={classes.medallion} data-earned={earned || undefined} data-size={size} aria-hidden="true">
      <IconAward size={size === 'lg' ? 30 : 22} stroke={1.25} />
    </span>
  );
}
