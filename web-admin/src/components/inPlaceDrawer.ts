import type { DrawerProps } from '@mantine/core';

/**
 * Drawer props for a drawer rendered where it is written, inside <main>, instead of in a portal
 * at the end of <body>: there its <header> would be a second banner landmark (axe
 * landmark-no-duplicate-banner). In place, the fixed layer must be pinned to the left edge
 * itself; Mantine leaves `left` to the static position, which is the page's margin here.
 */
export const IN_PLACE_DRAWER = {
  withinPortal: false,
  styles: { inner: { left: 0 } },
} satisfies Partial<DrawerProps>;
