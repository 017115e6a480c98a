import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { open, reserve, staffLogin, uniqueEmail, waitForMails } from './helpers';

function isoDaysFromNow(days: number): string {
  // Japan time, as the app counts days.
  const jst = new Date(Date.now() + 9 * 3600_000 + days * 86400_000);
  return jst.toISOString().slice(0, 10);
}


// The whole staff day, on a service of its own so that cancelling its slot
// touches no other test's data.
test('admin creates a service and a week of slots; a resident books; the clerk marks 来場, exports and cancels; the resident is told', async ({ page }, info) => {
  const service = `骨密度測定 ${info.project.name}-${Date.now()}`;
  await staffLogin(page);

  await page.getByRole('link', { name: /予約メニューの管理/ }).click();
  await expect(page.getByRole('heading', { name: '予約メニューの管理' })).toBeVisible();
  await page.getByRole('link', { name: '新しい予約メニューを作る' }).click();
  await expect(page.getByRole('heading', { name: '新しい予約メニュー' })).toBeVisible();
  // Nothing typed: the form says what is missing and keeps the defaults.
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toContainText('名称を入力してください。');
  await expect(page.getByLabel('予約の締切時刻')).toHaveValue('17:00');
  await page.getByLabel('名称').fill(service);
  await page.getByLabel('会場').fill('射水市保健センター 2階');
  await page.getByLabel('注意事項').fill('動きやすい服装でお越しください。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('service-saved')).toBeVisible();
  await expect(page.getByTestId('service-state')).toHaveText('非公開');

  await page.getByRole('link', { name: 'この予約メニューの予約枠' }).click();
  await expect(page.getByRole('heading', { name: '予約枠の管理' })).toBeVisible();
  await page.getByRole('link', { name: '予約枠を一括作成' }).click();
  await expect(page.getByRole('heading', { name: '予約枠の一括作成' })).toBeVisible();
  await page.getByLabel('開始日').fill(isoDaysFromNow(7));
  await page.getByLabel('終了日').fill(isoDaysFromNow(13));
  await page.getByLabel('開始時刻').fill('10:00、10:30');
  await page.getByRole('button', { name: '作成する枠を確認' }).click();
  const count = page.getByTestId('bulk-count');
  await expect(count).toContainText('10:00〜10:30, 10:30〜11:00');
  await expect(count).toContainText('定員10人');
  const planned = Number((await count.textContent())!.match(/(\d+)枠を作成します/)![1]);
  expect(planned).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'この内容で作成する' }).click();
  await expect(page.getByTestId('slots-created')).toContainText(`${planned}枠を作成しました。`);
  await expect(page.getByTestId('slot-table').locator('tbody tr')).toHaveCount(planned);

  await page.getByRole('link', { name: '設定を編集' }).click();
  await page.getByRole('button', { name: '公開する' }).click();
  await expect(page.getByTestId('service-state')).toHaveText('公開中');

  // A resident books one of the new slots.
  const email = uniqueEmail(info, 'newservice');
  const { number } = await reserve(page, email, service);
  const when = (await page.getByText(/\d+年\d+月\d+日/).first().textContent())!;
  const [, y, m, d] = when.match(/(\d+)年(\d+)月(\d+)日/)!;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

  // The clerk's day.
  await open(page, `/staff/day?date=${date}`);
  const row = page.getByTestId(`booked-${number}`);
  await expect(row).toContainText('射水 太郎');
  await row.getByRole('button', { name: '射水 太郎さんを来場にする' }).click();
  await expect(page.getByTestId(`booked-${number}`).getByTestId('attendance-state')).toHaveText('来場');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'この日のCSVをダウンロード' }).click();
  const file = await (await download).path();
  const text = readFileSync(file!).toString('utf8');
  expect(text).toContain(`"${number}"`);
  expect(text).toContain(service);

  const slot = page.locator('section.day', { has: page.getByTestId(`booked-${number}`) });
  await slot.getByRole('link', { name: 'この枠を中止する（荒天等）' }).click();
  await expect(page.getByRole('heading', { name: '予約枠の中止' })).toBeVisible();
  await expect(page.getByTestId('active-count')).toHaveText('1人');
  const message = '講師の急病のため、この回は中止いたします。別の日にご予約ください。';
  await page.getByLabel('予約者へのお知らせ').fill(message);
  await page.getByRole('button', { name: '中止して通知する' }).click();
  await expect(page.getByTestId('slot-cancelled')).toContainText('1人');

  const mails = await waitForMails(email, 2);
  const notice = mails.find((mail) => mail.text.includes(message));
  expect(notice, 'the cancellation notice arrives').toBeTruthy();
  expect(notice!.text).toContain(number);
});
