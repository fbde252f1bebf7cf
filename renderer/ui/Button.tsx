import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';
import { cx } from '../lib/cx';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link' | 'inverse';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  variant?: ButtonVariant;
  /**
   * Shown as unavailable but kept focusable (aria-disabled), so keyboard and screen-reader users do
   * not lose their place. Clicks, including a form's implicit submission, are ignored.
   */
  unavailable?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = 'primary',
  unavailable = false,
  type = 'button',
  className,
  onClick,
  ref,
  children,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (unavailable) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      className={cx('button', `button--${variant}`, className)}
      aria-disabled={unavailable || undefined}
      onClick={handleClick}
    >
      {children}
    </button>
  );
}
