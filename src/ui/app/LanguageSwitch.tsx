// In the header of every screen: the other languages, each a short mark in its own script, named in full for
// screen readers, so anyone can find theirs without the switch taking a screen's worth of room.
import { memo } from 'react';
import { LANGUAGES } from '../../flow/languages.ts';
import type { Language } from '../../flow/languages.ts';
import { useFrameText } from './uiText.ts';

export const LanguageSwitch = memo(function LanguageSwitch({
  current,
  onChange,
}: {
  current: Language;
  onChange: (language: Language) => void;
}) {
  const { app } = useFrameText();
  return (
    <nav className="language-switch no-print" aria-label={app.languageLabel}>
      {LANGUAGES.filter(({ id }) => id !== current).map(({ id, name, mark }) => (
        <button
          key={id}
          type="button"
          className="language-choice"
          lang={id}
          aria-label={name}
          title={name}
          onClick={() => {
            onChange(id);
          }}
        >
          {mark}
        </button>
      ))}
    </nav>
  );
});
