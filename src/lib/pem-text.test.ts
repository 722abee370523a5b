import { describe, expect, it } from 'vitest';
import { splitPemText } from './pem-text';

const cert = (body: string) => `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
const key = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----';

describe('splitPemText', () => {
  it('puts a chain and its key into their own fields, in file order', () => {
    expect(splitPemText(`${cert('AAAA')}\r\n${key}\r\n${cert('BBBB')}\r\n`)).toEqual({
      certificate: `${cert('AAAA')}\n${cert('BBBB')}`,
      privateKey: key,
      notes: [],
    });
  });

  it('keeps a key-only file out of the certificate field', () => {
    expect(splitPemText(key)).toEqual({ privateKey: key, notes: [] });
  });

  it('hands unrecognised text to the certificate field, where its problems are explained', () => {
    expect(splitPemText('hello')).toEqual({ certificate: 'hello', notes: [] });
  });
});
