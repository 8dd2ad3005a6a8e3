import { chromium, type Browser, type Page } from 'playwright-core';
import { execSync } from 'node:child_process';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Debian's Chromium (never a downloaded browser), headless. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export const webUrl = (path = '/') => `${process.env.E2E_WEB_URL}${path}`;

/** A phone-sized page (375 px wide), as advisors use Savoir between clients. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'en-GB' });
  return context.newPage();
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(webUrl('/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
