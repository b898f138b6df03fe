'use client';
// A search-and-pick combobox: type, pick an option, the box empties for the next pick. Downshift's
// `useCombobox` provides the ARIA 1.2 combobox (focus stays in the input, arrows move the active
// option, Enter or a click picks, Escape closes); callers supply the options and what a pick does.
import { useCombobox } from 'downshift';
import { useId } from 'react';

export type ComboOption<T> = { key: string; label: string; value: T };

export function PickCombobox<T>({
  label,
  menuLabel,
  placeholder,
  text,
  onText,
  options,
  status,
  onPick,
  error,
}: {
  label: string;
  /** The accessible name of the list of options. */
  menuLabel: string;
  placeholder: string;
  text: string;
  onText: (text: string) => void;
  options: ComboOption<T>[];
  /** Shown under the box while it is open: loading, failure or "no match" (empty when options show). */
  status: string;
  onPick: (value: T) => void;
  error?: string;
}) {
  const inputId = useId();
  const box = useCombobox<ComboOption<T>>({
    inputId,
    items: options,
    itemToString: (o) => o?.label ?? '',
    itemToKey: (o) => o?.key,
    inputValue: text,
    // A pick adds a line and empties the box for the next one; nothing stays "selected".
    selectedItem: null,
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) onText(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return;
      onPick(selectedItem.value);
      onText('');
    },
  });
  const errorId = `${inputId}-err`;
  return (
    <div className="field picker">
      <label {...box.getLabelProps()} htmlFor={inputId}>
        {label}
      </label>
      <input
        {...box.getInputProps({
          onFocus: () => box.openMenu(),
          placeholder,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? errorId : undefined,
        })}
      />
      <ul {...box.getMenuProps({ 'aria-label': menuLabel })} className="picker-list" hidden={!box.isOpen}>
        {box.isOpen
          ? options.map((o, index) => (
              <li key={o.key} {...box.getItemProps({ item: o, index })}>
                {o.label}
              </li>
            ))
          : null}
      </ul>
      {box.isOpen && status ? (
        <p className="muted" role="status">
          {status}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The status line of a picker over a query: loading, failure, or no match. */
export const pickerStatus = (q: { isPending: boolean; error: unknown }, count: number) =>
  q.isPending
    ? 'Loading products…'
    : q.error
      ? 'Could not load products.'
      : count === 0
        ? 'No product matches.'
        : '';
