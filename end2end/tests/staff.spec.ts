import { test, expect } from '@playwright/test';
import { open } from './helpers';

const password = process.env.E2E_ADMIN_PASSWORD ?? 'shiken-no-pasuwaado-2026';

test('the first admin logs in to the staff console and out again', async ({ page, context }) => {
  await open(page, '/staff');
  await expect(page.getByTestId('load-error')).toContainText('職員ログイン');
  await open(page, '/staff/login');
  await page.getByLabel('ログインID').fill('admin');
  await page.getByLabel('パスワード').fill('wrong password, surely');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByTestId('staff-login-failed')).toBeVisible();

  await page.getByLabel('ログインID').fill('admin');
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: '職員用画面' })).toBeVisible();
  await expect(page.getByTestId('staff-who')).toHaveText('管理者 試験（管理者）');
  await expect(page.getByRole('heading', { name: /本日.*の予約状況/ })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === 'eyoyaku_staff');
  expect(cookie?.httpOnly).toBe(true);

  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page.getByRole('heading', { name: '職員ログイン' })).toBeVisible();
  await expect(page.getByText('ログアウトしました。')).toBeVisible();
});
