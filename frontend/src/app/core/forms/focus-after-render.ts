import { afterNextRender, type Injector } from '@angular/core';

/**
 * Once the next render is done (so freshly shown errors exist), focuses the first element matching
 * the selectors, tried in order: the first invalid field, else the form's message.
 */
export function focusAfterRender(root: () => ParentNode, selectors: readonly string[], injector: Injector): void {
  afterNextRender(
    () => {
      const scope = root();
      for (const selector of selectors) {
        const target = scope.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    },
    { injector },
  );
}
