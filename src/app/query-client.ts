/** One QueryClient for the app: API errors are not retried (they are answers), network errors once. */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isApiError(error) && failureCount < 1,
      },
      mutations: { retry: false },
    },
  });
}
