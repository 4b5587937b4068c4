// The list of what is missing at the top of a form, each a link to its field; focused when it appears.
import { forwardRef } from 'react';

interface ErrorSummaryProps {
  heading: string;
  errors: readonly { href: string; text: string }[];
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(props, ref) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h3>{props.heading}</h3>
      <ul>
        {props.errors.map(({ href, text }) => (
          <li key={href}>
            <a href={href}>{text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
});
