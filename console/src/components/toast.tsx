// A short message in the live region (read out by screen readers), gone after five seconds.
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';

type Toast = (text: string, kind?: 'ok' | 'error') => void;
const ToastContext = createContext<Toast>(() => {});

export function ToastProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<{ text: string; kind: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const toast = useCallback<Toast>((text, kind = 'ok') => {
    setShown({ text, kind });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(null), 5000);
  }, []);
  return (
    <ToastContext.Provider value={toast}>
      {children}
      <div id="toast" className={shown ? `toast show ${shown.kind}` : 'toast'} role="status" aria-live="polite">
        {shown?.text ?? ''}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
