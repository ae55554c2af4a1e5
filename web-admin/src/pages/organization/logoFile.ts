/** What the API accepts as a logo (it checks the content again). */
export const LOGO_TYPES = ['image/png', 'image/svg+xml', 'image/jpeg'] as const;
export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoProblem = 'type' | 'size';

/** Why a chosen file cannot be the logo, if it cannot: checked before it is read and sent. */
export function logoProblem(file: File): LogoProblem | undefined {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > LOGO_MAX_BYTES) return 'size';
  return undefined;
}

/** The file's bytes as base64 (without the data-URL prefix), as the upload mutation takes them. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}
