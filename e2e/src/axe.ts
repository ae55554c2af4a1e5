import type { Page } from 'playwright-core';

const AXE = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core on the whole document; the violations as readable text, '' when there are none. */
export async function axeViolations(page: Page): Promise<string> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags: string[]) => {
    type AxeResult = {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    };
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document, { runOnly: tags });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, AXE_TAGS);
  return violations
    .map(
      (v: Violation) =>
        `${v.id} [${v.impact ?? 'n/a'}] ${v.help}\n    at ${v.targets.join('\n    at ')}`,
    )
    .join('\n');
}
