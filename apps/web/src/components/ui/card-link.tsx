import { Link } from 'react-router';

/**
 * The link of a card that opens a page: it is the card's title, stretched over the whole card
 * (class "card-link" on the card), so the card is one click target while the link is named by its
 * visible title (WCAG 2.5.3), followed by any detail screen readers should hear ("1 unread", the status).
 */
export function CardLink({ to, title, detail }: { to: string; title: string; detail?: string | null | undefined }) {
  return (
    <Link to={to} className="plain stretched-link" aria-label={detail ? `${title}, ${detail}` : undefined}>
      {title}
    </Link>
  );
}
