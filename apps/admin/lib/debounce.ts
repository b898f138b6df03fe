import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `ms` (a live count asked for after typing pauses). */
export function useDebounced<T>(value: T, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
