// The app's own words for the chosen language, from flows/shared/ui.json (or its translation), via React context.
import { createContext, useContext } from 'react';
import type { UiText } from '../flow/schema.ts';

const UiTextContext = createContext<UiText | undefined>(undefined);

export const UiTextProvider = UiTextContext.Provider;

export function useUiText(): UiText {
  const text = useContext(UiTextContext);
  if (!text) throw new Error('useUiText needs a UiTextProvider above it');
  return text;
}

/** Fills "{name}" slots; the lint guarantees every translation keeps the slots of the Chinese. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
