import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { ADMIN_PASSWORD as password, open, reserve, uniqueEmail } from './helpers';

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

test('a clerk sees a new reservation in the day view, marks 来場 and downloads the CSV', async ({ page }, info) => {
  const email = uniqueEmail(info, 'dayview');
  const { number } = await reserve(page, email);
  const when = (await page.getByText(/\d+年\d+月\d+日/).first().textContent())!;
  const [, y, m, d] = when.match(/(\d+)年(\d+)月(\d+)日/)!;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

  await open(page, '/staff/login');
  await page.getByLabel('ログインID').fill('admin');
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: '職員用画面' })).toBeVisible();
  await page.getByRole('link', { name: /日別の予約一覧/ }).click();
  await expect(page.getByRole('heading', { name: '日別の予約一覧' })).toBeVisible();
  await page.getByLabel('日付').fill(date);
  await page.getByRole('button', { name: '表示' }).click();
  const row = page.getByTestId(`booked-${number}`);
  await expect(row).toContainText('射水 太郎');
  await expect(row.getByTestId('attendance-state')).toHaveText('未確認');
  await row.getByRole('button', { name: '射水 太郎さんを来場にする' }).click();
  await expect(page.getByTestId(`booked-${number}`).getByTestId('attendance-state')).toHaveText('来場');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'この日のCSVをダウンロード' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain(`"${number}"`);
  expect(text).toContain('\r\n');
});
