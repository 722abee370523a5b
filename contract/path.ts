/**
 * Path templates use `:name` placeholders. The console builds URLs from them and
 * the cloud routes by them, so a path is spelled once.
 */
export function buildPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/:([a-z_][a-z0-9_]*)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter "${key}" for ${template}`);
    return encodeURIComponent(value);
  });
}

/** Query string from a flat record; arrays become repeated keys; undefined and '' are left out. */
export function buildQuery(
  query: Record<string, string | number | boolean | readonly (string | number)[] | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(key, String(item)));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
