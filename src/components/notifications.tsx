/**
 * Toasts. An API error always shows its code and message (and request ID), so an
 * operator can quote it; success messages close by themselves.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

export interface Toast {
  id: number;
  severity: 'success' | 'error' | 'info' | 'warning';
  title?: string;
  message: string;
}

export interface Notify {
  success(message: string): void;
  info(message: string): void;
  /** Shows an error; ApiErrors show `code: message`. */
  error(error: unknown, title?: string): void;
}

const NotifyContext = createContext<Notify | undefined>(undefined);

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify must be used inside <NotificationsProvider>.');
  return notify;
}

/** `ELB.1091: Lb number larger than quota.` — the same text in toasts and inline alerts. */
export function describeError(error: unknown): { code?: string; message: string; requestId?: string } {
  if (isApiError(error)) return { code: error.code, message: error.message, requestId: error.requestId };
  return { message: error instanceof Error ? error.message : String(error) };
}

// The toast view (Snackbar and its transitions) loads with the first toast.
const ToastView = lazy(() => import('./toast-view').then((module) => ({ default: module.ToastView })));

let nextId = 1;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((toast: Omit<Toast, 'id'>) => {
    nextId += 1;
    // A newer message replaces an older one that would close by itself; errors wait to be read.
    setToasts((current) => [...current.filter((item) => item.severity === 'error'), { ...toast, id: nextId }]);
  }, []);
  const notify = useMemo<Notify>(
    () => ({
      success: (message) => push({ severity: 'success', message }),
      info: (message) => push({ severity: 'info', message }),
      error: (error, title) => {
        const { code, message, requestId } = describeError(error);
        const detail = requestId ? ` (${t('errors.requestId', { id: requestId })})` : '';
        push({
          severity: 'error',
          title: title ?? code,
          message: `${code && title ? `${code}: ` : ''}${message}${detail}`,
        });
      },
    }),
    [push, t],
  );
  const current = toasts[0];
  const close = () => setToasts((list) => list.slice(1));
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {current ? (
        <Suspense fallback={null}>
          <ToastView key={current.id} toast={current} onClose={close} />
        </Suspense>
      ) : null}
    </NotifyContext.Provider>
  );
}
