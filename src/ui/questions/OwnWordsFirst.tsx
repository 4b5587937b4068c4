// The question after the safety question, with an offer to say what happened in their own words instead: the box
// opens only when asked for, so someone who just answers the question taps no more than before.
import { useState } from 'react';
import type { ReactNode } from 'react';

export interface OwnWordsFirstProps {
  /** The offer's words: they come with the first download, so the offer stands from the start and never appears
   * under a finger; opened before the rest has arrived, the box waits for it. */
  offer: string;
  /** The box, given whether it was opened by a tap (then its heading takes the focus) and how to close it. */
  box: (opened: { focus: boolean; close: () => void }) => ReactNode;
  question: ReactNode;
}

export function OwnWordsFirst({ offer, box, question }: OwnWordsFirstProps) {
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
      <p className="own-words-offer">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setOpen(true);
          }}
        >
          {offer}
        </button>
      </p>
    </>
  );
}
