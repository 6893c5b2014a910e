import { describe, expect, it } from 'vitest';
import { parseJsonBody } from '../../../../electron/core/transport/http-body';

describe('request body', () => {
  it('reads UTF-8 JSON, with or without a byte order mark', () => {
    expect(parseJsonBody(Buffer.from('{"name":"Jeroen ü"}'))).toEqual({ ok: true, args: { name: 'Jeroen ü' } });
    expect(parseJsonBody(Buffer.from('\ufeff{"a":1}'))).toEqual({ ok: true, args: { a: 1 } });
  });

  it('treats an empty body as no arguments', () => {
    expect(parseJsonBody(Buffer.alloc(0))).toEqual({ ok: true, args: {} });
    expect(parseJsonBody(Buffer.from(' \n'))).toEqual({ ok: true, args: {} });
  });

  it('says when the bytes are not UTF-8 and when the text is not JSON', () => {
    const latin1 = parseJsonBody(Buffer.from('{"name":"Jos\xe9"}', 'latin1'));
    expect(latin1).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: 'The request body is not valid UTF-8 text.' } });
    expect(parseJsonBody(Buffer.from('{name:1}'))).toMatchObject({ ok: false, error: { message: 'The request body is not valid JSON.' } });
  });
});
