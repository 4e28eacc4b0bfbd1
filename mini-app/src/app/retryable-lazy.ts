// React.lazy remembers a failed import for good; a screen whose chunk failed to download
// (network dropped) gets a fresh lazy component when the person taps "Thử lại".
import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react';

const failed = new Set<() => void>();

export type Screen = ComponentType & { preload: () => void };

export function retryableLazy<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Screen {
  let current: LazyExoticComponent<ComponentType>;
  const make = () => {
    current = lazy(() =>
      load().then(
        (m) => ({ default: m[name] }),
        (err: unknown) => {
          failed.add(make);
          throw err;
        },
      ),
    );
  };
  make();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module load, never during render
  const Screen = () => createElement(current);
  Screen.displayName = `Screen(${name})`;
  // Fetch the code ahead (the browser keeps the module): opened later without a network, it still works.
  Screen.preload = () => void load().catch(() => undefined);
  return Screen;
}

/** New lazy components for every screen that failed to load (the next render imports again). */
export function retryFailedScreens(): void {
  for (const make of failed) make();
  failed.clear();
}
