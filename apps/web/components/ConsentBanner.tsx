import { chooseAnalytics } from '@/app/(shop)/consent-actions';
import { csrfToken } from '@/lib/csrf';

/** Asked once: may the shop measure how it is used? Works without script (a plain form). */
export async function ConsentBanner({ storeName }: { storeName: string }) {
  const csrf = await csrfToken();
  return (
    <section className="consent" aria-label="Privacy choice">
      <p>
        <strong>Help us improve {storeName}.</strong> May we count the pages and products you view and the
        steps of your cart and checkout? Only this shop sees it: no advertising, no third parties. You can
        shop either way.
      </p>
      <div className="row">
        {(['yes', 'no'] as const).map((choice) => (
          <form key={choice} action={chooseAnalytics}>
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="choice" value={choice} />
            <button type="submit" className={`button button-small${choice === 'no' ? ' button-ghost' : ''}`}>
              {choice === 'yes' ? 'Allow' : 'No thanks'}
            </button>
          </form>
        ))}
      </div>
    </section>
  );
}
