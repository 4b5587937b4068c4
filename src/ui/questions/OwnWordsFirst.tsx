// Chooses once, as the screen opens, between the box for their own words and the question after it: the box when its
// words are at hand, else the question (answering it passes the box by), so neither replaces the other under a finger.
import { useState } from 'react';
import type { ReactNode } from 'react';

export interface OwnWordsFirstProps {
  /** Whether the box's words have arrived; read once, when the screen opens. */
  ready: () => boolean;
  box: ReactNode;
  question: ReactNode;
}

export function OwnWordsFirst({ ready, box, question }: OwnWordsFirstProps) {
  // A question that appeared first stays: boxes ticked on it would be lost if the box took its place.
  const [boxFirst] = useState(ready);
  return boxFirst ? box : question;
}
