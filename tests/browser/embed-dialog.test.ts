import { expect, test } from 'vitest';
import { useSite } from './fixtures';

const site = useSite();

test('"Embed" opens a modal with the three snippets for this story, copies one and gives focus back on Escape', async () => {
  const { page } = await site.open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const button = page.getByRole('button', { name: 'Embed', exact: true });
  await button.click();

  const dialog = page.getByRole('dialog', { name: 'Embed this graphic' });
  await dialog.waitFor();
  // Modal: the page behind it is inert, and focus is in the dialog.
  expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  const embedPage = new URL('white-house-talks/embed.html', site.url).href;
  const loader = dialog.getByRole('textbox', { name: 'Standpoint loader (recommended)' });
  await loader.waitFor();
  expect(await loader.inputValue()).toContain(`data-standpoint-src="${embedPage}"`);
  expect(await dialog.getByRole('textbox', { name: 'pym.js' }).inputValue()).toContain(
    `new pym.Parent(`,
  );
  const iframe = await dialog
    .getByRole('textbox', { name: 'Plain iframe (fixed height)' })
    .inputValue();
  expect(iframe).toContain(`<iframe src="${embedPage}"`);

  await dialog.getByRole('button', { name: 'Copy' }).nth(2).click();
  await dialog.getByRole('button', { name: 'Copied' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
});

test('the story page loads the snippets’ code only when "Embed" is pressed', async () => {
  const { page } = await site.open();
  const scripts = () =>
    page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
  expect((await scripts()).filter((path) => path.includes('embed-snippets'))).toEqual([]);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await page.getByRole('textbox', { name: 'pym.js' }).waitFor();
  expect((await scripts()).filter((path) => path.includes('embed-snippets'))).toHaveLength(1);
});

test('when the snippets’ code cannot be fetched the dialog says to reload the page', async () => {
  const { page, errors } = await site.open();
  await page.route('**/embed-snippets-*.js', (route) => route.abort());
  const button = page.getByRole('button', { name: 'Embed', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this graphic' });
  const alert = dialog.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe(
    'The snippets could not be loaded. Reload the page to try again.',
  );
  expect(await dialog.getByRole('textbox').count()).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(errors.splice(0)).toEqual(['console.error: Failed to load resource: net::ERR_FAILED']);
});
