// axe-core run inside the page, once per frame, for the storefront's and the admin's browser
// tests. @axe-core/playwright's AxeBuilder injects axe-core afresh and opens a new page for every
// analysis (to merge the frames' results there): 2–9 s a check under CI load on this machine,
// over some 160 checks. Here axe-core is injected once per document and reports violations only:
// 0.3–1 s a check. Each frame (the card fields' too) is checked on its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function checkFrame(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const { violations } = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Whether scripts run in the frame: axe cannot, and evaluating there never returns, in an
 * iframe sandboxed without `allow-scripts` (the admin's email previews). */
async function runsScripts(frame: Frame): Promise<boolean> {
  const element = await frame.frameElement();
  return element.evaluate(
    (el) => !el.hasAttribute('sandbox') || (el as HTMLIFrameElement).sandbox.contains('allow-scripts'),
  );
}

async function checkTree(frame: Frame, found: string[]): Promise<void> {
  for (const child of frame.childFrames()) {
    try {
      if (!(await runsScripts(child))) continue;
      found.push(...(await checkFrame(child)).map((v) => `${child.url()}: ${v}`));
      await checkTree(child, found);
    } catch (err) {
      // A frame that navigates or goes away while it is checked is checked on its next visit.
      if (child.isDetached() || /context was destroyed|detached/i.test((err as Error).message)) continue;
      throw err;
    }
  }
}

/** The serious and critical accessibility violations on the page and its frames, as "rule: targets". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const found = await checkFrame(page.mainFrame());
  await checkTree(page.mainFrame(), found);
  return found;
}
