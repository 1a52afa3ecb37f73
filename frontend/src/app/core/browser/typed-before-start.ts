/** What boot.js keeps of a submit made before the app ran (see frontend/public/boot.js). */
interface EarlyWindow {
  btEarlySubmit?: EventTarget;
}

export interface TypedBeforeStart {
  /** The non-empty values of the form's named fields, by field name. */
  readonly values: Readonly<Record<string, string>>;
  /** Whether the visitor already asked to submit this form. */
  readonly submitted: boolean;
}

/**
 * What a visitor typed into a prerendered form (ADR 0026) before the app took it, read once from the
 * page's own nodes: hydration reuses them, and the form's first check writes its model into them; boot.js
 * holds a submit made until then and notes its form. Call it from the form component's `ngOnInit`, in
 * that same check, just before; elsewhere (a page the app rendered itself, the server) it finds nothing.
 */
export function typedBeforeStart(form: HTMLElement): TypedBeforeStart {
  const values: Record<string, string> = {};
  for (const field of Array.from(form.querySelectorAll<HTMLInputElement>('input[name]'))) {
    if (field.value) values[field.name] = field.value;
  }
  const early = form.ownerDocument.defaultView as (Window & EarlyWindow) | null;
  const pending = early?.btEarlySubmit;
  const submitted = pending instanceof Node && form.contains(pending);
  if (submitted) delete early?.btEarlySubmit;
  return { values, submitted };
}
