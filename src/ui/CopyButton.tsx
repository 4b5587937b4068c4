// A copy button that says, politely and to screen readers, whether the copy worked.
import { useState } from 'react';
import { copyText } from './share.ts';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy">
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void copyText(text).then((ok) => {
            setStatus(ok ? 'copied' : 'failed');
          });
        }}
      >
        {label}
      </button>
      <span className="copy-status" role="status">
        {status === 'copied'
          ? '已复制，可以粘贴到微信里。'
          : status === 'failed'
            ? '没能复制，请长按文字手动复制。'
            : ''}
      </span>
    </span>
  );
}
