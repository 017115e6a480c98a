import { expect, test, type Page, type TestInfo } from '@playwright/test';

const sink = `http://127.0.0.1:${process.env.SINK_HTTP_PORT ?? 2580}`;

export type Mail = { to: string[]; from: string; fromAddress: string; subject: string; text: string };

/** An address no other test uses. */
export function uniqueEmail(info: TestInfo, tag: string): string {
  const rand = Math.random().toString(36).slice(2, 8);
  return `${tag}-${info.project.name}-${Date.now()}-${rand}@example.jp`;
}

/** Emails the SMTP sink received for `to`. */
export async function mailsTo(to: string): Promise<Mail[]> {
  const res = await fetch(`${sink}/messages?to=${encodeURIComponent(to)}`);
  return (await res.json()) as Mail[];
}

/** Waits until `count` emails for `to` have arrived; returns them. */
export async function waitForMails(to: string, count = 1): Promise<Mail[]> {
  let mails: Mail[] = [];
  await expect
    .poll(async () => {
      mails = await mailsTo(to);
      return mails.length;
    }, { timeout: 20_000 })
    .toBeGreaterThanOrEqual(count);
  return mails;
}

/**
 * Opens `path`; with JavaScript on, waits until the page is hydrated so the
 * test exercises the hydrated page, not the plain-HTML fallback.
 */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.locator('#hydration-status[data-hydrated="true"]')).toHaveCount(1);
  }
}

export type Reservation = { key: string; number: string };

/** Reserves the first open slot of `service` through the pages, as a resident would. */
export async function reserve(page: Page, email: string, service = '特定健診（集団）'): Promise<Reservation> {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '予約する' }).click();
  await expect(page.getByRole('heading', { name: '予約メニューを選んでください' })).toBeVisible();
  await page.getByRole('link', { name: service }).click();
  await expect(page.getByRole('heading', { name: service })).toBeVisible();
  await chooseUntouchedSlot(page, email);
  await expect(page.getByRole('heading', { name: 'お客様情報の入力' })).toBeVisible();
  await page.getByLabel('氏名').fill('射水 太郎');
  await page.getByLabel('ふりがな').fill('イミズ タロウ');
  const birth = page.getByRole('group', { name: '生年月日' });
  await birth.getByLabel('年', { exact: true }).fill('１９６０');
  await birth.getByLabel('月', { exact: true }).fill('4');
  await birth.getByLabel('日', { exact: true }).fill('1');
  await page.getByLabel('電話番号').fill('０７６６－５１－６６６６');
  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByLabel('メールアドレス確認', { exact: true }).fill(email);
  await page.getByRole('button', { name: '確認' }).click();

  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeVisible();
  await expect(page.getByText('いみず たろう')).toBeVisible();
  await expect(page.getByText('1960年4月1日')).toBeVisible();
  await page.getByRole('button', { name: '送信' }).click();

  await expect(page.getByRole('heading', { name: '予約完了' })).toBeVisible();
  const key = (await page.getByTestId('user-key').textContent())!.trim();
  const number = (await page.getByTestId('reservation-number').textContent())!.trim();
  expect(key).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  expect(number).toMatch(/^\d{8}$/);
  return { key, number };
}

/** A slot calendar's words in the page's language (Japanese unless said). */
export type CalendarWords = {
  /** The accessible name of a day with room. */
  dayWithRoom: RegExp;
  /** What the day's heading says, given the day link's first word. */
  dayHeading: (label: string) => string | RegExp;
  /** An untouched slot (all 10 places left). */
  untouched: RegExp;
};

const JAPANESE_CALENDAR: CalendarWords = {
  dayWithRoom: / 空きあり$/,
  dayHeading: (label) => `${label}の予約枠`,
  untouched: /残り10人/,
};

/**
 * On a slot calendar, picks a day with room — a different one for each
 * `seed`, so tests running side by side seldom meet — and an untouched slot
 * of it: a test that picked a nearly full slot could find it taken by
 * another test (the app then rightly says 満員).
 */
export async function chooseUntouchedSlot(page: Page, seed: string, words: CalendarWords = JAPANESE_CALENDAR): Promise<void> {
  const days = page.getByRole('link', { name: words.dayWithRoom });
  await expect(days.first()).toBeVisible();
  const count = await days.count();
  let hash = 0;
  for (const c of seed) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  for (let i = 0; i < count; i++) {
    const day = days.nth((hash + i) % count);
    const label = (await day.getAttribute('aria-label'))!.split(' ')[0];
    await day.click();
    await expect(page.locator('#slots-title')).toHaveText(words.dayHeading(label));
    const fresh = page.getByRole('link', { name: words.untouched });
    if ((await fresh.count()) > 0) {
      await fresh.first().click();
      return;
    }
  }
  throw new Error('no day has an untouched slot left');
}

/** The first admin's password (start-server.sh makes the account). */
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'shiken-no-pasuwaado-2026';

/** Logs in to the staff console as the first admin. */
export async function staffLogin(page: Page): Promise<void> {
  await open(page, '/staff/login');
  await page.getByLabel('ログインID').fill('admin');
  await page.getByLabel('パスワード').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: '職員用画面' })).toBeVisible();
}

/** The 8 digits from the newest password email among `mails`. */
export function otpFrom(mails: Mail[]): string {
  const mail = [...mails].reverse().find((m) => m.subject.includes('ワンタイムパスワード'));
  const match = mail?.text.match(/ワンタイムパスワード：(\d{4} \d{4})/);
  expect(match, 'a password email').toBeTruthy();
  return match![1];
}

/** ワンタイムパスワード発行 from the top page, as a resident would. */
export async function requestOtp(page: Page, key: string, email: string) {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: /ログイン/ }).click();
  await expect(page.getByRole('heading', { name: 'ログイン', exact: true })).toBeVisible();
  await expect(page.getByText('ワンタイムパスワードはログイン毎に新規のものが必要となります。')).toBeVisible();
  await expect(page.getByRole('link', { name: /利用者キーが不明な方/ })).toHaveAttribute('href', '/key-reissue');
  await page.getByRole('button', { name: 'ワンタイムパスワード発行' }).click();
  await expect(page.getByRole('heading', { name: 'ワンタイムパスワード発行' })).toBeVisible();
  await expect(page.getByText('なお、ワンタイムパスワードの有効期間は60分となっております。', { exact: false })).toBeVisible();
  // Lower case without hyphens, as a resident might type it.
  await page.getByLabel('利用者キー').fill(key.toLowerCase().replaceAll('-', ''));
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByRole('button', { name: /発行/ }).click();
  await expect(page.getByRole('heading', { name: 'ログイン', exact: true })).toBeVisible();
  await expect(page.getByTestId('otp-notice')).toContainText('登録されている場合、ワンタイムパスワードを送信しました');
  await expect(page.getByLabel('利用者キー')).toHaveValue(key);
}

/** ログイン with the password from the email. */
export async function logIn(page: Page, otp: string) {
  await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(otp);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

/** A resident who has reserved once and logged in with the emailed password, on my reservations. */
export async function reserveAndLogIn(page: Page, email: string): Promise<Reservation> {
  const reservation = await reserve(page, email);
  await requestOtp(page, reservation.key, email);
  await logIn(page, otpFrom(await waitForMails(email, 2)));
  await expect(page.getByRole('heading', { name: '予約の確認・変更・キャンセル' })).toBeVisible();
  return reservation;
}
