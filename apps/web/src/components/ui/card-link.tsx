import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * The link of a card that opens a page: it wraps the card's title and stretches over the whole card
 * (class "card-link" on the card), so the card is one click target while the link is named by its
 * visible title (WCAG 2.5.3), plus any detail screen readers should hear ("2 unread", the status).
 */
export function CardLink({ to, children, detail }: { to: string; children: ReactNode; detail?: string | null | undefined }) {
  return (
    <Link to={to} className="plain stretched-link">
      {children}
      {detail ? <span className="visually-hidden">{`, ${detail}`}</span> : null}
    </Link>
  );
}
