import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { lazySchema } from '../../src/parser/model/lazy-schema.js';
import { RtpmapSchema, SdpDocumentSchema, parse } from '../../src/index.js';

describe('lazySchema: schemas are built on first use and behave as the schema itself', () => {
  it('builds nothing until used, then once', () => {
    let built = 0;
    const S = lazySchema(() => {
      built++;
      return z.object({ a: z.int() });
    });
    expect(built).toBe(0);
    expect(S.parse({ a: 1 })).toEqual({ a: 1 });
    expect(S.safeParse({ a: 'x' }).success).toBe(false);
    expect(built).toBe(1);
  });

  it('composes into other schemas, with issue paths through it', () => {
    const Outer = z.object({ map: RtpmapSchema });
    const r = Outer.safeParse({ map: { payloadType: 200, encodingName: 'opus', clockRate: 48000 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['map', 'payloadType']);
    expect(RtpmapSchema instanceof z.core.$ZodType).toBe(true);
  });

  it('validates a whole parsed document', () => {
    const { document } = parse('v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\nc=IN IP4 0.0.0.0\r\n');
    expect(SdpDocumentSchema.safeParse(document).success).toBe(true);
    expect(SdpDocumentSchema.safeParse({ ...document, media: 'no' }).success).toBe(false);
  });
});
