// A copy button that says, politely and to screen readers, whether the copy worked.
import { useState } from 'react';
import { copyText } from './share.ts';
import { useUiText } from '../app/uiText.ts';

/** `text` may be a function: a long text (a complaint draft) is then built only when the button is tapped. */
export function CopyButton({ text, label }: { text: string | (() => string); label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { copy: t } = useUiText();
  return (
    <span className="copy">
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void copyText(typeof text === 'function' ? text() : text).then((ok) => {
            setStatus(ok ? 'copied' : 'failed');
          });
        }}
      >
        {label}
      </button>
      <span className="copy-status" role="status">
        {status === 'copied' ? t.copied : status === 'failed' ? t.failed : ''}
      </span>
    </span>
  );
}
