import type { MockIdentity } from './identities';

/** The authentication methods the mock offers: TARA's scope that allows each, and its `amr`. */
export const METHODS = [
  { id: 'idcard', scope: 'idcard', amr: 'idcard' },
  { id: 'mid', scope: 'mid', amr: 'mID' },
  { id: 'smartid', scope: 'smartid', amr: 'smartid' },
] as const;
export type MethodId = (typeof METHODS)[number]['id'];

/** The methods a request's scope allows: all when it names none (as TARA does). */
export function methodsForScope(scope: string): (typeof METHODS)[number][] {
  const scopes = new Set(scope.split(/\s+/));
  const named = METHODS.filter((m) => scopes.has(m.scope));
  return named.length ? named : [...METHODS];
}

export type PageLocale = 'et' | 'en';

/** The page's language: `lang` from the page's own switch, then the RP's `ui_locales`. */
export function pageLocale(lang: string | null | undefined, uiLocales?: string): PageLocale {
  if (lang === 'et' || lang === 'en') return lang;
  for (const l of (uiLocales ?? '').split(/\s+/)) {
    if (l === 'et') return 'et';
    if (l === 'en' || l === 'ru') return 'en';
  }
  return 'et';
}

const TEXT = {
  et: {
    title: 'Autentimine (TARA arendusmakett)',
    banner:
      'See on arenduse ja testide makett, mis mängib riigi autentimisteenust TARA. Päris isikut ei tuvastata.',
    service: 'Teenus',
    method: 'Autentimisviis',
    methods: { idcard: 'ID-kaart', mid: 'Mobiil-ID', smartid: 'Smart-ID' },
    identity: 'Testisik',
    other: 'Muu isikukood',
    otherHint: '11 numbrit. Kui see väli on täidetud, kasutatakse seda valitud testisiku asemel.',
    submit: 'Jätka',
    cancel: 'Tagasi teenusepakkuja juurde',
    invalid: 'Isikukood ei ole korrektne: kontrollige numbreid.',
    noIdentity: 'Valige testisik või sisestage isikukood.',
    noMethod: 'Valige autentimisviis.',
    language: 'In English',
    roles: { client: 'klient', staff: 'töötaja' } as Record<string, string>,
    errorTitle: 'Viga',
  },
  en: {
    title: 'Authentication (TARA development mock)',
    banner:
      'This is a development and test mock that plays the state authentication service TARA. No real person is identified.',
    service: 'Service',
    method: 'Authentication method',
    methods: { idcard: 'ID-card', mid: 'Mobile-ID', smartid: 'Smart-ID' },
    identity: 'Test person',
    other: 'Other personal identification code',
    otherHint: '11 digits. When filled in, it is used instead of the selected test person.',
    submit: 'Continue',
    cancel: 'Return to the service provider',
    invalid: 'The personal identification code is not valid: check the digits.',
    noIdentity: 'Choose a test person or type a personal identification code.',
    noMethod: 'Choose an authentication method.',
    language: 'Eesti keeles',
    roles: { client: 'client', staff: 'staff' } as Record<string, string>,
    errorTitle: 'Error',
  },
} as const;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface LoginPageInput {
  uid: string;
  locale: PageLocale;
  clientId: string;
  methods: (typeof METHODS)[number][];
  identities: readonly MockIdentity[];
  /** What was submitted, when the page is shown again with an error. */
  submitted?: { method?: string; identity?: string; typed?: string };
  error?: 'invalid' | 'noIdentity' | 'noMethod';
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f4f6f8; }
  main { max-width: 40rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: 8px; }
  .banner { background: #fff4ce; border-left: 4px solid #8a6d00; padding: .5rem 1rem; }
  fieldset { border: 1px solid #b0b7bf; border-radius: 6px; margin: 1rem 0; padding: .5rem 1rem 1rem; }
  legend { font-weight: 600; padding: 0 .25rem; }
  label { display: block; padding: .25rem 0; }
  input[type=text] { font: inherit; padding: .4rem; width: 12rem; border: 1px solid #5f6b76; border-radius: 4px; }
  input[aria-invalid=true] { border-color: #b00020; }
  .hint { color: #4a5560; font-size: .9rem; }
  .error { color: #b00020; font-weight: 600; }
  button { font: inherit; padding: .5rem 1.25rem; border-radius: 4px; border: 1px solid #004a99; margin-right: .75rem; }
  button.primary { background: #004a99; color: #fff; }
  button.secondary { background: #fff; color: #004a99; }
  :focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
`;

/** The login page: method choice, test people, a typed code, continue or cancel. */
export function loginPage(input: LoginPageInput): string {
  const t = TEXT[input.locale];
  const other: PageLocale = input.locale === 'et' ? 'en' : 'et';
  const action = `/interaction/${encodeURIComponent(input.uid)}`;
  const chosenMethod = input.submitted?.method ?? input.methods[0]?.id;
  const chosenIdentity = input.submitted?.identity ?? '';
  const typedError = input.error === 'invalid' || input.error === 'noIdentity';
  const errorText = input.error ? t[input.error] : undefined;
  const methods = input.methods
    .map(
      (m) =>
        `<label><input type="radio" name="method" value="${m.id}"${
          m.id === chosenMethod ? ' checked' : ''
        }> ${escapeHtml(t.methods[m.id])}</label>`,
    )
    .join('\n');
  const identities = input.identities
    .map((person, i) => {
      const role = person.role ? ` (${escapeHtml(t.roles[person.role] ?? person.role)})` : '';
      return `<label><input type="radio" name="identity" value="${escapeHtml(person.isikukood)}"${
        person.isikukood === chosenIdentity || (!chosenIdentity && i === 0) ? ' checked' : ''
      }> ${escapeHtml(`${person.givenName} ${person.familyName}`)} – ${escapeHtml(
        person.isikukood,
      )}${role}</label>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p class="banner" role="note">${escapeHtml(t.banner)}</p>
<p><a href="${action}?lang=${other}" lang="${other}">${escapeHtml(t.language)}</a></p>
<p>${escapeHtml(t.service)}: <strong>${escapeHtml(input.clientId)}</strong></p>
${errorText ? `<p class="error" role="alert" id="form-error">${escapeHtml(errorText)}</p>` : ''}
<form method="post" action="${action}/login" novalidate>
<input type="hidden" name="lang" value="${input.locale}">
<fieldset>
<legend>${escapeHtml(t.method)}</legend>
${methods}
</fieldset>
${
  identities
    ? `<fieldset>
<legend>${escapeHtml(t.identity)}</legend>
${identities}
</fieldset>`
    : ''
}
<p>
<label for="isikukood">${escapeHtml(t.other)}</label>
<input type="text" id="isikukood" name="isikukood" inputmode="numeric" autocomplete="off" maxlength="11" pattern="[0-9]{11}"
  value="${escapeHtml(input.submitted?.typed ?? '')}" aria-describedby="isikukood-hint${
    typedError ? ' form-error' : ''
  }"${typedError ? ' aria-invalid="true"' : ''}>
<span class="hint" id="isikukood-hint">${escapeHtml(t.otherHint)}</span>
</p>
<p><button type="submit" class="primary">${escapeHtml(t.submit)}</button></p>
</form>
<form method="post" action="${action}/abort">
<input type="hidden" name="lang" value="${input.locale}">
<p><button type="submit" class="secondary">${escapeHtml(t.cancel)}</button></p>
</form>
</main>
</body>
</html>`;
}

/** A plain, accessible error page (the provider's own errors and unknown interactions). */
export function errorPage(locale: PageLocale, message: string): string {
  const t = TEXT[locale];
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.errorTitle)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(t.errorTitle)}</h1>
<p role="alert">${escapeHtml(message)}</p></main></body></html>`;
}
