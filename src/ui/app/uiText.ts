// The app's own words for the chosen language, from flows/shared/ui.json (or its translation), via React context.
import { createContext, useContext } from 'react';
import type { UiText } from '../../flow/schema.ts';
import type { CoreUiText } from '../../flow/split.ts';

/** The words of the frame, the questions, the privacy panel and the notices: in the first download. */
const FrameTextContext = createContext<CoreUiText | undefined>(undefined);
/** Every word, for the screens that come with the full bundle. */
const UiTextContext = createContext<UiText | undefined>(undefined);

export const FrameTextProvider = FrameTextContext.Provider;
export const UiTextProvider = UiTextContext.Provider;

export function useFrameText(): CoreUiText {
  const frame = useContext(FrameTextContext);
  const full = useContext(UiTextContext);
  const text = frame ?? full;
  if (!text) throw new Error('useFrameText needs a FrameTextProvider above it');
  return text;
}

export function useUiText(): UiText {
  const text = useContext(UiTextContext);
  if (!text) throw new Error('useUiText needs a UiTextProvider above it (a screen of the full bundle)');
  return text;
}

/** Fills "{name}" slots; the lint guarantees every translation keeps the slots of the Chinese. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
