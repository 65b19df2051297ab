/** An icon beside a word (decorative to screen readers: the word names the control). */
import { ICON_PATHS, type IconName } from './icon-paths';

export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 24 24" className="m-icon" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}
