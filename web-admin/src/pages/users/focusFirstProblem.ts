/**
 * After a failed submit: focus the first field marked invalid, so the user hears what is wrong
 * where it is; without one, the summary above the form.
 */
export function focusFirstProblem(form: HTMLFormElement | null, summary: HTMLElement | null): void {
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  (field ?? summary)?.focus();
}
