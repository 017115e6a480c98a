import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ADMIN_PASSWORD, open, reserve, staffLogin, uniqueEmail } from './helpers';

// 受付 (issue 15, item 2): the 予約票's QR code read by a (fake) camera in
// Chromium, the 予約番号 typed, and another day's reservation said plainly.

function todayIso(): string {
  // Japan time, as the app counts days.
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A service of this test's own, with one slot today that residents may
 * book until 23:59 today (予約の締切日 0): a reservation for today made
 * the way residents make them.
 */
async function todaysReservation(page: Page, tag: string): Promise<{ number: string; ticket: string }> {
  const service = `受付テスト ${tag}-${Date.now()}`;
  // The service is set up in a context of its own: its pages are checked
  // by staff-services.spec.ts, and this test's checks stay about 受付.
  const desk = await page.context().browser()!.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
  const staff = await desk.newPage();
  await setUpToday(staff, service);
  await desk.close();

  const { number } = await reserve(page, uniqueEmail(test.info(), `checkin-${tag}`), service);
  await page.getByRole('link', { name: /予約票を表示する/ }).click();
  await expect(page.getByRole('heading', { name: '予約票', exact: true })).toBeVisible();
  return { number, ticket: new URL(page.url()).pathname };
}

async function setUpToday(page: Page, service: string): Promise<void> {
  await staffLogin(page);
  await open(page, '/staff/services/new');
  await page.getByLabel('名称').fill(service);
  await page.getByLabel('会場').fill('射水市保健センター 1階');
  await page.getByLabel('予約の締切日（何日前）').fill('0');
  await page.getByLabel('予約の締切時刻').fill('23:59');
  await page.getByLabel('変更・キャンセルの締切日（何日前）').fill('0');
  await page.getByLabel('変更・キャンセルの締切時刻').fill('23:59');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('service-saved')).toBeVisible();
  await page.getByRole('link', { name: 'この予約メニューの予約枠' }).click();
  await page.getByLabel('日付').fill(todayIso());
  await page.getByLabel('開始時刻').fill('23:00');
  await page.getByLabel('終了時刻').fill('23:30');
  await page.getByRole('button', { name: '追加' }).click();
  await expect(page.getByTestId('slot-table').locator('tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: '設定を編集' }).click();
  await page.getByRole('button', { name: '公開する' }).click();
  await expect(page.getByTestId('service-state')).toHaveText('公開中');
}

test('受付 by the 予約番号: today’s is checked in with one tap, another day’s is said plainly', async ({ page }, info) => {
  const { number } = await todaysReservation(page, info.project.name);
  const other = await reserve(page, uniqueEmail(info, 'checkin-later'));

  await staffLogin(page);
  await page.getByRole('link', { name: /受付（/ }).click();
  await expect(page.getByRole('heading', { name: '受付', exact: true })).toBeVisible();
  // Typed as a clerk might, with a hyphen.
  await page.getByLabel('予約番号').fill(`${number.slice(0, 4)}-${number.slice(4)}`);
  await page.getByRole('button', { name: '表示' }).click();
  await expect(page.getByTestId('check-in-name')).toHaveText('射水 太郎 様');
  await page.getByRole('button', { name: '来場（射水 太郎 様）' }).click();
  await expect(page.getByTestId('checked-in')).toContainText(`来場を記録しました：射水 太郎 様（予約番号 ${number}）`);

  // Again: already recorded, no second button.
  await page.getByLabel('予約番号').fill(number);
  await page.getByRole('button', { name: '表示' }).click();
  await expect(page.getByTestId('check-in-problem')).toContainText('来場は記録済みです');
  await expect(page.getByRole('button', { name: /^来場（/ })).toHaveCount(0);

  // Another day's reservation.
  await page.getByLabel('予約番号').fill(other.number);
  await page.getByRole('button', { name: '表示' }).click();
  await expect(page.getByTestId('check-in-problem')).toContainText('本日の予約ではありません');
  await expect(page.getByRole('button', { name: /^来場（/ })).toHaveCount(0);

  // A number nobody holds.
  await page.getByLabel('予約番号').fill('00000000');
  await page.getByRole('button', { name: '表示' }).click();
  await expect(page.getByTestId('check-in-problem')).toContainText('予約番号 00000000 の予約は見つかりません');
});

/**
 * The QR code as the 予約票 page draws it, put on a grey 640×480 frame
 * the way a camera would see a sheet held up to it, written as a Y4M
 * video (what Chromium's fake camera plays, in a loop).
 */
async function cameraFileOf(page: Page, ticket: string): Promise<string> {
  await open(page, ticket);
  const svg = await page.locator('svg.ticket__qr-code').evaluate((e) => e.outerHTML);
  const [width, height] = [640, 480];
  const rgba: number[] = await page.evaluate(async ({ svg, width, height }) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#9a9a9a';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 170, 90, 300, 300);
    return Array.from(context.getImageData(0, 0, width, height).data);
  }, { svg, width, height });
  // I420: the luma plane, then the two chroma planes at quarter size (grey: 128).
  const luma = Buffer.alloc(width * height);
  for (let i = 0; i < width * height; i++) {
    luma[i] = Math.round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]);
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const file = join(mkdtempSync(join(tmpdir(), 'e-yoyaku-camera-')), 'ticket.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array(10).fill(frame)]));
  return file;
}

test('受付 by the camera: the 予約票’s QR code read in Chromium opens the reservation for 来場', async ({ page, baseURL }, info) => {
  test.skip(info.project.use.javaScriptEnabled === false, 'the camera is read by the page’s own code: JavaScript only (typing works without)');
  // A service and a reservation made through the pages, then a second
  // browser (the tablet) with the fake camera: longer than one page's test.
  test.setTimeout(180_000);
  const { number, ticket } = await todaysReservation(page, `${info.project.name}-camera`);
  const file = await cameraFileOf(page, ticket);

  const tablet = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${file}`,
    ],
  });
  try {
    const context = await tablet.newContext({ baseURL, locale: 'ja-JP', viewport: { width: 820, height: 1180 } });
    await context.grantPermissions(['camera'], { origin: baseURL });
    const clerk = await context.newPage();
    const said: string[] = [];
    clerk.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
    clerk.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
    await clerk.goto('/staff/login');
    await expect(clerk.locator('#hydration-status[data-hydrated="true"]')).toHaveCount(1);
    await clerk.getByLabel('ログインID').fill('admin');
    await clerk.getByLabel('パスワード').fill(ADMIN_PASSWORD);
    await clerk.getByRole('button', { name: 'ログイン' }).click();
    await expect(clerk.getByRole('heading', { name: '職員用画面' })).toBeVisible();
    await clerk.goto('/staff/check-in');
    await expect(clerk.locator('#hydration-status[data-hydrated="true"]')).toHaveCount(1);
    await clerk.getByRole('button', { name: 'カメラで読み取る' }).click();
    try {
      await expect(clerk.getByTestId('check-in-name')).toHaveText('射水 太郎 様', { timeout: 30_000 });
    } catch {
      const status = await clerk.getByTestId('camera-status').textContent();
      throw new Error(`no reservation opened; the page said 「${status}」; console: ${said.join(' | ')}`);
    }
    await expect(clerk).toHaveURL(new RegExp(`number=${number}`));
    await clerk.getByRole('button', { name: '来場（射水 太郎 様）' }).click();
    await expect(clerk.getByTestId('checked-in')).toContainText(`予約番号 ${number}`);
  } finally {
    await tablet.close();
  }
});
