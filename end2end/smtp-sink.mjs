// A real SMTP server for the end-to-end suite: it accepts every message the
// app sends, parses it (MIME, encoded Japanese headers) and serves what it
// received as JSON so the tests can read emails back.
//   SMTP on SINK_SMTP_PORT (2525), HTTP on SINK_HTTP_PORT (2580):
//   GET /messages?to=addr  → [{ to, from, subject, text, date }]
// Addresses are listed without the quotes of a quoted local part
// ("taro..yamada."@docomo.ne.jp is listed as taro..yamada.@docomo.ne.jp).
// SINK_REJECT: recipients whose local part starts with this are refused
// for good (550 5.1.1), as a real server refuses an unknown user.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import http from 'node:http';

const smtpPort = Number(process.env.SINK_SMTP_PORT ?? 2525);
const httpPort = Number(process.env.SINK_HTTP_PORT ?? 2580);
const messages = [];
const reject = process.env.SINK_REJECT ?? '';
const unquote = (address) => address.replace(/^"(.*)"@/, '$1@').toLowerCase();

const smtp = new SMTPServer({
  authOptional: true,
  // Like the carriers' own servers, take the old docomo/au addresses
  // (taro..yamada.@docomo.ne.jp) that strict RFC 5321 parsing refuses; the
  // app sends them quoted ("taro..yamada."@docomo.ne.jp), as Postfix does.
  lenientAddressParsing: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, session, callback) {
    if (reject && unquote(address.address).startsWith(reject)) {
      const error = new Error('5.1.1 no such user here');
      error.responseCode = 550;
      return callback(error);
    }
    callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => unquote(r.address)),
          from: mail.from?.text ?? '',
          fromAddress: mail.from?.value?.[0]?.address ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          date: new Date().toISOString(),
        });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(smtpPort, '127.0.0.1');

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname !== '/messages') {
      res.writeHead(404).end();
      return;
    }
    const to = url.searchParams.get('to')?.toLowerCase();
    const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(list));
  })
  .listen(httpPort, '127.0.0.1');

console.log(`smtp sink: smtp://127.0.0.1:${smtpPort}, http://127.0.0.1:${httpPort}/messages`);
