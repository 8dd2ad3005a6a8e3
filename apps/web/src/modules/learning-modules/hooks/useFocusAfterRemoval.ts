import { useLayoutEffect, useRef } from 'react';

/** The heading of the page section holding `element`, made focusable from script (out of the tab order). */
function sectionHeading(element: HTMLElement | null): HTMLElement | null {
  const id = element?.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby');
  const heading = id ? document.getElementById(id) : null;
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

/**
 * Where keyboard focus goes when an item of a list is removed with its remove button (which goes with it, leaving
 * focus on the page body): to the remove button of the item that took its place, else of the item before it, else
 * (the list now empty) to the heading of the section holding the list.
 *
 * `count`: how many items the list shows. Put `ref` on an element that stays mounted and holds the items; call
 * `removing(index)` as an item's removal starts. A removal saved first (the program outline) moves focus once the
 * item is gone and, with `saving`, once the buttons disabled meanwhile are enabled again; focus the author has put
 * elsewhere meanwhile stays there.
 */
export function useFocusAfterRemoval<T extends HTMLElement = HTMLDivElement>(count: number, saving = false) {
  const ref = useRef<T>(null);
  const removal = useRef<{ index: number; count: number } | null>(null);

  useLayoutEffect(() => {
    const pending = removal.current;
    if (!pending || count >= pending.count || saving) return;
    removal.current = null;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    // MoveButtons marks each item's remove button.
    const buttons = ref.current?.querySelectorAll<HTMLElement>('[data-remove-button]') ?? [];
    (buttons[pending.index] ?? buttons[pending.index - 1] ?? sectionHeading(ref.current))?.focus();
  }, [count, saving]);

  return {
    ref,
    removing(index: number) {
      removal.current = { index, count };
    },
  };
}
