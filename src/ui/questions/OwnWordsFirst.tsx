// The question after the safety question, with an offer to say what happened in their own words instead: the box
// opens only when asked for, so someone who just answers the question taps no more than before.
import { useState } from 'react';
import type { ReactNode } from 'react';

export interface OwnWordsFirstProps {
  /** The offer's words if the box's words have arrived; read once, when the screen opens. */
  offer: () => string | undefined;
  /** The box, given whether it was opened by a tap (then its heading takes the focus) and how to close it. */
  box: (opened: { focus: boolean; close: () => void }) => ReactNode;
  question: ReactNode;
}

export function OwnWordsFirst({ offer, box, question }: OwnWordsFirstProps) {
  // Offered only if it can open at once; an offer that appeared later would move the question under a finger.
  const [label] = useState(offer);
  const [open, setOpen] = useState(false);
  if (open)
    return box({
      focus: true,
      close: () => {
        setOpen(false);
      },
    });
  return (
    <>
      {question}
      {label ? (
        <p className="own-words-offer">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setOpen(true);
            }}
          >
            {label}
          </button>
        </p>
      ) : null}
    </>
  );
}
