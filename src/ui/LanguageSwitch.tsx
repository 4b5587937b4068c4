// On every screen: each language named in its own script, so anyone can find theirs.
import { memo } from 'react';
import { LANGUAGES } from '../flow/languages.ts';
import type { Language } from '../flow/languages.ts';
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
      <ul>
        {LANGUAGES.map(({ id, name }) => (
          <li key={id}>
            <button
              type="button"
              lang={id}
              aria-pressed={id === current}
              onClick={() => {
                if (id !== current) onChange(id);
              }}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});
