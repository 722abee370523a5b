/** Every failed call becomes an ApiError carrying the API's own code and message. */
import { readErrorBody } from '../../contract/wire';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly method: string,
    readonly url: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static async from(response: Response, method: string): Promise<ApiError> {
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const parsed = readErrorBody(body);
    const record = (body ?? {}) as Record<string, unknown>;
    const requestId =
      typeof record.request_id === 'string' ? record.request_id : (response.headers.get('X-Request-Id') ?? undefined);
    return new ApiError(
      response.status,
      parsed?.code ?? `HTTP ${response.status}`,
      parsed?.message || text.slice(0, 300) || response.statusText,
      method,
      response.url,
      requestId,
    );
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
