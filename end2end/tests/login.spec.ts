import { type Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseUntouchedSlot, logIn, open, otpFrom, requestOtp, reserve, reserveAndLogIn, uniqueEmail, waitForMails } from './helpers';


/** Masked as a password: a password input (hydrated) or CSS-masked text (no JavaScript). */
async function isMasked(input: Locator): Promise<boolean> {
  return input.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el) as CSSStyleDeclaration & { webkitTextSecurity?: string };
    return el.type === 'password' || style.webkitTextSecurity === 'disc';
  });
}

test('OTP by email, login, see, change and cancel the reservation, logout', async ({ page, context }, info) => {
  const email = uniqueEmail(info, 'login');
  const { key, number } = await reserve(page, email);
  await requestOtp(page, key, email);
  const otp = otpFrom(await waitForMails(email, 2));
  await logIn(page, otp);

  await expect(page.getByRole('heading', { name: '予約の確認・変更・キャンセル' })).toBeVisible();
  const card = page.getByTestId(`reservation-${number}`);
  await expect(card).toContainText('予約中');
  await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();
  const login = (await waitForMails(email, 3)).find((m) => m.subject.includes('ログインのお知らせ'));
  expect(login?.text).not.toContain(otp);

  // 変更
  const before = (await card.getByTestId('reservation-when').textContent())!;
  await card.getByRole('link', { name: /日時を変更する/ }).click();
  await expect(page.getByRole('heading', { name: '予約の変更', exact: true })).toBeVisible();
  await chooseUntouchedSlot(page, `${email}-change`);
  await expect(page.getByRole('heading', { name: '予約の変更（確認）' })).toBeVisible();
  const after = (await page.getByTestId('change-to').textContent())!;
  expect(after).not.toBe(before);
  await page.getByRole('button', { name: '変更する' }).click();
  await expect(page.getByRole('heading', { name: '予約の変更完了' })).toBeVisible();
  await expect(page.getByTestId('reservation-when')).toHaveText(after);
  const changed = (await waitForMails(email, 4)).find((m) => m.subject.includes('予約変更'));
  expect(changed?.text).toContain(after);

  // キャンセル
  await page.getByRole('link', { name: '予約の確認・変更・キャンセルの画面へ戻る' }).click();
  await page.getByTestId(`reservation-${number}`).getByRole('link', { name: /キャンセルする/ }).click();
  await expect(page.getByRole('heading', { name: '予約のキャンセル（確認）' })).toBeVisible();
  await page.getByRole('button', { name: 'キャンセルする' }).click();
  await expect(page.getByRole('heading', { name: '予約のキャンセル完了' })).toBeVisible();
  await expect(page.getByTestId('reservation-status')).toHaveText('キャンセル済み');
  const cancelled = (await waitForMails(email, 5)).find((m) => m.subject.includes('予約キャンセル'));
  expect(cancelled?.text).toContain(number);

  // ログアウト: back to the login screen; the old cookie is dead on the server.
  const session = (await context.cookies()).find((c) => c.name.includes('eyoyaku_session'))!;
  expect(session.httpOnly).toBe(true);
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page.getByRole('heading', { name: 'ログイン', exact: true })).toBeVisible();
  await expect(page.getByText('ログアウトしました。')).toBeVisible();
  await context.addCookies([session]);
  await open(page, '/my');
  await expect(page.getByTestId('load-error')).toContainText('もう一度ログインしてください');
  await expect(page.getByRole('link', { name: /ログイン/ }).first()).toBeVisible();
});

test('five wrong passwords void the password', async ({ page }, info) => {
  const email = uniqueEmail(info, 'wrong');
  const { key } = await reserve(page, email);
  await requestOtp(page, key, email);
  const otp = otpFrom(await waitForMails(email, 2));
  const wrong = otp.startsWith('0') ? '1111 1111' : '0000 0000';
  for (let i = 0; i < 5; i++) {
    await logIn(page, wrong);
    await expect(page.getByRole('heading', { name: 'ログイン', exact: true })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'ログインできませんでした' }).first()).toBeVisible();
    await expect(page.getByLabel('利用者キー')).toHaveValue(key);
  }
  await logIn(page, otp);
  await expect(page.getByRole('alert').filter({ hasText: 'ログインできませんでした' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '予約の確認・変更・キャンセル' })).toHaveCount(0);
});

test('パスワードを表示 shows and hides the password', async ({ page }) => {
  await open(page, '/login');
  const input = page.getByLabel('ワンタイムパスワード', { exact: true });
  await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(input).toHaveAttribute('inputmode', 'numeric');
  await input.fill('12345678');
  expect(await isMasked(input)).toBe(true);
  await page.getByLabel('パスワードを表示').check();
  expect(await isMasked(input)).toBe(false);
  await expect(input).toHaveValue('12345678');
  await page.getByLabel('パスワードを表示').uncheck();
  expect(await isMasked(input)).toBe(true);
});

test('logged in, a reservation uses the registered details and keeps the key', async ({ page }, info) => {
  const email = uniqueEmail(info, 'member');
  const { key } = await reserveAndLogIn(page, email);

  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '予約する' }).click();
  await page.getByRole('link', { name: '特定健診（集団）' }).click();
  await chooseUntouchedSlot(page, `${email}-again`);
  // For whom (家族): themself, chosen already.
  await expect(page.getByRole('heading', { name: 'どなたの予約ですか' })).toBeVisible();
  await expect(page.getByLabel('射水 太郎 様（ご自身）')).toBeChecked();
  await page.getByRole('button', { name: 'この方の予約にする' }).click();
  await expect(page.getByRole('heading', { name: 'お客様情報の入力' })).toBeVisible();
  await expect(page.getByTestId('known-resident').first()).toContainText('新しい利用者キーは発行されません');
  await expect(page.getByLabel('氏名')).toHaveCount(0);
  await page.getByLabel('電話番号').fill('090-1111-2222');
  await page.getByRole('button', { name: '確認' }).click();
  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeVisible();
  await expect(page.getByTestId('known-resident')).toBeVisible();
  await page.getByRole('button', { name: '送信' }).click();
  await expect(page.getByRole('heading', { name: '予約完了' })).toBeVisible();
  await expect(page.getByTestId('user-key')).toHaveText(key);
});

/** The 8 digits from the newest email to `to` whose subject has `subject`. */
async function codeFrom(to: string, count: number, subject: string): Promise<string> {
  const mails = await waitForMails(to, count);
  const mail = [...mails].reverse().find((m) => m.subject.includes(subject));
  const match = mail?.text.match(/確認コード：(\d{4} \d{4})/);
  expect(match, `an email "${subject}" to ${to}`).toBeTruthy();
  return match![1];
}

test('email change: 本人確認 at the current address, a code at the new one, undone from the old', async ({ page }, info) => {
  const email = uniqueEmail(info, 'owner');
  const newEmail = uniqueEmail(info, 'moved');
  const { key } = await reserve(page, email);
  await requestOtp(page, key, email);
  await logIn(page, otpFrom(await waitForMails(email, 2)));
  await page.getByRole('link', { name: 'メールアドレスを変更する' }).click();

  // 本人確認 first: nothing to type until the current address has answered.
  await expect(page.getByRole('heading', { name: 'メールアドレスの変更' })).toBeVisible();
  await expect(page.getByLabel('新しいメールアドレス', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '現在のアドレスに確認コードを送信' }).click();
  await expect(page.getByText('に確認コードを送信しました')).toBeVisible();
  await page.getByLabel('確認コード').fill(await codeFrom(email, 4, 'ご本人確認の確認コード'));
  await page.getByRole('button', { name: '確認', exact: true }).click();
  await expect(page.getByText('ご本人の確認ができました。')).toBeVisible();

  await page.getByLabel('新しいメールアドレス', { exact: true }).fill(newEmail);
  await page.getByLabel('新しいメールアドレス確認').fill(newEmail);
  await page.getByRole('button', { name: '確認コードを送信' }).click();
  await expect(page.getByText(`${newEmail} に確認コードを送信しました`)).toBeVisible();
  await page.getByLabel('確認コード').fill(await codeFrom(newEmail, 1, 'メールアドレス変更の確認コード'));
  await page.getByRole('button', { name: '変更する' }).click();
  await expect(page.getByText('メールアドレスを変更しました。')).toBeVisible();
  await expect(page.getByTestId('registered-email')).toHaveText(newEmail);

  // The old address did not ask for this: its link takes the address back.
  const told = (await waitForMails(email, 5)).find((m) => m.subject.includes('メールアドレス変更のお知らせ'));
  const link = told?.text.match(/https?:\/\/[^\s]+(\/email\/undo\?token=[0-9a-f]{64})/);
  expect(link, 'an undo link in the mail to the old address').toBeTruthy();
  await open(page, link![1]);
  await expect(page.getByRole('heading', { name: 'メールアドレスの変更の取り消し' })).toBeVisible();
  await page.getByRole('button', { name: '元のメールアドレスに戻す' }).click();
  await expect(page.getByTestId('undone')).toContainText('メールアドレスを元に戻しました');
  await open(page, '/my');
  await expect(page.getByTestId('load-error')).toContainText('ログインしていない');
  // Once only.
  await open(page, link![1]);
  await expect(page.getByTestId('undo-gone')).toContainText('このリンクは使えません');
});
