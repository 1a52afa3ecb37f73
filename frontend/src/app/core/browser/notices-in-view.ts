/** A page's messages: form errors, refusals, confirmations (`.notice` in shared/ui/base.css). */
const NOTICE = '.notice';

/**
 * Notices appear in answer to what the user did, often out of sight: a form's message at its top,
 * a refusal under a button behind the tab bar. Each notice that appears is scrolled into view when
 * it is not; html's scroll padding keeps it above the tab bar and below the app's stuck notices.
 * Returns the function that stops watching.
 */
export function revealNewNotices(root: HTMLElement): () => void {
  const observer = new MutationObserver((mutations) => {
    const added = mutations.flatMap((mutation) => [...mutation.addedNodes]);
    const notices = added
      .filter((node): node is Element => node instanceof Element)
      .flatMap((element) => (element.matches(NOTICE) ? [element] : [...element.querySelectorAll(NOTICE)]));
    // The last one is the latest answer; scrolling to each in turn would end there anyway.
    notices.at(-1)?.scrollIntoView({ block: 'nearest' });
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Publishes the height of the app's stuck notices as `--bt-stuck-notices-height` on the document,
 * for the scroll padding.
 */
export function measureStuckNotices(stuck: HTMLElement): () => void {
  const style = stuck.ownerDocument.documentElement.style;
  const observer = new ResizeObserver(() => style.setProperty('--bt-stuck-notices-height', `${stuck.offsetHeight}px`));
  observer.observe(stuck);
  return () => observer.disconnect();
}
